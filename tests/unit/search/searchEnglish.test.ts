import { describe, expect, it } from 'vitest';
import { britishSpelling, foldWords, stem, STOP_WORDS, wordKey } from '../../../src/lib/search/searchEnglish.ts';

describe('English folding', () => {
  it('meets American and British spellings', () => {
    for (const [us, gb] of [
      ['neighborhood', 'neighbourhood'],
      ['organization', 'organisation'],
      ['organizations', 'organisations'],
      ['civilized', 'civilised'],
      ['center', 'centre'],
      ['centers', 'centres'],
      ['labor', 'labour'],
      ['traveled', 'travelled'],
      ['program', 'programme'],
      ['analyze', 'analyse'],
      ['defense', 'defence'],
    ])
      expect(britishSpelling(us), us).toBe(gb);
    expect(britishSpelling('neighbourhood')).toBe('neighbourhood');
  });

  it('reduces plurals and third persons to one stem', () => {
    expect(stem('communities')).toBe('community');
    expect(stem('groups')).toBe('group');
    expect(stem('churches')).toBe('church');
    expect(stem('classes')).toBe('class');
    expect(stem('status')).toBe('status');
    expect(stem('process')).toBe('process');
    expect(stem('gas')).toBe('gas');
  });

  it('gives both spellings of a word the same key', () => {
    expect(wordKey('neighborhoods')).toBe(wordKey('neighbourhood'));
    expect(wordKey('organizations')).toBe(wordKey('organisation'));
    expect(wordKey('centers')).toBe(wordKey('centre'));
    expect(foldWords('social organizations 2015 网格')).toBe('social organisation 2015 网格');
  });

  it('knows the usual stop words, and not words that carry meaning', () => {
    for (const w of ['the', 'of', 'and', 'in']) expect(STOP_WORDS.has(w)).toBe(true);
    for (const w of ['one', 'grid', 'two', 'first']) expect(STOP_WORDS.has(w)).toBe(false);
  });
});
