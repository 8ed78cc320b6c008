// The timeline's view: a zoom factor k and a shift x (px) of the full-width chart. Zoom is gentle and
// bounded: one step (a button, a wheel notch, a pinch movement) changes k by at most 2×, k never drops
// below 1 (the whole period) nor shows less than a few years, and the chart always fills the width.

export interface View {
  /** Shift of the zoomed chart, px: 0 at the start, never less than width − width × k. */
  x: number;
  /** Zoom factor: 1 shows the whole period. */
  k: number;
}

export const FULL_VIEW: View = { x: 0, k: 1 };

/** The largest factor of one step. */
export const MAX_STEP = 2;

/** The deepest zoom that still shows `minSpan` years of a period of `span` years. */
export function maxZoom(span: number, minSpan: number): number {
  return Math.max(1, span / minSpan);
}

/** The view brought back inside its bounds. */
export function clampView({ x, k }: View, width: number, kMax: number): View {
  const kk = Math.min(kMax, Math.max(1, Number.isFinite(k) ? k : 1));
  const xx = Math.min(0, Math.max(width - width * kk, Number.isFinite(x) ? x : 0));
  return { x: xx, k: kk };
}

/** Zooms by `factor` (limited to one step) keeping the point at `anchor` px where it is. */
export function zoomAround(view: View, anchor: number, factor: number, width: number, kMax: number): View {
  const f = Math.min(MAX_STEP, Math.max(1 / MAX_STEP, factor));
  const k = Math.min(kMax, Math.max(1, view.k * f));
  const at = (anchor - view.x) / view.k;
  return clampView({ x: anchor - at * k, k }, width, kMax);
}

/**
 * The zoom factor of one wheel event (Ctrl/⌘ + wheel, or a trackpad pinch, which browsers send as a
 * wheel event with ctrlKey): a mouse notch (100 px, or 3 lines) doubles or halves; the small deltas of
 * a pinch zoom smoothly.
 */
/** `deltaMode`: 0 pixels, 1 lines, 2 pages. */
export function wheelFactor(deltaY: number, deltaMode: number): number {
  const px = deltaY * (deltaMode === 1 ? 33 : deltaMode === 2 ? 800 : 1);
  return Math.min(MAX_STEP, Math.max(1 / MAX_STEP, 2 ** (-px / 100)));
}

/** The view that shows [from, to) (fractional years, mapped to px by `x`) across the width. */
export function viewForRange(from: number, to: number, x: (t: number) => number, width: number, kMax: number): View {
  const x0 = x(from);
  const x1 = x(to);
  const k = Math.min(kMax, Math.max(1, width / Math.max(1e-9, x1 - x0)));
  return clampView({ x: -x0 * k + (width - (x1 - x0) * k) / 2, k }, width, kMax);
}
