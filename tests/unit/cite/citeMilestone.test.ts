import { describe, expect, it } from 'vitest';
import { citeApa7, citeGbt7714, isoDay, type CitationInput } from '../../../src/lib/cite/citeMilestone.ts';

const zh: CitationInput = {
  siteName: '北京社会建设改革史',
  title: '东城区首创网格化城市管理模式',
  url: 'https://example.org/reform-history/milestones/dongcheng-2005-grid-management/',
  accessed: '2025-06-01',
  locale: 'zh',
};
const en: CitationInput = {
  siteName: "Beijing's Social Reforms",
  title: 'Dongcheng pioneers grid-based city management',
  url: 'https://example.org/reform-history/en/milestones/dongcheng-2005-grid-management/',
  accessed: '2025-06-01',
  locale: 'en',
};

describe('GB/T 7714-2015', () => {
  it('cites a page as an online electronic resource with the access date', () => {
    expect(citeGbt7714(zh).text).toBe(
      '北京社会建设改革史. 东城区首创网格化城市管理模式[EB/OL]. [2025-06-01]. https://example.org/reform-history/milestones/dongcheng-2005-grid-management/.',
    );
    expect(citeGbt7714(en).text).toBe(
      "Beijing's Social Reforms. Dongcheng pioneers grid-based city management[EB/OL]. [2025-06-01]. https://example.org/reform-history/en/milestones/dongcheng-2005-grid-management/.",
    );
  });
  it('splits around the title', () => {
    const parts = citeGbt7714(zh);
    expect(parts.title).toBe(zh.title);
    expect(`${parts.before}${parts.title}${parts.after}`).toBe(parts.text);
  });
});

describe('APA 7', () => {
  it('cites a page with a group author, no date and a retrieval date', () => {
    expect(citeApa7(en).text).toBe(
      "Beijing's Social Reforms. (n.d.). Dongcheng pioneers grid-based city management. Retrieved June 1, 2025, from https://example.org/reform-history/en/milestones/dongcheng-2005-grid-management/",
    );
    expect(citeApa7(zh).text).toBe(
      '北京社会建设改革史. (n.d.). 东城区首创网格化城市管理模式. 检索于2025年6月1日，取自 https://example.org/reform-history/milestones/dongcheng-2005-grid-management/',
    );
  });
  it('does not double the full stop after a title that ends in a question mark', () => {
    expect(citeApa7({ ...en, title: 'Who runs the grid?' }).text).toContain('Who runs the grid? Retrieved');
  });
  it('italicises only the title', () => {
    const parts = citeApa7(en);
    expect(parts.before).toBe("Beijing's Social Reforms. (n.d.). ");
    expect(parts.title).toBe(en.title);
  });
  it('rejects an access date that is not a day', () => {
    expect(() => citeApa7({ ...en, accessed: '2025-06' })).toThrow();
    expect(() => citeGbt7714({ ...zh, accessed: 'today' })).toThrow();
  });
});

describe('isoDay', () => {
  it('formats the local calendar day with leading zeros', () => {
    expect(isoDay(new Date(2025, 0, 5, 23, 59))).toBe('2025-01-05');
    expect(isoDay(new Date(2024, 11, 31, 0, 0))).toBe('2024-12-31');
  });
});
