// The compare view's selection as a URL parameter, e.g. ?d=dongcheng~xicheng. Two to four districts;
// anything malformed, or fewer than two known districts, gives the default selection. Never throws.

export interface CompareState {
  /** Selected districts, in canonical order, two to four of them. */
  districts: string[];
}

export interface CompareContext {
  /** Every district that can be compared, in canonical order. */
  districts: readonly string[];
  /** The selection when the URL names none (or names a bad one). */
  defaults: readonly string[];
}

export const MIN_SELECTED = 2;
export const MAX_SELECTED = 4;
const SEPARATOR = '~';
/** One or more ASCII slugs joined by "~"; nothing else is accepted. */
const WELL_FORMED = /^[a-z][a-z0-9-]*(?:~[a-z][a-z0-9-]*)*$/;

export function defaultCompareState(ctx: CompareContext): CompareState {
  return { districts: ctx.districts.filter((id) => ctx.defaults.includes(id)) };
}

/** True when `districts` is a selection the compare view can show. */
export function isValidSelection(districts: readonly string[], ctx: CompareContext): boolean {
  const known = districts.filter((id) => ctx.districts.includes(id));
  return (
    new Set(known).size === districts.length && districts.length >= MIN_SELECTED && districts.length <= MAX_SELECTED
  );
}

export function parseCompareState(search: string | URLSearchParams, ctx: CompareContext): CompareState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const raw = params.getAll('d');
  if (raw.length !== 1) return defaultCompareState(ctx);
  const value = raw[0].trim();
  if (!WELL_FORMED.test(value)) return defaultCompareState(ctx);
  const wanted = new Set(value.split(SEPARATOR));
  const districts = ctx.districts.filter((id) => wanted.has(id));
  if (districts.length < MIN_SELECTED || districts.length > MAX_SELECTED) return defaultCompareState(ctx);
  return { districts };
}

/** The query string for a state: "" for the default selection, otherwise "?d=a~b" in canonical order. */
export function serializeCompareState(state: CompareState, ctx: CompareContext): string {
  const districts = ctx.districts.filter((id) => state.districts.includes(id));
  if (!isValidSelection(districts, ctx)) return '';
  const defaults = defaultCompareState(ctx).districts;
  if (districts.length === defaults.length && districts.every((id, i) => id === defaults[i])) return '';
  return `?d=${districts.join(SEPARATOR)}`;
}

/** The selection after the reader toggles one district; null when the change would leave fewer than two. */
export function toggleDistrict(state: CompareState, id: string, on: boolean, ctx: CompareContext): CompareState | null {
  const next = new Set(state.districts);
  if (on) next.add(id);
  else next.delete(id);
  const districts = ctx.districts.filter((d) => next.has(d));
  return isValidSelection(districts, ctx) ? { districts } : null;
}
