import { describe, expect, it } from 'vitest';
import { SearchEngine } from '../../../src/lib/search/searchEngine.ts';
import { resultRoute } from '../../../src/lib/search/searchRoutes.ts';
import { MAX_QUERY_LENGTH } from '../../../src/lib/search/searchNormalize.ts';
import { payloadFor, realEngine, realInput } from '../../fixtures/search-corpus.ts';
import { cpuMillis } from '../cpuTime.ts';

const ids = (engine: SearchEngine, query: string, n = 5) =>
  engine
    .search(query)
    .hits.slice(0, n)
    .map((h) => h.doc.id);

describe('filters', { timeout: 60_000 }, () => {
  const engine = realEngine('en');

  it('narrows by district, era, theme, kind and years, alone or with a query', () => {
    const byDistrict = engine.search('', { districts: ['haidian'] }).hits;
    expect(byDistrict.length).toBeGreaterThan(0);
    expect(byDistrict.every((h) => h.doc.d === 'haidian')).toBe(true);

    const era = engine.search('', { era: 'dongcheng-1997' }).hits;
    expect(era.map((h) => h.doc.k)).toContain('e');
    expect(era.every((h) => h.doc.e === 'dongcheng-1997')).toBe(true);

    const theme = engine.search('community', { themes: ['volunteering'] }).hits;
    expect(theme.length).toBeGreaterThan(0);
    expect(theme.every((h) => h.doc.th?.includes('volunteering'))).toBe(true);

    const years = engine.search('', { from: 2009, to: 2010 }).hits;
    expect(years.length).toBeGreaterThan(0);
    for (const h of years) expect(h.doc.y![0] <= 2010 && h.doc.y![1] >= 2009).toBe(true);

    const glossary = engine.search('grid', { kinds: ['g'] }).hits;
    expect(glossary.length).toBeGreaterThan(0);
    expect(glossary.every((h) => h.doc.k === 'g')).toBe(true);
    const two = engine.search('grid', { kinds: ['m', 'f'] }).hits;
    expect(new Set(two.map((h) => h.doc.k))).toEqual(new Set(['m', 'f']));
  });

  it('lists a filtered browse (no query) by kind, milestones first and by date', () => {
    const hits = engine.search('', { districts: ['xicheng'] }).hits;
    const milestones = hits.filter((h) => h.doc.k === 'm');
    expect(hits.slice(0, milestones.length)).toEqual(milestones);
    const dates = milestones.map((h) => h.doc.dt!);
    expect(dates).toEqual([...dates].sort());
  });

  it('finds nothing for an empty query without filters', () => {
    expect(engine.search('').hits).toEqual([]);
    expect(engine.search('   ').hits).toEqual([]);
  });

  it('searches again without the narrowing when the named district has nothing', () => {
    const outcome = realEngine('zh').search('北京 五讲四美');
    expect(outcome.query.districts).toEqual(['beijing']);
    expect(outcome.narrowed).toBe(false);
    expect(outcome.hits.length).toBeGreaterThan(0);
  });

  it('reports the narrowing when it applies', () => {
    const outcome = realEngine('zh').search('西城 社会工委');
    expect(outcome.narrowed).toBe(true);
    expect(outcome.hits.every((h) => h.doc.d === 'xicheng')).toBe(true);
  });
});

describe('the index it is given', { timeout: 60_000 }, () => {
  it("is read, never changed (one index serves both languages' engines and the tests)", () => {
    const payload = payloadFor(realInput(), 'zh');
    const before = JSON.stringify(payload);
    const engine = new SearchEngine(payload);
    expect(engine.search('', { from: 2009, to: 2010 }).hits.length).toBeGreaterThan(0);
    expect(JSON.stringify(payload)).toBe(before);
  });
});

describe('forgiving search', { timeout: 60_000 }, () => {
  it('corrects typos in any word and says what it searched for', () => {
    const outcome = realEngine('en').search('gird managment');
    expect(outcome.corrected).toBe('grid management');
    expect(outcome.hits.slice(0, 5).map((h) => h.doc.id)).toContain('dongcheng-2005-grid-management');
    expect(outcome.terms).toEqual(expect.arrayContaining(['grid', 'management']));
    expect(realEngine('en').search('grid management').corrected).toBeNull();
  });

  it('meets British and American spellings, plurals and stems', () => {
    const en = realEngine('en');
    expect(ids(en, 'neighborhood watch')).toContain('dongcheng-1978-neighbourhood-watch-groups');
    expect(ids(en, 'organization incubation centers')).toContain('社会组织孵化中心');
    expect(ids(en, 'civilized district', 10)).toContain('全国文明城区');
  });

  it('ignores stop words unless nothing else is left', () => {
    const outcome = realEngine('en').search('the whistle and the report');
    expect(outcome.query.terms).toEqual(['whistle', 'report']);
    expect(realEngine('en').search('the').query.terms).toEqual(['the']);
  });

  it('finds pinyin with or without spaces and tones, and initials, on both sites', () => {
    for (const locale of ['zh', 'en'] as const) {
      const engine = realEngine(locale);
      for (const q of ['wanggehua', 'wang ge hua', 'wǎnggéhuà', 'wgh'])
        expect(ids(engine, q), `${locale} ${q}`).toContain('dongcheng-2005-grid-management');
      expect(ids(engine, 'sanshe liandong'), `${locale} sanshe liandong`).toContain('三社联动');
    }
  });

  it('finds the same record for Chinese, traditional characters and pinyin on both sites', () => {
    for (const q of ['一委三会一站', '一委三會一站', 'yi wei san hui yi zhan', 'ywshyz']) {
      expect(ids(realEngine('zh'), q)[0], `zh ${q}`).toBe('一委三会一站');
      expect(ids(realEngine('en'), q)[0], `en ${q}`).toBe('一委三会一站');
    }
  });

  it('reads a Chinese abbreviation in the titles that spell it out, above mere mentions in a text', () => {
    const hits = realEngine('zh').search('社工委').hits.slice(0, 5);
    // 社工委 in a title first, then titles with 社会工委; the Haidian chapter's phase note (a mention
    // in a summary) comes after.
    expect(hits[0].doc.t).toContain('社工委');
    for (const h of hits.slice(1)) expect(h.doc.t).toMatch(/社会工[作]?委/);
  });

  it('puts first what initials most often stand for, and the district they name', () => {
    // Issue 17: "wgh" led with a 2001 planning item (五规划), "xc" on /en/ with Dongcheng items.
    const wgh = realEngine('zh').search('wgh').hits.slice(0, 5);
    expect(wgh.every((h) => h.doc.t.includes('网格化'))).toBe(true);
    const xc = realEngine('en').search('xc').hits.slice(0, 5);
    expect(xc[0].doc.id).toBe('xicheng');
    expect(xc.every((h) => h.doc.d === 'xicheng')).toBe(true);
  });

  it('finds a Chinese phrase whose words are apart in the text', () => {
    const outcome = realEngine('zh').search('157个街道大部制改革');
    expect(outcome.hits.slice(0, 5).map((h) => `${h.doc.k}:${h.doc.id}#${h.doc.h}`)).toContain(
      'e:beijing-2012#街道与社区',
    );
  });

  it('says "did you mean" when nothing matches and a closer spelling would', () => {
    // Three edits from "volunteers": beyond what a word of its length is forgiven, within a suggestion.
    const outcome = realEngine('en').search('vlnteeers');
    expect(outcome.hits).toEqual([]);
    expect(outcome.suggestion).toBe('volunteer');
    expect(realEngine('en').search(outcome.suggestion!).hits.length).toBeGreaterThan(0);
    expect(realEngine('en').search('qzxjvk').suggestion).toBeNull();
  });

  it('shows results that hold all but one word when none holds them all', () => {
    const outcome = realEngine('en').search('grid management qzxjvk');
    expect(outcome.partial).toBe(true);
    expect(outcome.hits.length).toBeGreaterThan(0);
    expect(realEngine('en').search('grid management').partial).toBe(false);
  });

  it('a nonsense query finds nothing', () => {
    expect(realEngine('en').search('qzxjvk').hits).toEqual([]);
    expect(realEngine('zh').search('鑫鑫鑫').hits).toEqual([]);
  });
});

describe('any input is safe', { timeout: 60_000 }, () => {
  const hostile = [
    '<img src=x onerror=alert(1)>',
    '.*+?^${}()|[]\\',
    '，。、；：！？（）【】《》“”',
    'x'.repeat(10_000),
    '网'.repeat(10_000),
    '😀🎉👍',
    '网格😀grid',
    '',
    '   ',
    '\u0000\u202e\u200f\u202b\u2066',
    '\u202eدرب الشبكة\u202c grid',
    'Ωмир网格grid',
    'a b c d e f g h i j k',
    '1900 2100',
    '\ud800broken surrogate',
    'ǅ ﬁ ① ｇｒｉｄ',
  ];
  for (const locale of ['zh', 'en'] as const) {
    it(`returns results, never throws, stays fast (${locale})`, () => {
      for (const q of hostile) {
        const { result: outcome, ms } = cpuMillis(() => realEngine(locale).search(q));
        expect(Array.isArray(outcome.hits)).toBe(true);
        expect(ms).toBeLessThan(500);
      }
      expect(realEngine(locale).search('.*+?^${}()|[]\\').hits).toEqual([]);
      expect(realEngine(locale).search('x'.repeat(10_000)).query.cut).toBe(true);
      expect(realEngine(locale).search('x'.repeat(MAX_QUERY_LENGTH)).query.cut).toBe(false);
      expect(realEngine(locale).search('网格😀grid').hits.length).toBeGreaterThan(0);
    });
  }
  it('never throws on values that are not strings', () => {
    for (const q of [null, undefined, 42, {}, [], Symbol.for('x')])
      expect(() => realEngine('en').search(q)).not.toThrow();
  });
});

describe('large indexes', { timeout: 120_000 }, () => {
  it('keeps approximate matching within its budget and says so', () => {
    const input = realInput();
    const many = Array.from({ length: 3000 }, (_, i) => ({
      ...input.milestones[0],
      id: `bulk-${i}`,
      title: { zh: `网格化管理试点${i}`, en: `grid pilot ${i}` },
    }));
    const engine = new SearchEngine(payloadFor({ ...input, milestones: many }, 'zh'));
    const outcome = engine.search('wanggehuaguanlishidian');
    expect(outcome.truncated || outcome.hits.length > 0).toBe(true);
    expect(engine.search('wanggehua').hits.length).toBeGreaterThan(2000);
  });
});

describe('resultRoute', () => {
  it('leads each kind to its page and anchor', () => {
    expect(resultRoute({ k: 'm', id: 'x-2005-y' })).toBe('/milestones/x-2005-y/');
    expect(resultRoute({ k: 'e', id: 'x-1978' })).toBe('/eras/x-1978/');
    expect(resultRoute({ k: 'e', id: 'x-1978', h: 'why' })).toBe('/eras/x-1978/#why');
    expect(resultRoute({ k: 'd', id: 'xicheng' })).toBe('/districts/xicheng/');
    expect(resultRoute({ k: 'd', id: 'xicheng', h: 'achievements' })).toBe('/districts/xicheng/#achievements');
    expect(resultRoute({ k: 't', id: 'grid-management' })).toBe('/themes/grid-management/');
    expect(resultRoute({ k: 'l', id: 'p', h: 'target-x' })).toBe('/plans/p/#target-x');
    expect(resultRoute({ k: 'g', id: '街乡吹哨、部门报到' })).toBe('/sources/#term-街乡吹哨部门报到');
    expect(resultRoute({ k: 'f', id: 'x-pop-2015', d: 'x' })).toBe('/districts/x/#x-pop-2015');
    expect(resultRoute({ k: 'p', id: 'xicheng-xuanwu', d: 'xicheng' })).toBe(
      '/districts/xicheng/#place-xicheng-xuanwu',
    );
  });
});
