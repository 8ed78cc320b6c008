// How to cite a milestone's page: GB/T 7714-2015 (the Chinese national standard for references) and
// APA 7. The site is the group author; a page has no fixed publication date, so the reader's access
// date is given. Pure, so the page script can refill the access date with the reader's today.
import type { Locale } from '../site/paths.ts';

export interface CitationInput {
  /** The site's name, as the group author. */
  siteName: string;
  /** The milestone's title in the page's language. */
  title: string;
  /** The page's absolute URL. */
  url: string;
  /** The access date, "YYYY-MM-DD". */
  accessed: string;
  locale: Locale;
}

/** A citation split around its title, so that the page can set the title in italics (APA). */
export interface CitationParts {
  before: string;
  title: string;
  after: string;
  text: string;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTHS = [
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

function day(accessed: string): { y: number; m: number; d: number } {
  const match = ISO_DAY.exec(accessed);
  if (!match) throw new Error(`not a day: "${accessed}" (expected YYYY-MM-DD)`);
  return { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
}

/** Adds a full stop unless the text already ends with one (a title may end in "?" or "。"). */
function stop(text: string): string {
  return /[.!?。！？]$/.test(text) ? text : `${text}.`;
}

/** Today in the reader's own time zone, as "YYYY-MM-DD". */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * GB/T 7714-2015, electronic resource on the web ([EB/OL]):
 * 主要责任者. 题名[EB/OL]. [引用日期]. 获取和访问路径.
 */
export function citeGbt7714(input: CitationInput): CitationParts {
  day(input.accessed);
  const before = `${stop(input.siteName)} `;
  const title = input.title;
  const after = `[EB/OL]. [${input.accessed}]. ${input.url}.`;
  return { before, title, after, text: `${before}${title}${after}` };
}

/**
 * APA 7, a web page whose group author is also the site (so the site is named once), with no date and
 * a retrieval date because the page may change:
 * Author. (n.d.). *Title*. Retrieved Month D, YYYY, from URL
 */
export function citeApa7(input: CitationInput): CitationParts {
  const { y, m, d } = day(input.accessed);
  const before = `${stop(input.siteName)} (n.d.). `;
  const title = input.title;
  const after =
    input.locale === 'zh'
      ? `${/[.!?。！？]$/.test(title) ? '' : '.'} 检索于${y}年${m}月${d}日，取自 ${input.url}`
      : `${/[.!?。！？]$/.test(title) ? '' : '.'} Retrieved ${MONTHS[m - 1]} ${d}, ${y}, from ${input.url}`;
  return { before, title, after, text: `${before}${title}${after}` };
}
