import { describe, expect, it } from 'vitest';
import { highlightPieces, highlightRanges } from '../../../src/lib/search/searchHighlight.ts';
import { normalizeQuery, splitTerms } from '../../../src/lib/search/searchNormalize.ts';
import { foldWords } from '../../../src/lib/search/searchEnglish.ts';

const marked = (text: string, query: string) =>
  highlightPieces(text, highlightRanges(text, splitTerms(foldWords(normalizeQuery(query)))))
    .filter((p) => p.marked)
    .map((p) => p.text);

describe('highlightRanges', () => {
  it('finds Chinese words in a Chinese title', () => {
    expect(marked('东城区推行网格化管理', '网格化')).toEqual(['网格化']);
    expect(highlightRanges('东城区推行网格化管理', ['网格化'])).toEqual([[5, 8]]);
  });

  it('marks every occurrence of every word, merging overlaps', () => {
    expect(marked('社区服务与社区自治', '社区')).toEqual(['社区', '社区']);
    expect(highlightRanges('grid-based grids', ['grid', 'grids'])).toEqual([
      [0, 4],
      [11, 16],
    ]);
  });

  it('ignores case and diacritics, but points into the text as displayed', () => {
    const text = 'Café culture in Dōngchéng';
    expect(marked(text, 'CAFE dongcheng')).toEqual(['Café', 'Dōngchéng']);
  });

  it('keeps ranges right after characters that fold to several (ﬁ) or none', () => {
    const text = 'ﬁle Grid';
    expect(marked(text, 'grid')).toEqual(['Grid']);
    expect(marked(text, 'file')).toEqual(['ﬁle']);
  });

  it('counts astral characters as two code units', () => {
    expect(marked('𠀀网格', '网格')).toEqual(['网格']);
  });

  it('marks nothing for one Latin letter, the empty query, or words not in the text', () => {
    expect(highlightRanges('a grid', ['a'])).toEqual([]);
    expect(highlightRanges('网格化', [])).toEqual([]);
    expect(highlightRanges('', ['网格'])).toEqual([]);
    // Found through pinyin: nothing in the text to mark.
    expect(highlightRanges('网格化管理', ['wanggehua'])).toEqual([]);
  });

  it('marks each word of the text that starts with an English word of the query, in either spelling', () => {
    expect(marked('Neighbourhood watch groups', 'neighborhood group')).toEqual(['Neighbourhood', 'groups']);
    expect(marked('Social organisations and management', 'organization manag')).toEqual([
      'organisations',
      'management',
    ]);
    expect(marked('Hotline 96010 opened', '96010')).toEqual(['96010']);
  });

  it('treats regex characters as text', () => {
    expect(marked('a (b) c.* d', '(b) .*')).toEqual([]);
    expect(highlightRanges('x.*y', ['.*'])).toEqual([[1, 3]]);
  });
});

describe('highlightPieces', () => {
  it('covers the whole text in order', () => {
    const text = '东城区推行网格化管理';
    const pieces = highlightPieces(text, [[5, 8]]);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    expect(pieces).toEqual([
      { text: '东城区推行', marked: false },
      { text: '网格化', marked: true },
      { text: '管理', marked: false },
    ]);
    expect(highlightPieces('', [])).toEqual([{ text: '', marked: false }]);
    expect(highlightPieces('ab', [[0, 2]])).toEqual([{ text: 'ab', marked: true }]);
  });
});
