// The one description of a page as a work to cite. The page's GB/T 7714 and APA citations and the RIS,
// BibTeX and CSL-JSON downloads are all made from it.
import type { Locale } from '../site/paths.ts';

export interface CitationData {
  /** The key reference managers file it under, e.g. "dongcheng-2005-grid-management-en". */
  key: string;
  title: string;
  /** The site: the group author, and the website the page belongs to. */
  siteName: string;
  /** The page's URL: absolute, or root-relative when the build does not know the site's origin. */
  url: string;
  locale: Locale;
  /** When the page's content last changed (YYYY-MM-DD), if known. */
  updated?: string;
  abstract?: string;
  note?: string;
}

export interface MilestoneCitationInput {
  id: string;
  title: string;
  summary: string;
  /** The date as the page shows it, e.g. "2005年3月" or "March 2005". */
  displayDate: string;
  /** How the source reads, e.g. 《…》第2.1节“…”. */
  source: string;
  siteName: string;
  url: string;
  locale: Locale;
  updated?: string;
}

export function milestoneCitation(m: MilestoneCitationInput): CitationData {
  const note =
    m.locale === 'zh'
      ? `事件日期：${m.displayDate}；出处：${m.source}`
      : `Date of the event: ${m.displayDate}. Source: ${m.source}`;
  return {
    key: m.locale === 'zh' ? m.id : `${m.id}-en`,
    title: m.title,
    siteName: m.siteName,
    url: m.url,
    locale: m.locale,
    ...(m.updated ? { updated: m.updated } : {}),
    abstract: m.summary,
    note,
  };
}
