// The Fuse.js index: its keys and options, built at build time (Fuse.createIndex → toJSON) into the
// payload that /search-index/<locale>.json serves, and parsed again in the browser (Fuse.parseIndex).
// Only the documents' display fields ship; the searched fields live in the index records.
import Fuse, { type FuseIndex, type IFuseOptions } from 'fuse.js';
import type { Locale } from '../site/paths.ts';
import type { CharTable } from './searchNormalize.ts';
import type { IndexedDoc, SearchDoc, SearchFields } from './build/searchCorpus.ts';

export const PAYLOAD_VERSION = 1;

/** The searched fields and their weights (Fuse normalises them to sum to 1). */
export const KEYS: { name: keyof SearchFields; weight: number }[] = [
  { name: 'title', weight: 4 },
  { name: 'names', weight: 3 },
  { name: 'py', weight: 3 },
  { name: 'pys', weight: 2 },
  { name: 'pyi', weight: 2 },
  { name: 'summary', weight: 1.5 },
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
  index: ReturnType<FuseIndex<SearchDoc>['toJSON']>;
  /** Traditional → simplified, only characters that lead into the corpus. */
  t2s: CharTable;
  /** Districts' names, normalised: a query naming one is narrowed to it. */
  districts: { id: string; names: string[] }[];
}

const getFn = (doc: IndexedDoc, path: string | string[]) =>
  doc.f[(Array.isArray(path) ? path[0] : path) as keyof SearchFields];

/** Builds the payload for one locale from its indexed documents. */
export function createPayload(
  locale: Locale,
  docs: readonly IndexedDoc[],
  t2s: CharTable,
  districts: SearchPayload['districts'],
): SearchPayload {
  const index = Fuse.createIndex<IndexedDoc>(KEYS, docs, { getFn: getFn as never });
  const shipped: SearchDoc[] = docs.map(({ f: _f, ...doc }) => {
    const clean: SearchDoc = { k: doc.k, id: doc.id, t: doc.t };
    for (const key of ['s', 'dt', 'y', 'd', 'e', 'th'] as const)
      if (doc[key] !== undefined && doc[key] !== '') (clean as unknown as Record<string, unknown>)[key] = doc[key];
    return clean;
  });
  return { v: PAYLOAD_VERSION, locale, docs: shipped, index: index.toJSON(), t2s, districts };
}

/** Checks the shape of a downloaded payload before it is trusted. */
export function isPayload(value: unknown): value is SearchPayload {
  if (!value || typeof value !== 'object') return false;
  const p = value as Partial<SearchPayload>;
  return (
    p.v === PAYLOAD_VERSION &&
    Array.isArray(p.docs) &&
    !!p.index &&
    Array.isArray(p.index.records) &&
    Array.isArray(p.index.keys) &&
    typeof p.t2s === 'object' &&
    Array.isArray(p.districts)
  );
}

export interface LoadedFuse {
  index: FuseIndex<SearchDoc>;
  han: Fuse<SearchDoc>;
  latin: Fuse<SearchDoc>;
}

/** The two Fuse instances over one parsed index: one tuned for Chinese queries, one for Latin ones. */
export function loadFuse(payload: SearchPayload): LoadedFuse {
  const index = Fuse.parseIndex<SearchDoc>(payload.index as never);
  return {
    index,
    han: new Fuse(payload.docs, { ...FUSE_OPTIONS, threshold: THRESHOLD.han }, index),
    latin: new Fuse(payload.docs, { ...FUSE_OPTIONS, threshold: THRESHOLD.latin }, index),
  };
}

/** Position of the summary key among the index's keys (its text is long; see searchCandidates.ts). */
export function summaryKeyPosition(payload: SearchPayload): number {
  return payload.index.keys.findIndex((k) => k.id === 'summary');
}
