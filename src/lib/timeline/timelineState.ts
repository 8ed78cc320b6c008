// The timeline's view as URL parameters, e.g. ?d=dongcheng~xicheng&t=grid-management&from=1997&to=2012&m=<id>.
// Lists and years follow the site's one rule (lib/site/urlParams.ts); anything malformed or unknown falls
// back to the default for that part; nothing throws.
import { fitYearRange, LIST_SEPARATOR, parseYear, pickIds, type YearAdjustment } from '../site/urlParams.ts';

export interface TimelineState {
  /** Shown districts, in canonical order. */
  districts: string[];
  /** Theme filter; empty means every theme. */
  themes: string[];
  from: number;
  to: number;
  /** The selected milestone, if any. */
  m: string | null;
}

export interface StateContext {
  districts: readonly string[];
  themes: readonly string[];
  milestones: ReadonlySet<string>;
  /** First and last year that can be shown. */
  minYear: number;
  maxYear: number;
}

export function defaultState(ctx: StateContext): TimelineState {
  return { districts: [...ctx.districts], themes: [], from: ctx.minYear, to: ctx.maxYear, m: null };
}

/** The state a query asks for, and what had to be changed in its years (for the page to say). */
export function readState(
  search: string | URLSearchParams,
  ctx: StateContext,
): { state: TimelineState; adjusted: YearAdjustment } {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const state = defaultState(ctx);
  const districts = pickIds(params.getAll('d'), ctx.districts);
  if (districts.length > 0) state.districts = districts;
  state.themes = pickIds(params.getAll('t'), ctx.themes);
  const years = fitYearRange(parseYear(params.get('from')), parseYear(params.get('to')), [ctx.minYear, ctx.maxYear]);
  state.from = years.from ?? ctx.minYear;
  state.to = years.to ?? ctx.maxYear;
  const m = params.get('m');
  if (m !== null && ctx.milestones.has(m)) state.m = m;
  return { state, adjusted: years.adjusted };
}

export function parseState(search: string | URLSearchParams, ctx: StateContext): TimelineState {
  return readState(search, ctx).state;
}

/** The query string for a state ("" for the default view), listing only what differs from the default. */
export function serializeState(state: TimelineState, ctx: StateContext): string {
  const params: string[] = [];
  const districts = ctx.districts.filter((id) => state.districts.includes(id));
  if (districts.length > 0 && districts.length < ctx.districts.length)
    params.push(`d=${districts.join(LIST_SEPARATOR)}`);
  const themes = ctx.themes.filter((id) => state.themes.includes(id));
  if (themes.length > 0) params.push(`t=${themes.join(LIST_SEPARATOR)}`);
  if (state.from !== ctx.minYear) params.push(`from=${state.from}`);
  if (state.to !== ctx.maxYear) params.push(`to=${state.to}`);
  if (state.m) params.push(`m=${encodeURIComponent(state.m)}`);
  return params.length > 0 ? `?${params.join('&')}` : '';
}
