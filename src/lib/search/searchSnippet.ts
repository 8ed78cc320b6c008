// The snippet a result shows of its body: the start of it, or, when the query's words appear only
// further on, the passage around their first appearance, cut at a word (en) or character (zh) boundary.
import type { Locale } from '../site/paths.ts';
import { highlightRanges } from './searchHighlight.ts';

/** Characters a snippet shows at most. */
export const SNIPPET_LENGTH = { zh: 90, en: 200 } as const;
const CJK_SPACE_CJK = /([\p{Script=Han}\u3000-\u303f\uff00-\uffef]) (?=[\p{Script=Han}\u3000-\u303f\uff00-\uffef])/gu;
/** How much of the snippet comes before the first word of the query, when it starts mid-text. */
const LEAD = 0.3;

export function snippet(text: string, locale: Locale, terms: readonly string[] = []): string {
  // Line breaks and runs of spaces become one space; in Chinese, none between Chinese characters.
  let clean = text.replace(/\s+/g, ' ').trim();
  if (locale === 'zh') clean = clean.replace(CJK_SPACE_CJK, '$1');
  const max = SNIPPET_LENGTH[locale];
  const chars = Array.from(clean);
  if (chars.length <= max) return clean;
  const first = highlightRanges(clean, terms)[0]?.[0];
  // Where the first match starts, in characters (not UTF-16 code units).
  const at = first === undefined ? 0 : Array.from(clean.slice(0, first)).length;
  let start = at + 20 > max ? Math.min(at - Math.floor(max * LEAD), chars.length - max) : 0;
  let cut = chars.slice(start, start + max).join('');
  if (locale === 'en' && start > 0) {
    const space = cut.indexOf(' ');
    if (space > 0 && space < 30) {
      cut = cut.slice(space + 1);
      start += space + 1;
    }
  }
  const end = start + max < chars.length;
  if (end && locale === 'en') cut = cut.replace(/\s+\S*$/, '');
  cut = cut.replace(/^[\s,.;:，。；：、]+/u, '');
  if (end) cut = `${cut.replace(/[\s,.;:，。；：、]+$/u, '')}…`;
  return start > 0 ? `…${cut}` : cut;
}
