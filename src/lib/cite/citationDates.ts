// Days in citations: the reader's today, and a day in words as APA writes it. Kept apart from the
// citation styles so that a page that only updates the access date loads only this.
import type { Locale } from '../site/paths.ts';

/** Today in the reader's own time zone, as "YYYY-MM-DD". */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A YYYY-MM-DD day in words: "long" is "June 1, 2025" (2025年6月1日), "month" is "June 1". */
export function dayInWords(iso: string, locale: Locale, style: 'long' | 'month' = 'long'): string {
  const [y, m, d] = iso.split('-').map(Number);
  const options: Intl.DateTimeFormatOptions =
    style === 'long' ? { dateStyle: 'long', timeZone: 'UTC' } : { month: 'long', day: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale === 'zh' ? 'zh-CN' : 'en-US', options).format(Date.UTC(y, m - 1, d));
}
