// The one rule for URL state in the query, on every page: lists of ids ("d=dongcheng~xicheng", or the
// parameter repeated, as a plain form submits) and years. Never throws: anything unknown or malformed
// is left out, and what is shown is then written back as the canonical address (fragment.ts says which
// fragment stays).
import { fill } from '../format/fillTemplate.ts';

export const LIST_SEPARATOR = '~';

/** Known ids named by one or more list values, deduplicated, in the order of `known`. */
export function pickIds(values: readonly string[], known: readonly string[]): string[] {
  const wanted = new Set(values.flatMap((v) => v.split(LIST_SEPARATOR).map((id) => id.trim())));
  return known.filter((id) => wanted.has(id));
}

/** A four-digit year, or null. */
export function parseYear(raw: string | null | undefined): number | null {
  const value = raw?.trim();
  return value && /^\d{4}$/.test(value) ? Number(value) : null;
}

export interface YearAdjustment {
  /** Years the URL asked for that lie outside the span, and were ignored. */
  outside: number[];
  /** The URL gave the range backwards, and it was turned round. */
  swapped: boolean;
}

export interface YearRange {
  /** null: from the first year of the span. */
  from: number | null;
  /** null: to the last year of the span. */
  to: number | null;
  /** What was changed from what the URL asked for, so that the page can say so. */
  adjusted: YearAdjustment;
}

/**
 * The one rule for years in URLs, on every page: a year outside the data's span is ignored (that end
 * of the range falls back to the span's end), and a range given backwards is turned round.
 */
export function fitYearRange(from: number | null, to: number | null, span: readonly [number, number]): YearRange {
  const [min, max] = span;
  const outside = [from, to].filter((y): y is number => y !== null && (y < min || y > max));
  let a = from !== null && from >= min && from <= max ? from : null;
  let b = to !== null && to >= min && to <= max ? to : null;
  const swapped = a !== null && b !== null && a > b;
  if (swapped) [a, b] = [b, a];
  return { from: a, to: b, adjusted: { outside, swapped } };
}

/** What the page says about years it did not take as given ("" when it took them all). */
export function adjustmentNote(
  adjusted: YearAdjustment,
  span: readonly [number, number],
  templates: { outside: string; swapped: string },
): string {
  const notes: string[] = [];
  if (adjusted.outside.length > 0)
    notes.push(fill(templates.outside, { years: adjusted.outside.join(', '), from: span[0], to: span[1] }));
  if (adjusted.swapped) notes.push(templates.swapped);
  return notes.join(' ');
}
