// The payload that /search-index/<locale>.json serves, and the values the browser searches, made
// from it when it loads: each text normalised once, pinyin in full and as initials, each pinyin
// value aligned with the Chinese it spells.
import type { Locale } from '../site/paths.ts';
import { hasHan, isHan, normalizeText, type CharTable } from './searchNormalize.ts';
import type { SearchDoc } from './searchDocs.ts';
import { unpackDocs, type Readings } from './searchPack.ts';

export const PAYLOAD_VERSION = 3;

/** One file of the index. The first part holds what the rest needs; the rest adds documents. */
export interface SearchPart {
  v: number;
  locale: Locale;
  docs: SearchDoc[];
}

export interface SearchPayload extends SearchPart {
  /** Traditional → simplified, only characters that lead into the corpus (all parts'). */
  t2s: CharTable;
  /** Each pinyin syllable's characters: they spell the pinyin the documents leave out (searchPack.ts). */
  py: Readings;
  /** Districts' names, normalised: a query naming one is narrowed to it. */
  districts: { id: string; names: string[] }[];
  /** The file with the rest of the documents (the narratives' sections), beside this one. */
  rest?: string;
}

export function createPayload(
  locale: Locale,
  docs: SearchDoc[],
  t2s: CharTable,
  py: Readings,
  districts: SearchPayload['districts'],
  rest?: string,
): SearchPayload {
  return { v: PAYLOAD_VERSION, locale, docs, t2s, py, districts, ...(rest ? { rest } : {}) };
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
    !!p.py &&
    typeof p.py === 'object' &&
    Array.isArray(p.districts) &&
    (p.rest === undefined || typeof p.rest === 'string')
  );
}

/** The payload ready to search: the documents of more parts added, and all of them unpacked. */
export function withParts(payload: SearchPayload, parts: readonly SearchPart[]): SearchPayload {
  const docs = [...payload.docs, ...parts.flatMap((p) => p.docs)];
  return { ...payload, docs: unpackDocs(docs, payload.locale, payload.py) };
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
  /**
   * Pinyin and initials: for each position of `text` (and its end), the number of the syllable that
   * starts there (the count of syllables at the end), or -1 inside a syllable.
   */
  syllableAt?: Int16Array;
  /** Pinyin and initials: the Chinese the syllables spell, one character each (when they line up). */
  han?: string;
}

/** Where syllables start in a text, as FieldValue.syllableAt. */
function syllableStarts(syllables: readonly string[]): Int16Array {
  const at = new Int16Array(syllables.reduce((sum, s) => sum + s.length, 0) + 1).fill(-1);
  let offset = 0;
  syllables.forEach((s, i) => {
    at[offset] = i;
    offset += s.length;
  });
  at[offset] = syllables.length;
  return at;
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
    if (syllables.length === 0) return;
    const han = Array.from(phrases[i] ?? '')
      .filter(isHan)
      .join('');
    // One character per syllable, each one code unit: a syllable's number is its character's place.
    const aligned = han.length === syllables.length ? han : undefined;
    values.push({ field: FIELD.pinyin, text: syllables.join(''), syllableAt: syllableStarts(syllables), han: aligned });
    if (syllables.length > 1) {
      const initials = syllables.map((s) => s[0]);
      values.push({
        field: FIELD.initials,
        text: initials.join(''),
        syllableAt: syllableStarts(initials),
        han: aligned,
      });
    }
  });
  if (doc.x.b) add(FIELD.body, doc.x.b);
  return values;
}
