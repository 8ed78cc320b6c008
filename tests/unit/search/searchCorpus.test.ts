import { describe, expect, it } from 'vitest';
import { bareName, buildCorpus, districtNames, pinyinPhrase } from '../../../src/lib/search/build/searchCorpus.ts';
import { traditionalTable } from '../../../src/lib/search/build/searchTraditional.ts';
import { searchIndexFiles } from '../../../src/lib/search/build/searchIndexFile.ts';
import {
  fieldValues,
  FIELD,
  hanPhrases,
  isPart,
  isPayload,
  PAYLOAD_VERSION,
  withParts,
} from '../../../src/lib/search/searchIndex.ts';
import { resultRoute } from '../../../src/lib/search/searchRoutes.ts';
import { KINDS } from '../../../src/lib/search/searchDocs.ts';
import { searchYearSpan } from '../../../src/lib/search/searchYears.ts';
import { TIMELINE } from '../../../src/lib/timeline/timelineConfig.ts';
import { glossaryAnchor } from '../../../src/lib/site/anchors.ts';
import { offlineManifest } from '../../../src/lib/site/offlinePolicy.ts';
import { realFiles, realInput, realPayload } from '../../fixtures/search-corpus.ts';

describe('search corpus', { timeout: 60_000 }, () => {
  const zh = buildCorpus(realInput(), 'zh');
  const en = buildCorpus(realInput(), 'en');
  const grid = zh.find((d) => d.id === 'dongcheng-2005-grid-management')!;

  it('holds every record the issue lists, each kind in its place', () => {
    const input = realInput();
    const count = (k: string) => zh.filter((d) => d.k === k && d.h === undefined).length;
    expect(count('m')).toBe(input.milestones.length);
    expect(zh.filter((d) => d.k === 'g')).toHaveLength(input.glossary.length);
    expect(count('e')).toBe(input.eras.filter((e) => e.locale === 'zh').length);
    expect(count('d')).toBe(input.districts.length);
    expect(zh.filter((d) => d.k === 'f')).toHaveLength(input.indicators.length);
    expect(zh.filter((d) => d.k === 'p')).toHaveLength(input.places.length);
    expect(zh.filter((d) => d.k === 't')).toHaveLength(input.themes.length);
    const plan = input.plans[0];
    const items =
      plan.targets.length +
      plan.principles.length +
      plan.taskAreas.length +
      plan.problems.length +
      plan.safeguards.length;
    expect(zh.filter((d) => d.k === 'l')).toHaveLength(1 + items);
    const sections = (locale: 'zh' | 'en') =>
      [...input.eras, ...input.overviews]
        .filter((n) => n.locale === locale)
        .reduce((sum, n) => sum + n.text.sections.length, 0);
    expect(zh.filter((d) => (d.k === 'e' || d.k === 'd') && d.h)).toHaveLength(sections('zh'));
    expect(en.filter((d) => (d.k === 'e' || d.k === 'd') && d.h)).toHaveLength(sections('en'));
    expect(new Set(zh.map((d) => d.k))).toEqual(new Set(KINDS));
  });

  it('gives a roughly dated milestone every year of its span for the year filter', () => {
    expect(zh.find((d) => d.id === 'haidian-1989-civilised-residential-areas')!.y).toEqual([1989, 1990]);
    // A date of one year ships no span: the engine takes it from the date.
    expect(grid.y).toBeUndefined();
    expect(grid.dt).toBe('2005');
  });

  it('gives pinyin of the Chinese title and names on both sites, one phrase per Chinese name', () => {
    expect(grid.x.p).toContain(pinyinPhrase(grid.t));
    const enGrid = en.find((d) => d.id === grid.id)!;
    expect(enGrid.x.a).toContain(grid.t);
    expect(enGrid.x.p).toEqual(hanPhrases('en', enGrid.t, enGrid.x.n ?? [], enGrid.x.a ?? []).map(pinyinPhrase));
    for (const doc of [...zh, ...en].filter((d) => d.x.p)) {
      const locale = zh.includes(doc) ? 'zh' : 'en';
      expect(doc.x.p).toHaveLength(hanPhrases(locale, doc.t, doc.x.n ?? [], doc.x.a ?? []).length);
    }
  });

  it('aligns every pinyin value with the Chinese it spells, syllable by syllable', () => {
    const values = fieldValues(grid, 'zh').filter((v) => v.field === FIELD.pinyin);
    const title = values.find((v) => v.text.includes('wanggehua'))!;
    expect(title.han).toBe('东城区网格化城市管理模式获市委认可');
    const starts = [...title.syllableAt!].filter((s) => s >= 0);
    expect(starts).toEqual(Array.from({ length: title.han!.length + 1 }, (_, i) => i));
    expect(title.syllableAt![title.text.indexOf('wanggehua')]).toBe(3);
    const initials = fieldValues(grid, 'zh').find((v) => v.field === FIELD.initials && v.text.includes('wgh'))!;
    expect(initials.text).toBe('dcqwghcsglmshswrk');
  });

  it('gives districts their merged former districts as names, bare and full, and never cuts 全市 to one character', () => {
    const dongcheng = en.find((d) => d.k === 'd' && d.id === 'dongcheng')!;
    expect(dongcheng.x.n).toEqual(expect.arrayContaining(['Chongwen District', 'Chongwen']));
    expect(bareName('崇文区')).toBe('崇文');
    expect(bareName('全市')).toBe('全市');
    expect(bareName('回天地区')).toBe('回天地区');
    expect(bareName('Huitian area (回天地区), Changping District')).toBe('Huitian area');
    expect(bareName('广外南里社区（东花市街道）')).toBe('广外南里社区');
    const names = districtNames(realInput()).find((d) => d.id === 'dongcheng')!.names;
    expect(names).toEqual(expect.arrayContaining(['dongcheng', '东城', '东城区']));
    expect(names[0].length).toBeGreaterThanOrEqual(names.at(-1)!.length);
    expect(
      districtNames(realInput())
        .flatMap((d) => d.names)
        .every((n) => Array.from(n).length > 1),
    ).toBe(true);
  });

  it('leads every result to the exact place: sections, plan items, glossary rows, figures and places by anchor', () => {
    const routes = zh.map(resultRoute);
    expect(routes).toContain('/milestones/dongcheng-2005-grid-management/');
    expect(routes).toContain('/eras/dongcheng-1997/#网格化城市管理东城的招牌');
    expect(routes).toContain('/districts/dongcheng/#主要成就');
    expect(routes).toContain('/plans/dongcheng-2016-2020/#target-elderly-dining-coverage');
    expect(routes).toContain('/plans/dongcheng-2016-2020/#taskAreas-community-services');
    expect(routes).toContain(`/sources/#${glossaryAnchor('一委三会一站')}`);
    expect(routes).toContain('/districts/dongcheng/#dongcheng-resident-population-2015');
    expect(routes).toContain('/districts/dongcheng/#place-dongcheng-hepingli');
    // Every anchor on the sources page is unique.
    const anchors = realInput().glossary.map((g) => glossaryAnchor(g.zh));
    expect(new Set(anchors).size).toBe(anchors.length);
  });

  it('covers the timeline span, widened by the data, and an ongoing phase reaches its end', () => {
    const input = realInput();
    const [min, max] = searchYearSpan({ ...input, eras: input.eras.map((e) => e.data) });
    expect(min).toBe(TIMELINE.bounds[0]);
    expect(max).toBeGreaterThanOrEqual(TIMELINE.bounds[1] - 1);
    expect(
      searchYearSpan({ milestones: [{ date: '1970' }], eras: [], indicators: [{ year: 2100 }], plans: [] }),
    ).toEqual([1970, 2100]);
    const ongoing = zh.find((d) => d.k === 'e' && !d.h && input.eras.find((e) => e.id === d.id)!.data.end === null)!;
    expect(ongoing.y![1]).toBe(max);
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

describe('search index files', { timeout: 60_000 }, () => {
  it('ship a first part per locale that names the rest, and the narratives in the rest', () => {
    const files = realFiles();
    expect([...files.keys()].sort()).toEqual(['en-sections.json', 'en.json', 'zh-sections.json', 'zh.json']);
    for (const locale of ['zh', 'en'] as const) {
      const first: unknown = JSON.parse(files.get(`${locale}.json`)!);
      const rest: unknown = JSON.parse(files.get(`${locale}-sections.json`)!);
      expect(isPayload(first)).toBe(true);
      expect(isPart(rest)).toBe(true);
      if (!isPayload(first) || !isPart(rest)) return;
      expect(first.v).toBe(PAYLOAD_VERSION);
      expect(first.rest).toBe(`${locale}-sections.json`);
      expect(first.docs.some((d) => d.h && (d.k === 'e' || d.k === 'd'))).toBe(false);
      expect(rest.docs.every((d) => d.h && (d.k === 'e' || d.k === 'd'))).toBe(true);
      expect(withParts(first, [rest]).docs).toHaveLength(first.docs.length + rest.docs.length);
      expect(Object.keys(first.t2s).length).toBeGreaterThan(50);
    }
  });

  it('rejects anything else', () => {
    const payload = realPayload('en');
    for (const bad of [
      null,
      'x',
      {},
      { v: 0 },
      { ...payload, v: 99 },
      { ...payload, docs: 'x' },
      { ...payload, docs: [{}] },
    ])
      expect(isPayload(bad)).toBe(false);
    expect(isPart({ v: PAYLOAD_VERSION, locale: 'fr', docs: [] })).toBe(false);
  });

  it('do not depend on the order the records come in', () => {
    const input = realInput();
    const reversed = {
      ...input,
      milestones: [...input.milestones].reverse(),
      glossary: [...input.glossary].reverse(),
      eras: [...input.eras].reverse(),
      overviews: [...input.overviews].reverse(),
      indicators: [...input.indicators].reverse(),
      places: [...input.places].reverse(),
      themes: [...input.themes].reverse(),
      districts: [...input.districts].reverse(),
    };
    expect(searchIndexFiles(reversed)).toEqual(realFiles());
  });
});

describe('search index offline', () => {
  it('is saved with its language, both parts', () => {
    const m = offlineManifest(
      ['zh.json', 'zh-sections.json', 'en.json', 'en-sections.json'].map((name) => ({
        path: `search-index/${name}`,
        bytes: 1,
      })),
      '/',
      'v1',
    );
    expect(m.assets).toEqual({
      zh: ['/search-index/zh-sections.json', '/search-index/zh.json'],
      en: ['/search-index/en-sections.json', '/search-index/en.json'],
    });
  });
});
