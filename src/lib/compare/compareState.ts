// The compare view's selection as a URL parameter, e.g. ?d=dongcheng~xicheng, read with the site's one
// rule for id lists (lib/site/urlParams.ts). Two to four districts; fewer than two known districts, or
// more than four, give the default selection. Never throws.
import { LIST_SEPARATOR, pickIds } from '../site/urlParams.ts';

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
  const districts = pickIds(params.getAll('d'), ctx.districts);
  return isValidSelection(districts, ctx) ? { districts } : defaultCompareState(ctx);
}

/** The query string for a state: "" for the default selection, otherwise "?d=a~b" in canonical order. */
export function serializeCompareState(state: CompareState, ctx: CompareContext): string {
  const districts = ctx.districts.filter((id) => state.districts.includes(id));
  if (!isValidSelection(districts, ctx)) return '';
  const defaults = defaultCompareState(ctx).districts;
  if (districts.length === defaults.length && districts.every((id, i) => id === defaults[i])) return '';
  return `?d=${districts.join(LIST_SEPARATOR)}`;
}

/** The selection after the reader toggles one district; null when the change would leave fewer than two. */
export function toggleDistrict(state: CompareState, id: string, on: boolean, ctx: CompareContext): CompareState | null {
  const next = new Set(state.districts);
  if (on) next.add(id);
  else next.delete(id);
  const districts = ctx.districts.filter((d) => next.has(d));
  return isValidSelection(districts, ctx) ? { districts } : null;
}
