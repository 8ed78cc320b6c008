// The timeline's view as URL parameters, e.g. ?d=dongcheng~xicheng&t=grid-management&from=1997&to=2012&m=<id>.
// Anything malformed or unknown falls back to the default for that part; nothing throws.

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

const SEPARATOR = '~';

export function defaultState(ctx: StateContext): TimelineState {
  return { districts: [...ctx.districts], themes: [], from: ctx.minYear, to: ctx.maxYear, m: null };
}

/** Known values from a "~"-separated list, deduplicated, in the context's order. */
function pick(raw: string | null, known: readonly string[]): string[] {
  if (raw === null) return [];
  const wanted = new Set(raw.split(SEPARATOR));
  return known.filter((id) => wanted.has(id));
}

function year(raw: string | null): number | null {
  return raw !== null && /^\d{4}$/.test(raw.trim()) ? Number(raw.trim()) : null;
}

export function parseState(search: string | URLSearchParams, ctx: StateContext): TimelineState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const state = defaultState(ctx);
  const districts = pick(params.get('d'), ctx.districts);
  if (districts.length > 0) state.districts = districts;
  state.themes = pick(params.get('t'), ctx.themes);
  const from = year(params.get('from')) ?? ctx.minYear;
  const to = year(params.get('to')) ?? ctx.maxYear;
  const clampedFrom = Math.min(Math.max(from, ctx.minYear), ctx.maxYear);
  const clampedTo = Math.min(Math.max(to, ctx.minYear), ctx.maxYear);
  if (clampedFrom <= clampedTo) {
    state.from = clampedFrom;
    state.to = clampedTo;
  }
  const m = params.get('m');
  if (m !== null && ctx.milestones.has(m)) state.m = m;
  return state;
}

/** The query string for a state ("" for the default view), listing only what differs from the default. */
export function serializeState(state: TimelineState, ctx: StateContext): string {
  const params: string[] = [];
  const districts = ctx.districts.filter((id) => state.districts.includes(id));
  if (districts.length > 0 && districts.length < ctx.districts.length) params.push(`d=${districts.join(SEPARATOR)}`);
  const themes = ctx.themes.filter((id) => state.themes.includes(id));
  if (themes.length > 0) params.push(`t=${themes.join(SEPARATOR)}`);
  if (state.from !== ctx.minYear) params.push(`from=${state.from}`);
  if (state.to !== ctx.maxYear) params.push(`to=${state.to}`);
  if (state.m) params.push(`m=${encodeURIComponent(state.m)}`);
  return params.length > 0 ? `?${params.join('&')}` : '';
}
