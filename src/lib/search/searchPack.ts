// The index's lossless shorthand: what the builder leaves out of the shipped documents because the
// browser can put it back. A document's pinyin is left out when a table of each character's reading
// spells it; a part of a page (a doc with an anchor) leaves out the years, district, phase and themes
// of its page, and a context equal to the page's title. On the English site a glossary term's first
// alias, its Chinese, is its id. Only what unpacks to the same value is left out.
import type { Locale } from '../site/paths.ts';
import type { SearchDoc } from './searchDocs.ts';
import { hanPhrases } from './searchIndex.ts';
import { isHan, type CharTable } from './searchNormalize.ts';

/** What a part of a page shares with the page. */
const INHERITED = ['y', 'd', 'e', 'th'] as const;

const pageKey = (d: Pick<SearchDoc, 'k' | 'id'>) => `${d.k}:${d.id}`;
const pagesOf = (docs: readonly SearchDoc[]) =>
  new Map(docs.filter((d) => d.h === undefined).map((d) => [pageKey(d), d]));
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const phrasesOf = (doc: SearchDoc, locale: Locale) => hanPhrases(locale, doc.t, doc.x.n ?? [], doc.x.a ?? []);

const idIsAlias = (doc: SearchDoc, locale: Locale) => locale === 'en' && doc.k === 'g';

/** A phrase's pinyin as the table spells it, one syllable per Chinese character (undefined if one is missing). */
export function tablePinyin(phrase: string, table: CharTable): string | undefined {
  const syllables = Array.from(phrase)
    .filter(isHan)
    .map((ch) => table[ch]);
  return syllables.every((s) => s !== undefined) ? syllables.join(' ') : undefined;
}

/** Each pinyin syllable and the characters read so, from the pinyin the documents carry. */
export type Readings = Record<string, string>;

/** Each Chinese character's most frequent reading in the documents' pinyin (ties: the first in order). */
export function pinyinReadings(docs: readonly SearchDoc[], locale: Locale): Readings {
  const counts = new Map<string, Map<string, number>>();
  for (const doc of docs) {
    const phrases = phrasesOf(doc, locale);
    (doc.x.p ?? []).forEach((spaced, i) => {
      const han = Array.from(phrases[i] ?? '').filter(isHan);
      const syllables = spaced.split(' ');
      if (han.length !== syllables.length) return;
      han.forEach((ch, j) => {
        const readings = counts.get(ch) ?? new Map<string, number>();
        readings.set(syllables[j], (readings.get(syllables[j]) ?? 0) + 1);
        counts.set(ch, readings);
      });
    });
  }
  const readings: Readings = {};
  for (const ch of [...counts.keys()].sort()) {
    const [syllable] = [...counts.get(ch)!].sort((a, b) => b[1] - a[1] || byText(a[0], b[0]))[0];
    readings[syllable] = (readings[syllable] ?? '') + ch;
  }
  return Object.fromEntries(Object.entries(readings).sort((a, b) => byText(a[0], b[0])));
}

/** Each character's reading: Readings turned round. */
export function charReadings(readings: Readings): CharTable {
  return Object.fromEntries(
    Object.entries(readings).flatMap(([syllable, chars]) => Array.from(chars, (ch) => [ch, syllable])),
  );
}

/** The documents as they ship (all of a locale's, pages and their parts together). */
export function packDocs(docs: readonly SearchDoc[], locale: Locale, readings: Readings): SearchDoc[] {
  const page = pagesOf(docs);
  const table = charReadings(readings);
  return docs.map((doc) => {
    const out: SearchDoc = { ...doc, x: { ...doc.x } };
    const phrases = phrasesOf(doc, locale);
    if (phrases.length > 0 && !doc.x.p) throw new Error(`search index: ${doc.id} lacks its pinyin`);
    const spelt = phrases.map((ph) => tablePinyin(ph, table));
    if (doc.x.p && same(doc.x.p, spelt)) delete out.x.p;
    if (idIsAlias(doc, locale)) {
      if (doc.x.a?.[0] !== doc.id) throw new Error(`search index: glossary term ${doc.id} lacks its Chinese`);
      if (doc.x.a.length > 1) out.x.a = doc.x.a.slice(1);
      else delete out.x.a;
    }
    const parent = doc.h === undefined ? undefined : page.get(pageKey(doc));
    if (parent) {
      // Unpacking fills in what a part lacks: a part must not lack what its page has.
      if (doc.c === undefined || INHERITED.some((key) => parent[key] !== undefined && doc[key] === undefined))
        throw new Error(`search index: ${doc.id}#${doc.h} lacks what its page has`);
      for (const key of INHERITED) if (same(doc[key], parent[key])) delete out[key];
      if (doc.c === parent.t) delete out.c;
    }
    return out;
  });
}

/** The documents as the builder made them, from the shipped ones (packDocs undone). */
export function unpackDocs(docs: readonly SearchDoc[], locale: Locale, readings: Readings): SearchDoc[] {
  const page = pagesOf(docs);
  const table = charReadings(readings);
  return docs.map((doc) => {
    const parent = doc.h === undefined ? undefined : page.get(pageKey(doc));
    const out: SearchDoc = { ...doc, x: { ...doc.x } };
    if (idIsAlias(doc, locale)) out.x.a = [doc.id, ...(doc.x.a ?? [])];
    if (parent) {
      for (const key of INHERITED)
        if (out[key] === undefined && parent[key] !== undefined) Object.assign(out, { [key]: parent[key] });
      out.c ??= parent.t;
    }
    if (!out.x.p) {
      const p = phrasesOf(out, locale).map((ph) => tablePinyin(ph, table) ?? '');
      if (p.length) out.x.p = p;
    }
    return out;
  });
}
