// Dates as the sources give them: a year, a month or a day. Precision is part of the date and is
// never made finer than the source.
export type Precision = 'year' | 'month' | 'day';

export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
  precision: Precision;
}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
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

export function parseDate(value: string): PartialDate {
  const m = DATE.exec(value);
  if (!m) throw new Error(`not a date: "${value}" (expected YYYY, YYYY-MM or YYYY-MM-DD)`);
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

export function formatDate(value: string, locale: 'zh' | 'en'): string {
  const { year, month, day } = parseDate(value);
  if (locale === 'zh') return `${year}年${month ? `${month}月` : ''}${day ? `${day}日` : ''}`;
  if (!month) return String(year);
  return `${day ? `${day} ` : ''}${MONTHS_EN[month - 1]} ${year}`;
}

/**
 * Position in fractional years. A date is placed at the start of the period it names, so a year-only
 * date sits at 1 January and never appears more precise than it is.
 */
export function toFractionalYear(value: string): number {
  const { year, month = 1, day = 1 } = parseDate(value);
  const start = Date.UTC(year, 0, 1);
  const next = Date.UTC(year + 1, 0, 1);
  return year + (Date.UTC(year, month - 1, day) - start) / (next - start);
}

/** Orders dates chronologically; of two dates in the same period, the coarser comes first. */
export function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
