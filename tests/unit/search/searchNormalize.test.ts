import { describe, expect, it } from 'vitest';
import {
  MAX_QUERY_LENGTH,
  MAX_TERM_LENGTH,
  MAX_TERMS,
  mapChars,
  normalizeQuery,
  normalizeText,
  splitTerms,
} from '../../../src/lib/search/searchNormalize.ts';

describe('normalizeText', () => {
  it('folds case, full-width forms and tone marks', () => {
    expect(normalizeText('ＧＲＩＤ Management')).toBe('grid management');
    expect(normalizeText('Xuānwǔ')).toBe('xuanwu');
    expect(normalizeText('１９８２年')).toBe('1982年');
  });

  it('turns punctuation into single spaces, but none between Chinese characters', () => {
    expect(normalizeText('“五讲四美三热爱”活动委员会')).toBe('五讲四美三热爱活动委员会');
    expect(normalizeText("Beijing's grid-based  city management (网格化城市管理)")).toBe(
      'beijing s grid based city management 网格化城市管理',
    );
    expect(normalizeText('东城 、 西城')).toBe('东城西城');
    expect(normalizeQuery('网格 、 东城')).toBe('网格 东城');
  });

  it('maps traditional characters through a table', () => {
    expect(normalizeText('網格化', { 網: '网' })).toBe('网格化');
    expect(mapChars('東城區', { 東: '东', 區: '区' })).toBe('东城区');
  });
});

describe('normalizeQuery', () => {
  it('makes hostile input harmless text', () => {
    expect(normalizeQuery('<img src=x onerror=alert(1)>')).toBe('img src x onerror alert 1');
    expect(normalizeQuery('.*+?^${}()|[]\\')).toBe('');
    expect(normalizeQuery('😀🎉')).toBe('');
    expect(normalizeQuery('')).toBe('');
    expect(normalizeQuery(undefined)).toBe('');
    expect(normalizeQuery(42)).toBe('');
  });

  it('cuts long input to MAX_QUERY_LENGTH characters without splitting an emoji', () => {
    expect(normalizeQuery('a'.repeat(1000)).length).toBe(MAX_QUERY_LENGTH);
    expect(normalizeQuery(`${'网'.repeat(MAX_QUERY_LENGTH - 1)}😀x`)).toBe('网'.repeat(MAX_QUERY_LENGTH - 1));
  });
});

describe('splitTerms', () => {
  it('splits on spaces, drops repeats and caps count and length', () => {
    expect(splitTerms('grid grid management')).toEqual(['grid', 'management']);
    expect(splitTerms('a b c d e f g h')).toHaveLength(MAX_TERMS);
    expect(splitTerms('x'.repeat(50))[0]).toHaveLength(MAX_TERM_LENGTH);
    expect(splitTerms('')).toEqual([]);
  });
});
