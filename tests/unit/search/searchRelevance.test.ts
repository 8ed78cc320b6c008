// Regression cases from the first search, which listed milestones first: for each query, the
// milestone a reader means is still among the first ten results now that glossary terms, phases,
// figures and places rank with it by relevance (the relevance set, searchRelevanceSet.test.ts, holds
// the top-five measure). Chinese, pinyin (full and spaced), initials, traditional characters,
// English and typos, on the site they would be typed on.
import { describe, expect, it } from 'vitest';
import { realEngine, realInput } from '../../fixtures/search-corpus.ts';
import type { Locale } from '../../../src/lib/site/paths.ts';
import type { SearchDoc } from '../../../src/lib/search/searchDocs.ts';

type Case = [kind: string, locale: Locale, query: string, milestone: string];

const CASES: Case[] = [
  // Chinese
  ['chinese', 'zh', '网格化', 'dongcheng-2005-grid-management'],
  ['chinese', 'zh', '宣武', 'xicheng-2010-merger-with-xuanwu'],
  ['chinese', 'zh', '崇文', 'dongcheng-2010-merger-with-chongwen'],
  ['chinese', 'zh', '居家养老', 'beijing-2015-home-care-regulation'],
  ['chinese', 'zh', '五讲四美', 'xicheng-1982-five-stresses-committee'],
  ['chinese', 'zh', '全响应', 'xicheng-2011-full-response-framework'],
  ['chinese', 'zh', '一刻钟社区服务圈', 'xicheng-2012-service-circle-model-sites'],
  ['chinese', 'zh', '志愿者信息', 'dongcheng-2013-volunteer-information-system'],
  ['chinese', 'zh', '三社联动', 'xicheng-2015-three-social-linkage'],
  ['chinese', 'zh', '和平里', 'dongcheng-2014-community-commerce-awards'],
  ['chinese', 'zh', '减负', 'dongcheng-2015-national-community-burden-notice'],
  ['chinese', 'zh', '商务楼宇', 'dongcheng-2010-office-building-party-stations'],
  ['chinese', 'zh', '合署办公', 'beijing-2018-social-work-civil-affairs-joint-office'],
  ['chinese', 'zh', '撤村建居', 'beijing-2021-community-resizing'],
  ['district', 'zh', '海淀 社会工委', 'haidian-2008-social-work-committee'],
  ['district', 'zh', '西城社会工委', 'xicheng-2008-social-work-committee'],
  ['year', 'zh', '全国文明城区 2009', 'dongcheng-2009-national-civilised-district'],
  ['english on zh', 'zh', 'grid', 'dongcheng-2005-grid-management'],
  // Pinyin
  ['pinyin', 'zh', 'wanggehua', 'dongcheng-2005-grid-management'],
  ['pinyin', 'zh', 'wang ge hua', 'dongcheng-2005-grid-management'],
  ['pinyin', 'zh', 'xuanwu', 'xicheng-2010-merger-with-xuanwu'],
  ['pinyin', 'zh', 'chongwen', 'dongcheng-2010-merger-with-chongwen'],
  ['pinyin', 'zh', 'zhiyuanzhe', 'dongcheng-2013-volunteer-information-system'],
  ['pinyin', 'zh', 'jujia yanglao', 'beijing-2015-home-care-regulation'],
  ['pinyin', 'zh', 'hepingli', 'dongcheng-2014-community-commerce-awards'],
  ['pinyin', 'zh', 'quanxiangying', 'xicheng-2011-full-response-framework'],
  ['pinyin', 'zh', 'Xuānwǔ', 'xicheng-2010-merger-with-xuanwu'],
  // Initials
  ['initials', 'zh', 'wgh', 'dongcheng-2005-grid-management'],
  ['initials', 'zh', 'jjylfwtl', 'beijing-2015-home-care-regulation'],
  ['initials', 'zh', 'ssld', 'xicheng-2015-three-social-linkage'],
  // Traditional characters
  ['traditional', 'zh', '網格化', 'dongcheng-2005-grid-management'],
  ['traditional', 'zh', '宣武區', 'xicheng-2010-merger-with-xuanwu'],
  ['traditional', 'zh', '志願服務', 'dongcheng-2010-volunteer-action-plan'],
  ['traditional', 'zh', '養老', 'beijing-2015-home-care-regulation'],
  ['traditional', 'zh', '東城區網格化', 'dongcheng-2005-grid-management'],
  ['traditional', 'en', '網格化', 'dongcheng-2005-grid-management'],
  // English
  ['english', 'en', 'grid management', 'dongcheng-2005-grid-management'],
  ['english', 'en', 'Chongwen', 'dongcheng-2010-merger-with-chongwen'],
  ['english', 'en', 'Xuanwu', 'xicheng-2010-merger-with-xuanwu'],
  ['english', 'en', 'home care regulation', 'beijing-2015-home-care-regulation'],
  ['english', 'en', 'volunteer information system', 'dongcheng-2013-volunteer-information-system'],
  ['english', 'en', 'Five Goods', 'xicheng-2009-five-goods-rules'],
  ['english', 'en', 'master plan 2017', 'beijing-2017-master-plan-published'],
  ['english', 'en', 'Haidian social work committee', 'haidian-2008-social-work-committee'],
  ['english', 'en', 'Lei Feng', 'dongcheng-2014-volunteer-campaigns'],
  ['english', 'en', 'full response', 'xicheng-2011-full-response-framework'],
  ['english', 'en', '15-minute service circle', 'xicheng-2012-service-circle-model-sites'],
  ['english', 'en', 'Hepingli', 'dongcheng-2014-community-commerce-awards'],
  ['english', 'en', 'neighbourhood watch', 'dongcheng-1978-neighbourhood-watch-groups'],
  ['chinese on en', 'en', '网格化', 'dongcheng-2005-grid-management'],
  // Typos
  ['typo', 'en', 'grid managment', 'dongcheng-2005-grid-management'],
  ['typo', 'en', 'Chongwne', 'dongcheng-2010-merger-with-chongwen'],
  ['typo', 'en', 'volunter information', 'dongcheng-2013-volunteer-information-system'],
  ['typo', 'en', 'Xuanwoo', 'xicheng-2010-merger-with-xuanwu'],
  ['typo', 'en', 'eldery care', 'beijing-2015-home-care-regulation'],
  ['typo', 'zh', 'wangehua', 'dongcheng-2005-grid-management'],
  ['typo', 'zh', 'xuanwo', 'xicheng-2010-merger-with-xuanwu'],
  ['typo', 'zh', '网格话', 'dongcheng-2005-grid-management'],
  ['typo', 'zh', '志愿服努', 'dongcheng-2010-volunteer-action-plan'],
];

const milestoneIds = () => new Set(realInput().milestones.map((m) => m.id));
const top = (locale: Locale, query: string, n = 10) =>
  realEngine(locale)
    .search(query)
    .hits.slice(0, n)
    .map((h) => h.doc.id);

describe('search relevance on the real corpus', { timeout: 60_000 }, () => {
  it('has at least 30 cases, covering every kind of query, all naming milestones that exist', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
    const kinds = new Set(CASES.map(([kind]) => kind));
    for (const kind of ['chinese', 'pinyin', 'initials', 'traditional', 'english', 'typo'])
      expect(kinds).toContain(kind);
    const ids = milestoneIds();
    expect(CASES.filter(([, , , id]) => !ids.has(id)).map(([, , q, id]) => `${q} → ${id}`)).toEqual([]);
  });

  for (const [kind, locale, query, milestone] of CASES) {
    it(`${kind} (${locale}): "${query}" ranks ${milestone} in the top 10`, () => {
      expect(top(locale, query)).toContain(milestone);
    });
  }
});

/** A record of Xicheng, or of no district but one that names it (a glossary term Xicheng coined). */
const inXicheng = (doc: SearchDoc) =>
  doc.d === 'xicheng' ||
  (!doc.d && /西城|xicheng/i.test([doc.t, doc.x.b, ...(doc.x.a ?? []), ...(doc.x.n ?? [])].join(' ')));

describe('search precision on the real corpus', { timeout: 60_000 }, () => {
  it('西城 does not match Dongcheng records (the default Fuse threshold would)', () => {
    const hits = realEngine('zh').search('西城').hits;
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.map((h) => h.doc.id)).not.toContain('dongcheng-2010-merger-with-chongwen');
    expect(hits.every((h) => inXicheng(h.doc))).toBe(true);
  });

  it('a year narrows the results to records that cover it', () => {
    const hits = realEngine('zh').search('1982').hits;
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) expect(h.doc.y![0] <= 1982 && h.doc.y![1] >= 1982).toBe(true);
  });

  it('a district name narrows the results to that district', () => {
    const all = realEngine('en').search('committee').hits;
    const xicheng = realEngine('en').search('Xicheng committee').hits;
    expect(xicheng.length).toBeGreaterThan(0);
    expect(xicheng.length).toBeLessThan(all.length);
    expect(xicheng.every((h) => inXicheng(h.doc))).toBe(true);
  });

  it('ranks an exact term above the same words scattered in a long text', () => {
    const [first] = realEngine('zh').search('一委三会一站').hits;
    expect(first.doc.k).toBe('g');
    const en = realEngine('en').search('one committee three councils one station').hits;
    expect(en[0].doc.id).toBe('一委三会一站');
  });

  it('ranks milestones and glossary terms above narrative sections when the match is equal', () => {
    // 区社会办 is in milestones' summaries and in sections' texts: where it is in neither title, milestones come first.
    const hits = realEngine('zh').search('区社会办').hits;
    const firstSection = hits.findIndex((h) => h.doc.h !== undefined && (h.doc.k === 'e' || h.doc.k === 'd'));
    const lastMilestone = hits.map((h) => h.doc.k).lastIndexOf('m');
    expect(firstSection).toBeGreaterThan(-1);
    expect(lastMilestone).toBeGreaterThan(-1);
    const bodyOnly = hits.filter((h) => !h.doc.t.includes('区社会办'));
    const milestone = bodyOnly.findIndex((h) => h.doc.k === 'm');
    const section = bodyOnly.findIndex((h) => h.doc.h !== undefined);
    expect(milestone).toBeLessThan(section);
  });

  it('a nonsense query finds nothing', () => {
    expect(realEngine('en').search('qzxjvk').hits).toEqual([]);
    expect(realEngine('zh').search('鑫鑫鑫').hits).toEqual([]);
  });
});
