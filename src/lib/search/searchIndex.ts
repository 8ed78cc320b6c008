// The payload that /search-index/<locale>.json serves, and the Fuse.js index the browser builds from
// it when it loads: each document's text is normalised once, here, into the fields Fuse searches.
import Fuse, { type FuseIndex, type IFuseOptions } from 'fuse.js';
import type { Locale } from '../site/paths.ts';
import { normalizeText, type CharTable } from './searchNormalize.ts';
import type { SearchDoc } from './searchDocs.ts';

export const PAYLOAD_VERSION = 2;

/** The searched fields of a document, all normalised. */
export interface SearchFields {
  title: string;
  names: string[];
  /** Pinyin of the Chinese title and names: in full without spaces, with spaces, and as initials. */
  py: string[];
  pys: string[];
  pyi: string[];
  /** The title and names in the other language. */
  alt: string[];
  body: string;
}

/** The searched fields and their weights (Fuse normalises them to sum to 1). */
export const KEYS: { name: keyof SearchFields; weight: number }[] = [
  { name: 'title', weight: 4 },
  { name: 'names', weight: 3 },
  { name: 'py', weight: 3 },
  { name: 'pys', weight: 2 },
  { name: 'pyi', weight: 2 },
  { name: 'body', weight: 1.5 },
  { name: 'alt', weight: 1 },
];

/**
 * Fuse's own threshold is a per-field gate; the engine caps the combined score itself. Text is
 * normalised on both sides beforehand, so Fuse need not fold case or diacritics again.
 * Token search with tokenMatch "all": every word of the query must match somewhere in the record.
 */
export const FUSE_OPTIONS: IFuseOptions<SearchDoc> = {
  keys: KEYS,
  includeScore: true,
  ignoreLocation: true,
  isCaseSensitive: true,
  ignoreDiacritics: false,
  ignoreFieldNorm: true,
  useTokenSearch: true,
  tokenMatch: 'all',
  shouldSort: true,
};

/** Fuse thresholds by script: Chinese words are short and every character carries meaning. */
export const THRESHOLD = { han: 0.34, latin: 0.3 } as const;

export interface SearchPayload {
  v: number;
  locale: Locale;
  docs: SearchDoc[];
  /** Traditional → simplified, only characters that lead into the corpus. */
  t2s: CharTable;
  /** Districts' names, normalised: a query naming one is narrowed to it. */
  districts: { id: string; names: string[] }[];
}

export function createPayload(
  locale: Locale,
  docs: SearchDoc[],
  t2s: CharTable,
  districts: SearchPayload['districts'],
): SearchPayload {
  return { v: PAYLOAD_VERSION, locale, docs, t2s, districts };
}

/** Checks the shape of a downloaded payload before it is trusted. */
export function isPayload(value: unknown): value is SearchPayload {
  if (!value || typeof value !== 'object') return false;
  const p = value as Partial<SearchPayload>;
  return (
    p.v === PAYLOAD_VERSION &&
    Array.isArray(p.docs) &&
    p.docs.every((d) => !!d && typeof d.t === 'string' && typeof d.k === 'string' && !!d.x) &&
    !!p.t2s &&
    typeof p.t2s === 'object' &&
    Array.isArray(p.districts)
  );
}

/** The normalised fields of a document: what Fuse searches. */
export function searchFields(doc: SearchDoc): SearchFields {
  const list = (values: readonly string[] | undefined) => [
    ...new Set((values ?? []).map((v) => normalizeText(v)).filter(Boolean)),
  ];
  const syllables = list(doc.x.p).map((p) => p.split(' '));
  const unique = (values: string[]) => [...new Set(values.filter(Boolean))];
  return {
    title: normalizeText(doc.t),
    names: list(doc.x.n),
    py: unique(syllables.map((s) => s.join(''))),
    pys: unique(syllables.filter((s) => s.length > 1).map((s) => s.join(' '))),
    pyi: unique(syllables.filter((s) => s.length > 1).map((s) => s.map((x) => x[0]).join(''))),
    alt: list(doc.x.a),
    body: normalizeText(doc.x.b ?? ''),
  };
}

export interface LoadedFuse {
  index: FuseIndex<SearchDoc>;
  han: Fuse<SearchDoc>;
  latin: Fuse<SearchDoc>;
}

/** The two Fuse instances over one index: one tuned for Chinese queries, one for Latin ones. */
export function loadFuse(docs: readonly SearchDoc[], fields: readonly SearchFields[]): LoadedFuse {
  const getFn = (_doc: SearchDoc, path: string | string[]) => {
    // Fuse passes the document; its position gives the fields normalised beforehand.
    return fields[positions.get(_doc)!][(Array.isArray(path) ? path[0] : path) as keyof SearchFields];
  };
  const positions = new Map(docs.map((d, i) => [d, i]));
  const index = Fuse.createIndex<SearchDoc>(KEYS, docs, { getFn: getFn as never });
  return {
    index,
    han: new Fuse(docs, { ...FUSE_OPTIONS, threshold: THRESHOLD.han }, index),
    latin: new Fuse(docs, { ...FUSE_OPTIONS, threshold: THRESHOLD.latin }, index),
  };
}

/** Position of the body key among the index's keys (its text is long; see searchCandidates.ts). */
export const BODY_KEY = KEYS.findIndex((k) => k.name === 'body');
