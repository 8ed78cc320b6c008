// The search page's query and filters as URL parameters, so that a search can be linked:
// /search/?q=网格&d=dongcheng~xicheng&era=dongcheng-1997&t=grid-management&from=1990&to=2010
// Lists accept "~"-separated values and repeated parameters (what a plain form submits). Anything
// malformed or unknown falls back to the default for that part; nothing throws.

export interface SearchState {
  q: string;
  districts: string[];
  era: string | null;
  themes: string[];
  from: number | null;
  to: number | null;
}

export interface SearchStateContext {
  districts: readonly string[];
  eras: readonly string[];
  themes: readonly string[];
  minYear: number;
  maxYear: number;
}

/** Longest query kept from a URL (the search itself reads far less). */
export const MAX_URL_QUERY = 1000;
const SEPARATOR = '~';

export function emptySearchState(): SearchState {
  return { q: '', districts: [], era: null, themes: [], from: null, to: null };
}

/** Known values, deduplicated, in the context's order. */
function pick(values: string[], known: readonly string[]): string[] {
  const wanted = new Set(values.flatMap((v) => v.split(SEPARATOR)));
  return known.filter((id) => wanted.has(id));
}

function year(raw: string | null, ctx: SearchStateContext): number | null {
  if (raw === null || !/^\d{4}$/.test(raw.trim())) return null;
  const y = Number(raw.trim());
  return y >= ctx.minYear && y <= ctx.maxYear ? y : null;
}

export function parseSearchState(search: string | URLSearchParams, ctx: SearchStateContext): SearchState {
  let params: URLSearchParams;
  try {
    params = typeof search === 'string' ? new URLSearchParams(search) : search;
  } catch {
    return emptySearchState();
  }
  const state = emptySearchState();
  const q = params.get('q');
  if (q !== null) state.q = Array.from(q).slice(0, MAX_URL_QUERY).join('').trim();
  state.districts = pick(params.getAll('d'), ctx.districts);
  const era = params.get('era');
  if (era !== null && ctx.eras.includes(era)) state.era = era;
  state.themes = pick(params.getAll('t'), ctx.themes);
  const from = year(params.get('from'), ctx);
  const to = year(params.get('to'), ctx);
  if (from === null || to === null || from <= to) {
    state.from = from;
    state.to = to;
  }
  return state;
}

/** The query string for a state ("" when nothing is set), listing only what is set, in a fixed order. */
export function serializeSearchState(state: SearchState, ctx: SearchStateContext): string {
  const params = new URLSearchParams();
  const q = state.q.trim();
  if (q) params.set('q', q);
  const districts = ctx.districts.filter((id) => state.districts.includes(id));
  if (districts.length) params.set('d', districts.join(SEPARATOR));
  if (state.era && ctx.eras.includes(state.era)) params.set('era', state.era);
  const themes = ctx.themes.filter((id) => state.themes.includes(id));
  if (themes.length) params.set('t', themes.join(SEPARATOR));
  if (state.from !== null) params.set('from', String(state.from));
  if (state.to !== null) params.set('to', String(state.to));
  const query = params.toString().replaceAll('%7E', SEPARATOR);
  return query ? `?${query}` : '';
}

/** Whether any filter (not the query) is set. */
export function hasFilters(state: SearchState): boolean {
  return (
    state.districts.length > 0 ||
    state.era !== null ||
    state.themes.length > 0 ||
    state.from !== null ||
    state.to !== null
  );
}
