// The address bar shows what the page shows. Pages read their URL state with the one rule of
// lib/site/urlParams.ts, then replace (never push) the address with its canonical form; cleanAddress.ts,
// on every page, drops the query where no element keeps state in it, and a fragment that names nothing.
import { adjustmentNote, type YearAdjustment } from '../../lib/site/urlParams.ts';

/** What UrlNote.astro writes for showAdjustment to read. */
export interface UrlNoteData {
  'data-outside': string;
  'data-swapped': string;
}

/** Replaces the query with `query` ("" or "?…"), the canonical form of what the element shows. */
export function showCanonical(query: string): void {
  const address = `${location.pathname}${query}${location.hash}`;
  if (new URL(address, location.href).href !== location.href) history.replaceState(history.state, '', address);
}

/** Says, in the [data-url-note] inside `root`, which years of the address were not taken as given. */
export function showAdjustment(root: Element, adjusted: YearAdjustment, span: readonly [number, number]): void {
  const note = root.querySelector<HTMLElement>('[data-url-note]');
  if (!note) return;
  const { outside = '', swapped = '' } = note.dataset;
  note.textContent = adjustmentNote(adjusted, span, { outside, swapped });
  note.hidden = note.textContent === '';
}
