// Build time only: the traditional → simplified table that ships with the search index. opencc-js
// knows every conversion; the table keeps only those that land on a character the corpus uses, so
// the browser gets a few hundred entries instead of the converter.
import OpenCC from 'opencc-js';
import type { CharTable } from '../searchNormalize.ts';

let converters: ((text: string) => string)[] | undefined;

/** Every single character that a traditional → simplified dictionary of opencc-js converts. */
function candidates(): Set<string> {
  const chars = new Set<string>();
  const { from, to } = OpenCC.Locale;
  for (const group of [...from.tw, ...from.hk, ...to.cn]) {
    for (const dict of group) {
      const entries = typeof dict === 'string' ? dict.split('|').map((e) => e.split(' ')) : dict;
      for (const entry of entries) for (const ch of entry) if (Array.from(ch).length === 1) chars.add(ch);
    }
  }
  return chars;
}

/**
 * For each traditional (or Taiwan/Hong Kong variant) character whose simplified form occurs in
 * `corpus`, its simplified form. Characters that the corpus itself uses are never mapped, so a query
 * keeps matching the corpus's own spelling.
 */
export function traditionalTable(corpus: string): CharTable {
  converters ??= [OpenCC.Converter({ from: 'tw', to: 'cn' }), OpenCC.Converter({ from: 'hk', to: 'cn' })];
  const used = new Set(Array.from(corpus));
  const table: Record<string, string> = {};
  for (const ch of [...candidates()].sort()) {
    if (used.has(ch)) continue;
    for (const convert of converters) {
      const simplified = convert(ch);
      if (simplified !== ch && Array.from(simplified).length === 1 && used.has(simplified)) {
        table[ch] = simplified;
        break;
      }
    }
  }
  return table;
}
