// GB/T 7714-2015 and APA 7 citations of one of the site's pages, with the reader's access date.
import type { CitationData } from './citationData.ts';
import { dayInWords, isoDay } from './citationDates.ts';

export { isoDay };

/**
 * A piece of a citation. Marked so that the page can mark them up: the part set in italics (APA's
 * title); the access date, rendered with the build date and changed to the reader's today in the
 * browser ("iso" as in GB/T, "apa" as in APA); and the URL, which a build without the site's origin
 * writes root-relative and the browser completes.
 */
export interface Segment {
  text: string;
  italic?: true;
  accessed?: 'iso' | 'apa';
  url?: true;
}

export interface Citation {
  segments: Segment[];
  text: string;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function citation(...segments: (Segment | string)[]): Citation {
  const all = segments.map((s) => (typeof s === 'string' ? { text: s } : s)).filter((s) => s.text !== '');
  return { segments: all, text: all.map((s) => s.text).join('') };
}

function day(iso: string) {
  if (!ISO_DAY.test(iso)) throw new Error(`not a day: "${iso}" (expected YYYY-MM-DD)`);
}

const ENDS_IN_STOP = /[.!?。！？]$/;

/** Adds a full stop unless the text already ends with one (a title may end in "?" or "。"). */
export function stop(text: string): string {
  return ENDS_IN_STOP.test(text) ? text : `${text}.`;
}

/**
 * GB/T 7714-2015, electronic resource on the web ([EB/OL]), with the update date when it is known:
 * 主要责任者. 题名[EB/OL]. (更新或修改日期)[引用日期]. 获取和访问路径.
 */
export function citeGbt7714(c: CitationData, accessed: string): Citation {
  day(accessed);
  if (c.updated) day(c.updated);
  const updated = c.updated ? `(${c.updated})` : '';
  return citation(
    `${stop(c.siteName)} ${c.title}[EB/OL]. ${updated}[`,
    { text: accessed, accessed: 'iso' },
    ']. ',
    { text: c.url, url: true },
    '.',
  );
}

/**
 * APA 7, a web page whose group author is also the site (so the site is named once), dated by its
 * last update when known, with a retrieval date because the page may change:
 * Author. (Year, Month Day). *Title*. Retrieved Month Day, Year, from URL
 * In Chinese: 作者. (2025年6月1日). *题名*. 检索于2025年6月2日，取自 URL
 */
export function citeApa7(c: CitationData, accessed: string): Citation {
  day(accessed);
  let date = c.locale === 'zh' ? '无日期' : 'n.d.';
  if (c.updated) {
    day(c.updated);
    date =
      c.locale === 'zh'
        ? dayInWords(c.updated, 'zh')
        : `${c.updated.slice(0, 4)}, ${dayInWords(c.updated, 'en', 'month')}`;
  }
  const full = ENDS_IN_STOP.test(c.title) ? '' : '.';
  const zh = c.locale === 'zh';
  return citation(
    `${stop(c.siteName)} (${date}). `,
    { text: c.title, italic: true },
    `${full} ${zh ? '检索于' : 'Retrieved '}`,
    { text: dayInWords(accessed, c.locale), accessed: 'apa' },
    zh ? '，取自 ' : ', from ',
    { text: c.url, url: true },
  );
}
