// The search page's query and filters as URL parameters, so that a search can be linked:
// /search/?q=网格&d=dongcheng~xicheng&era=dongcheng-1997&t=grid-management&kind=milestone~glossary&from=1990&to=2010
// Lists and years follow the rules every page shares (src/lib/site/urlParams.ts). Anything
// malformed or unknown is left out, and serialising what was read gives the canonical address the
// page puts in the address bar. Never throws.
import { fitYearRange, LIST_SEPARATOR, parseYear, pickIds, type YearRange } from '../site/urlParams.ts';
import { KIND_NAMES, KINDS, type DocKind } from './searchDocs.ts';

export interface SearchState {
  q: string;
  districts: string[];
  era: string | null;
  themes: string[];
  kinds: DocKind[];
  from: number | null;
  to: number | null;
}

export interface SearchStateContext {
  districts: readonly string[];
  eras: readonly string[];
  themes: readonly string[];
  /** The years search covers (searchYears.ts). */
  minYear: number;
  maxYear: number;
}

/** What the page must say it changed in what the URL asked for. */
export type SearchStateAdjustments = YearRange['adjusted'];

/** Longest query kept from a URL (the search itself reads far less). */
export const MAX_URL_QUERY = 1000;

const KIND_BY_NAME = new Map(KINDS.map((k) => [KIND_NAMES[k], k]));

export function emptySearchState(): SearchState {
  return { q: '', districts: [], era: null, themes: [], kinds: [], from: null, to: null };
}

/** The state a URL's query string asks for, and what had to be changed to read it. */
export function readSearchState(
  search: string | URLSearchParams,
  ctx: SearchStateContext,
): { state: SearchState; adjusted: SearchStateAdjustments } {
  let params: URLSearchParams;
  try {
    params = typeof search === 'string' ? new URLSearchParams(search) : search;
  } catch {
    return { state: emptySearchState(), adjusted: { outside: [], swapped: false } };
  }
  const q = params.get('q');
  const era = params.get('era');
  const kinds = pickIds(
    params.getAll('kind'),
    KINDS.map((k) => KIND_NAMES[k]),
  ).map((name) => KIND_BY_NAME.get(name)!);
  const years = fitYearRange(parseYear(params.get('from')), parseYear(params.get('to')), [ctx.minYear, ctx.maxYear]);
  return {
    state: {
      q: q === null ? '' : Array.from(q.trim()).slice(0, MAX_URL_QUERY).join('').trim(),
      districts: pickIds(params.getAll('d'), ctx.districts),
      era: era !== null && ctx.eras.includes(era) ? era : null,
      themes: pickIds(params.getAll('t'), ctx.themes),
      kinds,
      from: years.from,
      to: years.to,
    },
    adjusted: years.adjusted,
  };
}

export function parseSearchState(search: string | URLSearchParams, ctx: SearchStateContext): SearchState {
  return readSearchState(search, ctx).state;
}

/** The query string for a state ("" when nothing is set), listing only what is set, in a fixed order. */
export function serializeSearchState(state: SearchState, ctx: SearchStateContext): string {
  const params = new URLSearchParams();
  const q = state.q.trim();
  if (q) params.set('q', q);
  const list = (name: string, ids: string[]) => {
    if (ids.length) params.set(name, ids.join(LIST_SEPARATOR));
  };
  list('d', pickIds(state.districts, ctx.districts));
  if (state.era && ctx.eras.includes(state.era)) params.set('era', state.era);
  list('t', pickIds(state.themes, ctx.themes));
  list(
    'kind',
    KINDS.filter((k) => state.kinds.includes(k)).map((k) => KIND_NAMES[k]),
  );
  const years = fitYearRange(state.from, state.to, [ctx.minYear, ctx.maxYear]);
  if (years.from !== null) params.set('from', String(years.from));
  if (years.to !== null) params.set('to', String(years.to));
  const query = params.toString().replaceAll('%7E', LIST_SEPARATOR);
  return query ? `?${query}` : '';
}

/** Whether any filter (not the query) is set. */
export function hasFilters(state: SearchState): boolean {
  return (
    state.districts.length > 0 ||
    state.era !== null ||
    state.themes.length > 0 ||
    state.kinds.length > 0 ||
    state.from !== null ||
    state.to !== null
  );
}
