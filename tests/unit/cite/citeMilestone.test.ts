import { describe, expect, it } from 'vitest';
import { citeApa7, citeGbt7714 } from '../../../src/lib/cite/citeMilestone.ts';
import { milestoneCitation, type CitationData } from '../../../src/lib/cite/citationData.ts';

const zh: CitationData = milestoneCitation({
  id: 'dongcheng-2005-grid-management',
  siteName: '北京社会建设改革史',
  title: '东城区首创网格化城市管理模式',
  summary: '摘要',
  displayDate: '2005年',
  source: '《东城区社会建设回顾与展望》第2.3节',
  url: 'https://example.org/reform-history/milestones/dongcheng-2005-grid-management/',
  locale: 'zh',
  updated: '2026-11-23',
});
const en: CitationData = milestoneCitation({
  id: 'dongcheng-2005-grid-management',
  siteName: "Beijing's Social Reforms",
  title: 'Dongcheng pioneers grid-based city management',
  summary: 'Summary',
  displayDate: '2005',
  source: '“Dongcheng District”, section 2.3',
  url: 'https://example.org/reform-history/en/milestones/dongcheng-2005-grid-management/',
  locale: 'en',
  updated: '2026-11-23',
});
const accessed = '2026-12-01';
const undated = (c: CitationData): CitationData => ({ ...c, updated: undefined });

describe('milestoneCitation', () => {
  it('keys each language apart and notes the event date and the source', () => {
    expect(zh.key).toBe('dongcheng-2005-grid-management');
    expect(en.key).toBe('dongcheng-2005-grid-management-en');
    expect(zh.note).toBe('事件日期：2005年；出处：《东城区社会建设回顾与展望》第2.3节');
    expect(en.note).toBe('Date of the event: 2005. Source: “Dongcheng District”, section 2.3');
  });
});

describe('GB/T 7714-2015', () => {
  it('cites a page as an online electronic resource with its update date and the access date', () => {
    expect(citeGbt7714(zh, accessed).text).toBe(
      '北京社会建设改革史. 东城区首创网格化城市管理模式[EB/OL]. (2026-11-23)[2026-12-01]. https://example.org/reform-history/milestones/dongcheng-2005-grid-management/.',
    );
    expect(citeGbt7714(en, accessed).text).toBe(
      "Beijing's Social Reforms. Dongcheng pioneers grid-based city management[EB/OL]. (2026-11-23)[2026-12-01]. https://example.org/reform-history/en/milestones/dongcheng-2005-grid-management/.",
    );
  });
  it('leaves the update date out when it is not known, and sets nothing in italics', () => {
    const cite = citeGbt7714(undated(zh), accessed);
    expect(cite.text).toContain('[EB/OL]. [2026-12-01]. ');
    expect(cite.segments.some((s) => s.italic)).toBe(false);
  });
});

describe('APA 7', () => {
  it('dates a page by its last update, with a retrieval date', () => {
    expect(citeApa7(en, accessed).text).toBe(
      "Beijing's Social Reforms. (2026, November 23). Dongcheng pioneers grid-based city management. Retrieved December 1, 2026, from https://example.org/reform-history/en/milestones/dongcheng-2005-grid-management/",
    );
    expect(citeApa7(zh, accessed).text).toBe(
      '北京社会建设改革史. (2026年11月23日). 东城区首创网格化城市管理模式. 检索于2026年12月1日，取自 https://example.org/reform-history/milestones/dongcheng-2005-grid-management/',
    );
  });
  it('has no "(n.d.)" when a date exists, and says there is none otherwise', () => {
    expect(citeApa7(zh, accessed).text).not.toContain('n.d.');
    expect(citeApa7(undated(zh), accessed).text).toMatch(/^北京社会建设改革史\. \(无日期\)\. /);
    expect(citeApa7(undated(en), accessed).text).toMatch(/^Beijing's Social Reforms\. \(n\.d\.\)\. /);
  });
  it('does not double the full stop after a title that ends in a question mark', () => {
    expect(citeApa7({ ...en, title: 'Who runs the grid?' }, accessed).text).toContain('Who runs the grid? Retrieved');
  });
  it('italicises only the title, and marks the access date for the browser to update', () => {
    const cite = citeApa7(en, accessed);
    expect(cite.segments.filter((s) => s.italic).map((s) => s.text)).toEqual([en.title]);
    expect(cite.segments.filter((s) => s.accessed)).toEqual([{ text: 'December 1, 2026', accessed: 'apa' }]);
    expect(citeGbt7714(zh, accessed).segments.filter((s) => s.accessed)).toEqual([{ text: accessed, accessed: 'iso' }]);
    expect(cite.segments.map((s) => s.text).join('')).toBe(cite.text);
  });
  it('rejects a date that is not a day', () => {
    expect(() => citeApa7(en, '2025-06')).toThrow();
    expect(() => citeGbt7714(zh, 'today')).toThrow();
    expect(() => citeGbt7714({ ...zh, updated: '2025' }, accessed)).toThrow();
  });
});
