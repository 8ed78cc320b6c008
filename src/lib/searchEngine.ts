// Runs a search over a loaded payload: parses the query, asks Fuse, keeps only results whose combined
// score is good enough (Fuse's threshold gates each field, not the total), applies the filters, and
// lists milestones first. This module and Fuse are what the browser loads when search is first used.
import Fuse from 'fuse.js';
import { KINDS, type DocKind, type SearchDoc } from './searchCorpus.ts';
import { loadFuse, type SearchPayload } from './searchIndex.ts';
import { parseQuery, type ParsedQuery } from './searchQuery.ts';
import { splitTerms } from './searchNormalize.ts';

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
  /** Whether the years or districts named in the query narrowed the results. */
  narrowed: boolean;
}

/**
 * The highest combined score a result may have, measured on the real corpus (see
 * tests/unit/searchRelevance.test.ts): above it, results are fuzzy matches of a few letters in a long
 * summary, which readers read as noise.
 */
export const MAX_SCORE = { han: 0.75, latin: 0.75 } as const;

const kindRank = (k: DocKind) => KINDS.indexOf(k);

export class SearchEngine {
  readonly docs: readonly SearchDoc[];
  private readonly fuse: ReturnType<typeof loadFuse>;
  private readonly payload: SearchPayload;
  private readonly docOrder = new Map<SearchDoc, number>();

  constructor(payload: SearchPayload) {
    this.payload = payload;
    this.docs = payload.docs;
    this.fuse = loadFuse(payload);
    payload.docs.forEach((d, i) => this.docOrder.set(d, i));
  }

  static get fuseVersion(): string {
    return Fuse.version;
  }

  search(raw: unknown, filters: SearchFilters = {}): SearchOutcome {
    const query = parseQuery(raw, this.payload);
    const narrowing = query.years !== null || query.districts.length > 0;
    const hits = this.run(query.terms, query.han, this.predicate(filters, query));
    if (hits.length > 0 || !narrowing || query.terms.length === 0) {
      return { hits, query, narrowed: narrowing && hits.length > 0 };
    }
    // Nothing left once the query's own years or districts narrowed it: search for those words too.
    const terms = splitTerms(query.normalized);
    return { hits: this.run(terms, terms.some((t) => /\p{Script=Han}/u.test(t)), this.predicate(filters, null)), query, narrowed: false };
  }

  /** A test for the explicit filters and those the query names; undefined when nothing filters. */
  private predicate(f: SearchFilters, q: ParsedQuery | null): ((d: SearchDoc) => boolean) | undefined {
    const districts = [...(f.districts ?? [])];
    const queryDistricts = q?.districts ?? [];
    const themes = f.themes ?? [];
    let from = f.from ?? null;
    let to = f.to ?? null;
    if (q?.years) {
      from = Math.max(from ?? -Infinity, q.years[0]);
      to = Math.min(to ?? Infinity, q.years[1]);
    }
    const era = f.era ?? null;
    if (!districts.length && !queryDistricts.length && !themes.length && from === null && to === null && !era) return undefined;
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

  private run(terms: string[], han: boolean, keep: ((d: SearchDoc) => boolean) | undefined): SearchHit[] {
    let hits: SearchHit[];
    if (terms.length === 0) {
      if (!keep) return [];
      hits = this.docs.filter(keep).map((doc) => ({ doc, score: 0 }));
      return hits.sort((a, b) => kindRank(a.doc.k) - kindRank(b.doc.k) || (a.doc.dt ?? '').localeCompare(b.doc.dt ?? '') || this.order(a.doc) - this.order(b.doc));
    }
    const fuse = han ? this.fuse.han : this.fuse.latin;
    const cap = han ? MAX_SCORE.han : MAX_SCORE.latin;
    hits = [];
    for (const r of fuse.search(terms.join(' '))) {
      const score = r.score ?? 1;
      if (score <= cap && (!keep || keep(r.item))) hits.push({ doc: r.item, score });
    }
    return hits.sort((a, b) => kindRank(a.doc.k) - kindRank(b.doc.k) || a.score - b.score || this.order(a.doc) - this.order(b.doc));
  }

  private order(d: SearchDoc): number {
    return this.docOrder.get(d) ?? 0;
  }
}
