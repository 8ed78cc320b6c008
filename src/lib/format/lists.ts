// How a short list of names reads in running text: 东城、西城 in Chinese, "Dongcheng, Xicheng" in English.
import type { Locale } from '../site/paths.ts';

export function listSeparator(locale: Locale): string {
  return locale === 'zh' ? '、' : ', ';
}

export function joinList(items: readonly string[], locale: Locale): string {
  return items.join(listSeparator(locale));
}
