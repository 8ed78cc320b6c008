import { describe, expect, it } from 'vitest';
import { buildCorpus, corpusText, districtNames, snippet } from '../../../src/lib/search/build/searchCorpus.ts';
import { traditionalTable } from '../../../src/lib/search/build/searchTraditional.ts';
import { createPayload, isPayload, KEYS, PAYLOAD_VERSION } from '../../../src/lib/search/searchIndex.ts';
import { grams, allowedErrors } from '../../../src/lib/search/searchCandidates.ts';
import { realInput, realPayload } from '../../fixtures/search-corpus.ts';

describe('search corpus', () => {
  const zh = buildCorpus(realInput(), 'zh');
  const en = buildCorpus(realInput(), 'en');
  const grid = zh.find((d) => d.id === 'dongcheng-2005-grid-management')!;

  it('holds every milestone, era, district, theme and place, milestones first', () => {
    const input = realInput();
    expect(zh.filter((d) => d.k === 'm')).toHaveLength(input.milestones.length);
    expect(zh.filter((d) => d.k === 'e')).toHaveLength(input.eras.filter((e) => e.locale === 'zh').length);
    expect(zh.filter((d) => d.k === 'd')).toHaveLength(input.districts.length);
    expect(zh.filter((d) => d.k === 't')).toHaveLength(input.themes.length);
    expect(zh.filter((d) => d.k === 'p')).toHaveLength(input.places.length);
    expect(zh.findIndex((d) => d.k !== 'm')).toBe(input.milestones.length);
  });

  it('gives a roughly dated milestone every year of its span for the year filter', () => {
    expect(zh.find((d) => d.id === 'haidian-1989-civilised-residential-areas')!.y).toEqual([1989, 1990]);
    expect(grid.y).toEqual([2005, 2005]);
  });

  it('computes pinyin in full, with spaces, and as initials, for the Chinese site only', () => {
    expect(grid.f.py.some((p) => p.includes('wanggehua'))).toBe(true);
    expect(grid.f.pys.some((p) => p.includes('wang ge hua'))).toBe(true);
    expect(grid.f.pyi.some((p) => p.includes('wgh'))).toBe(true);
    const xuanwu = zh.find((d) => d.k === 'd' && d.id === 'xicheng')!;
    expect(xuanwu.f.py.join(' ')).toContain('xuanwu');
    const enGrid = en.find((d) => d.id === grid.id)!;
    expect(enGrid.f.py).toEqual([]);
    expect(enGrid.f.alt).toContain('网格化');
  });

  it('gives districts their merged former districts as names, bare and full', () => {
    const dongcheng = en.find((d) => d.k === 'd' && d.id === 'dongcheng')!;
    expect(dongcheng.f.names).toEqual(expect.arrayContaining(['chongwen district', 'chongwen']));
  });

  it('cuts snippets at a word or character boundary', () => {
    expect(snippet('short', 'en')).toBe('short');
    const long = snippet('word '.repeat(100), 'en');
    expect(long.endsWith('word…')).toBe(true);
    expect(Array.from(snippet('网'.repeat(200), 'zh'))).toHaveLength(91);
  });

  it('lists district names in both languages, longest first', () => {
    const names = districtNames(realInput()).find((d) => d.id === 'dongcheng')!.names;
    expect(names).toEqual(expect.arrayContaining(['dongcheng', '东城', '东城区']));
    expect(names[0].length).toBeGreaterThanOrEqual(names.at(-1)!.length);
  });
});

describe('traditional table', () => {
  it('maps traditional characters that lead into the corpus, and only those', () => {
    const table = traditionalTable('网格化东城区志愿服务');
    expect(table['網']).toBe('网');
    expect(table['區']).toBe('区');
    expect(table['願']).toBe('愿');
    expect(table['務']).toBe('务');
    expect(table['龍']).toBeUndefined();
    for (const [from, to] of Object.entries(table)) {
      expect(Array.from(from)).toHaveLength(1);
      expect('网格化东城区志愿服务').toContain(to);
    }
  });

  it('never maps a character the corpus uses itself', () => {
    const table = traditionalTable('著作 着手');
    expect(table['著']).toBeUndefined();
  });
});

describe('search payload', () => {
  it('ships display fields and the Fuse index, not the searched fields', () => {
    const payload = realPayload('zh');
    expect(isPayload(payload)).toBe(true);
    expect(payload.v).toBe(PAYLOAD_VERSION);
    expect(payload.index.keys.map((k) => k.id)).toEqual(KEYS.map((k) => k.name));
    expect(payload.docs.every((d) => !('f' in d))).toBe(true);
    expect(payload.index.records.length).toBe(payload.docs.length);
    expect(Object.keys(payload.t2s).length).toBeGreaterThan(50);
  });

  it('rejects anything else', () => {
    for (const bad of [null, 'x', {}, { v: 0 }, { ...realPayload('en'), v: 99 }, { ...realPayload('en'), docs: 'x' }])
      expect(isPayload(bad)).toBe(false);
  });

  it('is built the same way twice', () => {
    const docs = buildCorpus(realInput(), 'en');
    const a = JSON.stringify(createPayload('en', docs, traditionalTable(corpusText(docs)), districtNames(realInput())));
    const b = JSON.stringify(
      createPayload(
        'en',
        buildCorpus(realInput(), 'en'),
        traditionalTable(corpusText(docs)),
        districtNames(realInput()),
      ),
    );
    expect(a).toBe(b);
  });
});

describe('n-grams', () => {
  it('takes Chinese characters one by one and other characters in pairs within words', () => {
    const { han, pairs } = grams('网格 grid 2005年');
    expect([...han].sort()).toEqual(['年', '格', '网'].sort());
    expect([...pairs].sort()).toEqual(['00', '05', '20', 'gr', 'id', 'ri']);
  });

  it('allows the edits Fuse allows', () => {
    expect(allowedErrors(2, 0.34)).toBe(0);
    expect(allowedErrors(3, 0.34)).toBe(1);
    expect(allowedErrors(3, 0.3)).toBe(0);
    expect(allowedErrors(4, 0.3)).toBe(1);
    expect(allowedErrors(10, 0.3)).toBe(3);
  });
});
