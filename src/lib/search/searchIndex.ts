// The payload that /search-index/<locale>.json serves, and the values the browser searches, made
// from it when it loads: each text normalised once, pinyin in full and as initials, each pinyin
// value aligned with the Chinese it spells.
import type { Locale } from '../site/paths.ts';
import { hasHan, isHan, normalizeText, type CharTable } from './searchNormalize.ts';
import type { SearchDoc } from './searchDocs.ts';

export const PAYLOAD_VERSION = 2;

/** One file of the index. The first part holds what the rest needs; the rest adds documents. */
export interface SearchPart {
  v: number;
  locale: Locale;
  docs: SearchDoc[];
}

export interface SearchPayload extends SearchPart {
  /** Traditional → simplified, only characters that lead into the corpus (all parts'). */
  t2s: CharTable;
  /** Districts' names, normalised: a query naming one is narrowed to it. */
  districts: { id: string; names: string[] }[];
  /** The file with the rest of the documents (the narratives' sections), beside this one. */
  rest?: string;
}

export function createPayload(
  locale: Locale,
  docs: SearchDoc[],
  t2s: CharTable,
  districts: SearchPayload['districts'],
  rest?: string,
): SearchPayload {
  return { v: PAYLOAD_VERSION, locale, docs, t2s, districts, ...(rest ? { rest } : {}) };
}

/** Checks the shape of a downloaded part before it is trusted. */
export function isPart(value: unknown): value is SearchPart {
  if (!value || typeof value !== 'object') return false;
  const p = value as Partial<SearchPart>;
  return (
    p.v === PAYLOAD_VERSION &&
    (p.locale === 'zh' || p.locale === 'en') &&
    Array.isArray(p.docs) &&
    p.docs.every((d) => !!d && typeof d === 'object' && typeof d.t === 'string' && typeof d.k === 'string' && !!d.x)
  );
}

/** Checks the shape of a downloaded first part before it is trusted. */
export function isPayload(value: unknown): value is SearchPayload {
  if (!isPart(value)) return false;
  const p = value as Partial<SearchPayload>;
  return (
    !!p.t2s &&
    typeof p.t2s === 'object' &&
    Array.isArray(p.districts) &&
    (p.rest === undefined || typeof p.rest === 'string')
  );
}

/** A payload with the documents of more parts added. */
export function withParts(payload: SearchPayload, parts: readonly SearchPart[]): SearchPayload {
  return { ...payload, docs: [...payload.docs, ...parts.flatMap((p) => p.docs)] };
}

/** Distinct non-blank texts, in order. */
export function uniqueTexts(list: readonly string[]): string[] {
  return [...new Set(list.filter((s) => s.trim() !== ''))];
}

/**
 * The Chinese phrases of a document whose pinyin it carries (x.p, in this order): on the Chinese
 * site its title and names, on the English site its title and names in Chinese (x.a).
 */
export function hanPhrases(locale: Locale, title: string, names: readonly string[], alt: readonly string[]): string[] {
  return (locale === 'zh' ? uniqueTexts([title, ...names]) : [...alt]).filter(hasHan);
}

/** Where a value comes from; each field has its weight in the engine. */
export const FIELD = { title: 0, name: 1, alt: 2, pinyin: 3, initials: 4, body: 5 } as const;
export type Field = (typeof FIELD)[keyof typeof FIELD];

/** One searchable text of a document. */
export interface FieldValue {
  field: Field;
  /** Normalised (searchNormalize.ts). */
  text: string;
  /** Pinyin and initials: where each syllable starts in `text`, plus its end. */
  syllables?: number[];
  /** Pinyin and initials: the Chinese characters the syllables spell, one each. */
  han?: string[];
}

/** The values a document is searched by. */
export function fieldValues(doc: SearchDoc, locale: Locale): FieldValue[] {
  const values: FieldValue[] = [];
  const seen = new Set<string>();
  const add = (field: Field, raw: string) => {
    const text = normalizeText(raw);
    // A title, name or other-language title once (a body is the only one of its field).
    if (!text || (field !== FIELD.body && seen.has(`${field}:${text}`))) return;
    seen.add(`${field}:${text}`);
    values.push({ field, text });
  };
  add(FIELD.title, doc.t);
  for (const n of doc.x.n ?? []) add(FIELD.name, n);
  for (const a of doc.x.a ?? []) add(FIELD.alt, a);
  const phrases = hanPhrases(locale, doc.t, doc.x.n ?? [], doc.x.a ?? []);
  (doc.x.p ?? []).forEach((spaced, i) => {
    const syllables = normalizeText(spaced).split(' ').filter(Boolean);
    const han = Array.from(phrases[i] ?? '').filter(isHan);
    if (syllables.length === 0) return;
    const aligned = han.length === syllables.length ? han : undefined;
    const starts: number[] = [];
    let at = 0;
    for (const s of syllables) {
      starts.push(at);
      at += s.length;
    }
    values.push({ field: FIELD.pinyin, text: syllables.join(''), syllables: [...starts, at], han: aligned });
    if (syllables.length > 1)
      values.push({
        field: FIELD.initials,
        text: syllables.map((s) => s[0]).join(''),
        syllables: syllables.map((_, j) => j).concat(syllables.length),
        han: aligned,
      });
  });
  if (doc.x.b) add(FIELD.body, doc.x.b);
  return values;
}
