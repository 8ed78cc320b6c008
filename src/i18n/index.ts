import { zh, type Dictionary } from './zh.ts';
import { en } from './en.ts';
import type { Locale } from '../lib/site/paths.ts';
import { fill } from '../lib/format/fillTemplate.ts';

const dictionaries: Record<Locale, Dictionary> = { zh, en };

export type MessageKey = keyof Dictionary;

/** Returns the translator for a locale; `{name}` placeholders are filled from `values`. */
export function useTranslations(locale: Locale) {
  const dict = dictionaries[locale];
  return (key: MessageKey, values: Record<string, string | number> = {}) => fill(dict[key], values);
}
