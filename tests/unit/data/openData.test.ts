import { describe, expect, it } from 'vitest';
import { toMilestoneJson } from '../../../src/lib/data/openData.ts';
import { formatNumber } from '../../../src/lib/format/formatNumber.ts';

const record = {
  id: 'dongcheng-2005-grid',
  district: 'dongcheng',
  era: 'dongcheng-1997',
  date: '2005',
  title: { zh: '标题', en: 'Title' },
  summary: { zh: '摘要', en: 'Summary' },
  themes: ['grid-management'],
  places: [],
  source: { document: 'dongcheng-review', section: '3.1' },
  note: { zh: '说明', en: 'note' },
};

describe('toMilestoneJson', () => {
  it('has exactly the published fields, with permalinks in both languages', () => {
    const json = toMilestoneJson(record);
    expect(Object.keys(json).sort()).toEqual([
      'date',
      'district',
      'era',
      'id',
      'places',
      'source',
      'summary',
      'themes',
      'title',
      'url',
    ]);
    expect(json.url).toEqual({ zh: '/milestones/dongcheng-2005-grid/', en: '/en/milestones/dongcheng-2005-grid/' });
  });
  it("carries a rough date's wording and a context scope, only where the record has them", () => {
    const json = toMilestoneJson({
      ...record,
      date: '2000/2008',
      dateWording: { zh: '进入21世纪', en: 'early in the 21st century' },
      scope: 'national',
    });
    expect(json.date).toBe('2000/2008');
    expect(json.dateWording).toEqual({ zh: '进入21世纪', en: 'early in the 21st century' });
    expect(json.scope).toBe('national');
  });
  it('includes the base path in its URLs', () => {
    expect(toMilestoneJson(record, '/reform-history/').url.en).toBe(
      '/reform-history/en/milestones/dongcheng-2005-grid/',
    );
  });
});

describe('formatNumber', () => {
  it('groups thousands and keeps decimals', () => {
    expect(formatNumber(1772, 'en')).toBe('1,772');
    expect(formatNumber(91.9, 'zh')).toBe('91.9');
    expect(formatNumber(0.125, 'en')).toBe('0.13');
  });
});
