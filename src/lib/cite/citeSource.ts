// Ready-made citations of the five source documents, from the bibliographic data in content/sources.
// Only what the data gives is stated; what it does not give is marked as unknown, never guessed: the
// book that holds the three chapters is described, not named, because the source text does not name it.
import { citation, stop, type Citation } from './citeMilestone.ts';
import type { Locale } from '../site/paths.ts';

interface Localized {
  zh: string;
  en: string;
}

export interface SourceBibliography {
  kind: 'chapter' | 'plan' | 'report';
  title: Localized;
  /** The work a chapter belongs to, described when it is not named. */
  container?: Localized;
  publisher?: Localized;
  year?: number;
}

/** GB/T 7714 document types: a chapter of a book (析出文献 of [M]), a report [R], anything else [Z]. */
const GBT_TYPE = { chapter: 'M', plan: 'Z', report: 'R' } as const;

/**
 * GB/T 7714-2015. It is a Chinese standard for Chinese documents, so the entry is in Chinese in both
 * languages of the site. Unknown place, publisher and year are marked as the standard marks missing
 * items, in square brackets.
 */
export function citeSourceGbt7714(s: SourceBibliography): Citation {
  const author = s.kind === 'plan' && s.publisher ? `${stop(s.publisher.zh)} ` : '';
  const publisher = s.publisher?.zh ?? '[出版者不详]';
  const imprint = `[出版地不详]: ${publisher}, ${s.year ?? '[出版年不详]'}.`;
  const type = GBT_TYPE[s.kind];
  if (s.kind === 'chapter' && s.container) return citation(`${s.title.zh}[${type}]//[${s.container.zh}]. ${imprint}`);
  return citation(`${author}${s.title.zh}[${type}]. ${imprint}`);
}

/**
 * APA 7. A group author is named when the data gives one (the plan's publisher is its author, and
 * then not repeated as publisher); otherwise the title takes the author's place. No date is "n.d."
 * (无日期 in Chinese). In English, the Chinese title is followed by its translation in square brackets.
 */
export function citeSourceApa7(s: SourceBibliography, locale: Locale): Citation {
  const zh = locale === 'zh';
  const date = `(${s.year ?? (zh ? '无日期' : 'n.d.')}).`;
  const translated = zh ? '' : ` [${s.title.en}]`;
  if (s.kind === 'chapter' && s.container) {
    const inWork = zh ? `载于 [${s.container.zh}]` : `In [${s.container.en}]`;
    return citation(`${s.title.zh}${translated}. ${date} ${stop(inWork)}`);
  }
  if (s.publisher) {
    const author = zh ? s.publisher.zh : s.publisher.en;
    return citation(`${stop(author)} ${date} `, { text: s.title.zh, italic: true }, `${translated}.`);
  }
  return citation({ text: s.title.zh, italic: true }, `${translated}. ${date}`);
}
