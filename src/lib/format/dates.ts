// Dates as the sources give them: a year, a month, a day, or, for an event the source dates only
// roughly, a span of years ("1989/1990": at some time in 1989–1990). Precision is part of the date and
// is never made finer than the source; a span is always shown as approximate.
import type { Locale } from '../site/paths.ts';
export type Precision = 'year' | 'month' | 'day' | 'range';

export interface PartialDate {
  /** The year, or a span's first year. */
  year: number;
  month?: number;
  day?: number;
  /** A span's last year. */
  endYear?: number;
  precision: Precision;
}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const RANGE = /^(\d{4})\/(\d{4})$/;
const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * "YYYY/YYYY" with the first year before the second, as one regular expression (so that a JSON Schema
 * can say it): the years share their first k digits (a back-reference), then the first differing digit
 * is smaller in the first year.
 */
export const YEAR_RANGE_PATTERN = (() => {
  const alternatives: string[] = [];
  let group = 0;
  for (let k = 0; k < 4; k++) {
    const rest = k === 3 ? '' : `\\d{${3 - k}}`;
    for (let d = 0; d < 9; d++) {
      // Each alternative captures its own shared digits (groups are numbered across alternatives).
      const [prefix, same] = k === 0 ? ['', ''] : [`(\\d{${k}})`, `\\${++group}`];
      alternatives.push(`${prefix}${d}${rest}\\/${same}[${d + 1}-9]${rest}`);
    }
  }
  return `^(?:${alternatives.join('|')})$`;
})();

export function parseDate(value: string): PartialDate {
  const range = RANGE.exec(value);
  if (range) {
    const [year, endYear] = [Number(range[1]), Number(range[2])];
    if (year >= endYear) throw new Error(`not a span of years: "${value}" (the first year must come first)`);
    return { year, endYear, precision: 'range' };
  }
  const m = DATE.exec(value);
  if (!m) throw new Error(`not a date: "${value}" (expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY/YYYY)`);
  const year = Number(m[1]);
  if (m[2] === undefined) return { year, precision: 'year' };
  const month = Number(m[2]);
  if (month < 1 || month > 12) throw new Error(`not a month: "${value}"`);
  if (m[3] === undefined) return { year, month, precision: 'month' };
  const day = Number(m[3]);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) throw new Error(`not a day of ${year}-${m[2]}: "${value}"`);
  return { year, month, day, precision: 'day' };
}

/** Whether the source dates the event only roughly (a span of years). */
export function isApproximate(value: string): boolean {
  return parseDate(value).precision === 'range';
}

/**
 * The date in words. A span reads "约1989—1990年" / "c. 1989–1990"; with the source's own wording
 * ("进入21世纪"), that comes first and the span follows in brackets.
 */
export function formatDate(value: string, locale: Locale, wording?: string): string {
  const { year, month, day, endYear } = parseDate(value);
  if (endYear !== undefined) {
    const span = locale === 'zh' ? `约${year}—${endYear}年` : `c. ${year}–${endYear}`;
    if (!wording) return span;
    // The wording stands first, so in English it starts with a capital.
    return locale === 'zh' ? `${wording}（${span}）` : `${wording[0].toUpperCase()}${wording.slice(1)} (${span})`;
  }
  if (locale === 'zh') return `${year}年${month ? `${month}月` : ''}${day ? `${day}日` : ''}`;
  if (!month) return String(year);
  return `${day ? `${day} ` : ''}${MONTHS_EN[month - 1]} ${year}`;
}

/** The value of an HTML <time datetime>: HTML has no span of years, so a span has none. */
export function htmlDateTime(value: string): string | undefined {
  return isApproximate(value) ? undefined : value;
}

const fraction = (year: number, month = 1, day = 1) => {
  const start = Date.UTC(year, 0, 1);
  return year + (Date.UTC(year, month - 1, day) - start) / (Date.UTC(year + 1, 0, 1) - start);
};

/**
 * The time a date covers, in fractional years: [start, end). A year covers [Y, Y + 1), a month and a
 * day theirs, a span of years [first, last + 1).
 */
export function dateExtent(value: string): [number, number] {
  const { year, month, day, endYear } = parseDate(value);
  if (endYear !== undefined) return [year, endYear + 1];
  if (day !== undefined) return [fraction(year, month, day), fraction(year, month, day + 1)];
  if (month !== undefined) return [fraction(year, month), month === 12 ? year + 1 : fraction(year, month + 1)];
  return [year, year + 1];
}

/**
 * Position in fractional years: the start of the time the date covers, so a year-only date sits at
 * 1 January and never appears more precise than it is, and a span sits at its start.
 */
export function toFractionalYear(value: string): number {
  return dateExtent(value)[0];
}

/** The first and last calendar years a date touches: [Y, Y] for a point, [first, last] for a span. */
export function yearSpan(value: string): [number, number] {
  const { year, endYear } = parseDate(value);
  return [year, endYear ?? year];
}

/** Whether a date could lie in the years from–to (inclusive): a span is kept when it overlaps them. */
export function overlapsYears(value: string, from: number, to: number): boolean {
  const [first, last] = yearSpan(value);
  return first <= to && last >= from;
}

/**
 * Orders dates by the start of the time they cover; of two that start together, the one covering
 * more (the coarser) comes first: "2010" before "2010-01", "1989/1990" before "1989".
 */
export function compareDates(a: string, b: string): number {
  if (a === b) return 0;
  const [a0, a1] = dateExtent(a);
  const [b0, b1] = dateExtent(b);
  return a0 - b0 || b1 - a1;
}
