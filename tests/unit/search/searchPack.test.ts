import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../src/lib/search/build/searchCorpus.ts';
import { charReadings, packDocs, pinyinReadings, tablePinyin, unpackDocs } from '../../../src/lib/search/searchPack.ts';
import type { SearchDoc } from '../../../src/lib/search/searchDocs.ts';
import { realInput, realPayload } from '../../fixtures/search-corpus.ts';

const era: SearchDoc = {
  k: 'e',
  id: 'x-1990',
  t: '行动',
  y: [1990, 1999],
  d: 'x',
  e: 'x-1990',
  th: ['a', 'b'],
  x: { p: ['xing dong'] },
};
const section = (over: Partial<SearchDoc>): SearchDoc => ({
  ...era,
  h: 'part',
  t: '银行',
  c: '行动',
  x: { p: ['yin hang'], b: '正文' },
  ...over,
});

describe('search index packing', { timeout: 60_000 }, () => {
  it('unpacks the real corpus to exactly what the builder made, in both languages', () => {
    for (const locale of ['zh', 'en'] as const) {
      const built = buildCorpus(realInput(), locale);
      const readings = pinyinReadings(built, locale);
      const packed = packDocs(built, locale, readings);
      expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(built).length);
      expect(unpackDocs(packed, locale, readings)).toStrictEqual(built);
      // The shipped files, parsed and joined as search loads them (pages first, then the sections).
      const key = (d: SearchDoc) => `${d.k} ${d.id} ${d.h ?? ''}`;
      const sorted = (docs: SearchDoc[]) => [...docs].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
      expect(sorted(realPayload(locale).docs)).toStrictEqual(sorted(built));
    }
  });

  it('keeps each character’s most frequent reading, grouped by syllable', () => {
    const docs = [era, section({}), section({ id: 'y', t: '行', x: { p: ['xing'] } })];
    const readings = pinyinReadings(docs, 'zh');
    expect(readings).toEqual({ dong: '动', xing: '行', yin: '银' });
    expect(charReadings(readings)).toEqual({ 动: 'dong', 行: 'xing', 银: 'yin' });
    expect(tablePinyin('银行（A）', charReadings(readings))).toBe('yin xing');
    expect(tablePinyin('动物', charReadings(readings))).toBeUndefined();
  });

  it('ships the pinyin the table would misspell, and leaves out the rest', () => {
    const docs = [era, section({})];
    const readings = { dong: '动', xing: '行', yin: '银' };
    const [page, part] = packDocs(docs, 'zh', readings);
    expect(page.x.p).toBeUndefined();
    expect(part.x.p).toEqual(['yin hang']);
    expect(unpackDocs([page, part], 'zh', readings)).toStrictEqual(docs);
  });

  it('leaves out what a part of a page shares with it, and keeps what differs', () => {
    const docs = [era, section({ th: ['c'] })];
    const [, part] = packDocs(docs, 'zh', {});
    expect(part).toStrictEqual({
      k: 'e',
      id: 'x-1990',
      h: 'part',
      t: '银行',
      th: ['c'],
      x: { p: ['yin hang'], b: '正文' },
    });
    expect(unpackDocs(packDocs(docs, 'zh', {}), 'zh', {})).toStrictEqual(docs);
    const other = section({ c: 'Other' });
    expect(packDocs([era, other], 'zh', {})[1].c).toBe('Other');
    expect(() => packDocs([era, section({ th: undefined })], 'zh', {})).toThrow(/lacks what its page has/);
  });

  it('leaves out an English glossary term’s Chinese alias, which is its id', () => {
    const term: SearchDoc = { k: 'g', id: '社区', t: 'community', x: { a: ['社区', '社區'], p: ['she qu', 'she qu'] } };
    const readings = { qu: '区', she: '社' };
    const [packed] = packDocs([term], 'en', readings);
    expect(packed.x.a).toEqual(['社區']);
    expect(unpackDocs([packed], 'en', readings)).toStrictEqual([term]);
    expect(() => packDocs([{ ...term, x: { a: ['其他'], p: ['qi ta'] } }], 'en', {})).toThrow(/lacks its Chinese/);
  });
});
