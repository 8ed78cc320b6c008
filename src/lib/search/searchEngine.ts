// Runs a search over a loaded payload: parses the query, narrows the records with the n-gram index
// and the filters, asks Fuse to score what is left, keeps only results whose combined score is good
// enough (Fuse's threshold gates each field, not the total), and lists milestones first. This module
// and Fuse are what the browser loads when search is first used.
import type { FuseIndex } from 'fuse.js';
import { KINDS, type DocKind, type SearchDoc } from './searchDocs.ts';
import { BODY_KEY, loadFuse, searchFields, THRESHOLD, type LoadedFuse, type SearchPayload } from './searchIndex.ts';
import { parseQuery, type ParsedQuery } from './searchQuery.ts';
import { hasHan, splitTerms } from './searchNormalize.ts';
import { allowedErrors, CandidateIndex } from './searchCandidates.ts';

export interface SearchFilters {
  districts?: readonly string[];
  era?: string | null;
  themes?: readonly string[];
  from?: number | null;
  to?: number | null;
}

export interface SearchHit {
  doc: SearchDoc;
  /** Fuse's combined score: 0 is a perfect match, 1 no match. */
  score: number;
}

export interface SearchOutcome {
  hits: SearchHit[];
  query: ParsedQuery;
  /** The words that were searched for (normalised), for marking them in the results. */
  terms: string[];
  /** Whether the years or districts named in the query narrowed the results. */
  narrowed: boolean;
  /** True when more records could match than MAX_SCORED or WORK_BUDGET allow: only the likeliest were scored. */
  truncated: boolean;
}

/**
 * The highest combined score a result may keep. Fuse's threshold gates each field; the combined
 * score (field scores raised to their weights, multiplied; field norms ignored) is capped here.
 * Measured on the real corpus (tests/unit/searchRelevance.test.ts): a word as typed scores about 0.19
 * in a title, 0.53 in a summary and 0.66 in the other language's title; a typo (up to a third of the
 * word) scores up to 0.77 in a title and 0.82 in a name or the pinyin. Above 0.85 are typos found
 * only in the spaced pinyin, the initials or the other language's title, which read as noise.
 * (Typos found only in a summary never reach Fuse: see searchCandidates.ts.)
 */
export const MAX_SCORE = { han: 0.85, latin: 0.85 } as const;

/**
 * The most records Fuse scores for one query, and the most characters it reads (summed over the
 * query's words). Beyond either, the records whose titles and names share most of the query's
 * characters go first. Measured with scripts/bench-search.ts to keep p95 under 16 ms on 10,000
 * milestones; the real corpus stays well inside both.
 */
export const MAX_SCORED = 150;
export const WORK_BUDGET = 40_000;

const kindRank = (k: DocKind) => KINDS.indexOf(k);

/** Positions by descending guess (in steps of 1/16), in order within a step: linear, no sort. */
function* likeliestFirst(positions: readonly number[], guess: Float32Array | null): Generator<number> {
  if (!guess) {
    yield* positions;
    return;
  }
  const buckets: number[][] = [];
  for (const p of positions) (buckets[Math.floor(guess[p] * 16)] ??= []).push(p);
  for (let b = buckets.length - 1; b >= 0; b--) if (buckets[b]) yield* buckets[b];
}

type RecordList = FuseIndex<SearchDoc>['records'];

export class SearchEngine {
  readonly docs: readonly SearchDoc[];
  private readonly fuse: LoadedFuse;
  private readonly payload: SearchPayload;
  private readonly records: RecordList;
  private readonly candidates: CandidateIndex;

  constructor(payload: SearchPayload) {
    this.payload = payload;
    this.docs = payload.docs;
    for (const d of this.docs) if (!d.y && d.dt) d.y = [Number(d.dt.slice(0, 4)), Number(d.dt.slice(0, 4))];
    this.fuse = loadFuse(payload.docs, payload.docs.map(searchFields));
    this.records = this.fuse.index.records;
    this.candidates = new CandidateIndex(this.records, new Set([BODY_KEY]));
  }

  search(raw: unknown, filters: SearchFilters = {}): SearchOutcome {
    const query = parseQuery(raw, this.payload);
    const narrowing = query.years !== null || query.districts.length > 0;
    const first = this.run(query.terms, query.han, this.predicate(filters, query));
    if (first.hits.length > 0 || !narrowing || query.terms.length === 0) {
      return { ...first, query, terms: query.terms, narrowed: narrowing && first.hits.length > 0 };
    }
    // Nothing left once the query's own years or districts narrowed it: search for those words too.
    const terms = splitTerms(query.normalized);
    return { ...this.run(terms, terms.some(hasHan), this.predicate(filters, null)), query, terms, narrowed: false };
  }

  /** A test for the explicit filters and those the query names; undefined when nothing filters. */
  private predicate(f: SearchFilters, q: ParsedQuery | null): ((d: SearchDoc) => boolean) | undefined {
    const districts = f.districts ?? [];
    const queryDistricts = q?.districts ?? [];
    const themes = f.themes ?? [];
    let from = f.from ?? null;
    let to = f.to ?? null;
    if (q?.years) {
      from = Math.max(from ?? -Infinity, q.years[0]);
      to = Math.min(to ?? Infinity, q.years[1]);
    }
    const era = f.era ?? null;
    if (!districts.length && !queryDistricts.length && !themes.length && from === null && to === null && !era)
      return undefined;
    return (d) => {
      if (districts.length && (!d.d || !districts.includes(d.d))) return false;
      if (queryDistricts.length && (!d.d || !queryDistricts.includes(d.d))) return false;
      if (era && d.e !== era) return false;
      if (themes.length && !d.th?.some((t) => themes.includes(t))) return false;
      if (from !== null || to !== null) {
        if (!d.y) return false;
        if (from !== null && d.y[1] < from) return false;
        if (to !== null && d.y[0] > to) return false;
      }
      return true;
    };
  }

  private run(
    terms: string[],
    han: boolean,
    keep: ((d: SearchDoc) => boolean) | undefined,
  ): { hits: SearchHit[]; truncated: boolean } {
    if (terms.length === 0) {
      if (!keep) return { hits: [], truncated: false };
      const hits = this.docs.filter(keep).map((doc, i) => ({ doc, score: 0, i }));
      hits.sort(
        (a, b) => kindRank(a.doc.k) - kindRank(b.doc.k) || (a.doc.dt ?? '').localeCompare(b.doc.dt ?? '') || a.i - b.i,
      );
      return { hits: hits.map(({ doc, score }) => ({ doc, score })), truncated: false };
    }
    const threshold = han ? THRESHOLD.han : THRESHOLD.latin;
    const cap = han ? MAX_SCORE.han : MAX_SCORE.latin;

    // Records that can match every word and pass the filters, with a first guess at relevance.
    const { guess, live } = this.candidates.match(terms, (t) => allowedErrors(Array.from(t).length, threshold));
    let positions: number[] = [];
    for (let p = 0; p < this.records.length; p++) {
      if (guess && !guess[p]) continue;
      if (keep && !keep(this.docs[this.records[p].i])) continue;
      positions.push(p);
    }
    // Fuse's work is about the characters it reads per word; past the budget, the likeliest go first.
    const cost = (p: number) => this.candidates.cost(p, live) * terms.length;
    let truncated = false;
    let total = 0;
    if (positions.length <= MAX_SCORED) for (const p of positions) total += cost(p);
    if (positions.length > MAX_SCORED || total > WORK_BUDGET) {
      const kept: number[] = [];
      let work = 0;
      for (const p of likeliestFirst(positions, guess)) {
        work += cost(p);
        if (kept.length === MAX_SCORED || (work > WORK_BUDGET && kept.length > 0)) break;
        kept.push(p);
      }
      truncated = kept.length < positions.length;
      positions = kept.sort((a, b) => a - b);
    }
    if (positions.length === 0) return { hits: [], truncated };

    const fuse = han ? this.fuse.han : this.fuse.latin;
    const index = this.fuse.index;
    const hits: (SearchHit & { i: number })[] = [];
    // Fuse scores only these records, and in them only the values that may match.
    index.setIndexRecords(positions.map((p) => this.candidates.trim(p, live)) as RecordList);
    try {
      for (const r of fuse.search(terms.join(' '))) {
        const score = r.score ?? 1;
        if (score <= cap) hits.push({ doc: r.item, score, i: r.refIndex });
      }
    } finally {
      index.setIndexRecords(this.records);
    }
    hits.sort((a, b) => kindRank(a.doc.k) - kindRank(b.doc.k) || a.score - b.score || a.i - b.i);
    return { hits: hits.map(({ doc, score }) => ({ doc, score })), truncated };
  }
}
