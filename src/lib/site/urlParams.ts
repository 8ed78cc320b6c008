// Pieces of URL state shared by every page that keeps its view in the query string: lists of ids
// ("d=dongcheng~xicheng", or the parameter repeated, as a plain form submits) and year ranges.
// Never throws: anything unknown or malformed is left out.

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

export interface YearRange {
  /** null: from the first year of the span. */
  from: number | null;
  /** null: to the last year of the span. */
  to: number | null;
  /** What was changed from what the URL asked for, so that the page can say so. */
  adjusted: { outside: number[]; swapped: boolean };
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
