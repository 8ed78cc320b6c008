import { describe, expect, it } from 'vitest';
import { snippet, SNIPPET_LENGTH } from '../../../src/lib/search/searchSnippet.ts';

describe('snippet', () => {
  it('keeps a short text whole and cuts a long one at a word or character', () => {
    expect(snippet('short', 'en')).toBe('short');
    const long = snippet('word '.repeat(100), 'en');
    expect(long.endsWith('word…')).toBe(true);
    expect(Array.from(snippet('网'.repeat(200), 'zh'))).toHaveLength(SNIPPET_LENGTH.zh + 1);
  });

  it('keeps the spaces of English inside Chinese text, and none between Chinese lines', () => {
    expect(snippet('网格化\n管理 (grid-based management)', 'zh')).toBe('网格化管理 (grid-based management)');
  });

  it('shows the passage where the words of the query first appear, when that is further on', () => {
    const text = `${'甲'.repeat(150)}网格化城市管理${'乙'.repeat(150)}`;
    const cut = snippet(text, 'zh', ['网格化']);
    expect(cut.startsWith('…')).toBe(true);
    expect(cut).toContain('网格化城市管理');
    const en = snippet(`${'filler words here '.repeat(30)}the grid came later ${'and more '.repeat(30)}`, 'en', [
      'grid',
    ]);
    expect(en).toMatch(/^…\S/);
    expect(en).toContain('the grid came later');
    expect(snippet(`grid ${'x '.repeat(200)}`, 'en', ['grid']).startsWith('grid')).toBe(true);
  });
});
