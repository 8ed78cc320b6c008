import { describe, expect, it } from 'vitest';
import {
  differentYearsVisible,
  groupVisible,
  latestByDistrict,
  sameYearGroups,
  type ComparableIndicator,
} from '../../../src/lib/compare/indicatorComparison.ts';

const base = {
  target: false,
  unit: 'percent',
  label: { zh: '恩格尔系数', en: 'Engel coefficient' },
  source: { document: 'd', section: '1' },
};
const ind = (
  id: string,
  district: string,
  metric: string,
  year: number,
  value: number,
  extra: Partial<ComparableIndicator> = {},
): ComparableIndicator => ({
  ...base,
  id,
  district,
  metric,
  year,
  value,
  ...extra,
});
const order = ['dongcheng', 'xicheng', 'haidian', 'beijing'];
const data = [
  ind('x-engel-2015', 'xicheng', 'engel', 2015, 29),
  ind('d-engel-2015', 'dongcheng', 'engel', 2015, 24.2),
  ind('x-income-2005', 'xicheng', 'income', 2005, 18515),
  ind('x-income-2015', 'xicheng', 'income', 2015, 67492),
  ind('d-income-2015', 'dongcheng', 'income', 2015, 60000, { note: { zh: '约数', en: 'about' } }),
  ind('d-circles-2015-a', 'dongcheng', 'circles', 2015, 87, { source: { document: 'a', section: '1' } }),
  ind('d-circles-2015-b', 'dongcheng', 'circles', 2015, 87, { source: { document: 'b', section: '2' } }),
  ind('b-circles-2022', 'beijing', 'circles', 2022, 1772),
  ind('d-sub-2015', 'dongcheng', 'subdistricts', 2015, 17),
  ind('x-sub-2015-a', 'xicheng', 'subdistricts', 2015, 15),
  ind('x-sub-2015-b', 'xicheng', 'subdistricts', 2015, 16),
  ind('h-only-2015', 'haidian', 'only-haidian', 2015, 1),
  ind('elsewhere', 'chaoyang', 'engel', 2015, 30),
];

describe('sameYearGroups', () => {
  const groups = sameYearGroups(data, order);
  it('keeps only metric-years with at least two known districts', () => {
    expect(groups.map((g) => g.key)).toEqual(['engel-2015', 'income-2015', 'subdistricts-2015']);
  });
  it('orders entries by district and carries notes through', () => {
    const engel = groups[0];
    expect(engel.entries.map((e) => [e.district, e.value])).toEqual([
      ['dongcheng', 24.2],
      ['xicheng', 29],
    ]);
    expect(groups[1].entries[0].records[0].note?.en).toBe('about');
  });
  it('marks a group as disputed when one district has two values', () => {
    const sub = groups[2];
    expect(sub.disputed).toBe(true);
    expect(sub.districts).toEqual(['dongcheng', 'xicheng']);
    expect(sub.entries.map((e) => e.value)).toEqual([17, 15, 16]);
    expect(groups[0].disputed).toBe(false);
  });
});

describe('latestByDistrict', () => {
  const latest = latestByDistrict(data, order);
  it("lists metrics that two districts have, with each district's latest year", () => {
    expect(latest.map((m) => m.metric)).toEqual(['circles', 'engel', 'income', 'subdistricts']);
    const circles = latest[0];
    expect(circles.latest.map((l) => [l.district, l.year])).toEqual([
      ['dongcheng', 2015],
      ['beijing', 2022],
    ]);
    expect(circles.latest[0].entries).toHaveLength(1);
    expect(circles.latest[0].entries[0].records.map((r) => r.source.document)).toEqual(['a', 'b']);
  });
});

describe('visibility for a selection', () => {
  it('shows a same-year group only when two selected districts are in it', () => {
    expect(groupVisible(['dongcheng', 'xicheng'], ['dongcheng', 'xicheng', 'haidian'])).toBe(true);
    expect(groupVisible(['dongcheng', 'xicheng'], ['dongcheng', 'haidian'])).toBe(false);
  });
  it('lists different years only for two selected districts whose years differ', () => {
    expect(differentYearsVisible({ dongcheng: 2015, beijing: 2022 }, ['dongcheng', 'beijing'])).toBe(true);
    expect(differentYearsVisible({ dongcheng: 2015, beijing: 2022 }, ['dongcheng', 'xicheng'])).toBe(false);
    expect(differentYearsVisible({ dongcheng: 2015, xicheng: 2015 }, ['dongcheng', 'xicheng'])).toBe(false);
  });
});

describe('what is never compared as a year', () => {
  const figures = [
    ind('d-share-2015', 'dongcheng', 'share', 2015, 89),
    ind('b-share', 'beijing', 'share', 0, 93.7, { year: undefined, period: '2012/2021' }),
    ind('x-share-2015', 'xicheng', 'share', 2015, 80, { qualifier: 'more-than' }),
    ind('d-goal', 'dongcheng', 'goal', 2017, 95, { target: true }),
    ind('x-goal-2017', 'xicheng', 'goal', 2017, 90),
  ];
  it('charts only measurements with a year, keeping the hedge', () => {
    const groups = sameYearGroups(figures, order);
    expect(groups.map((g) => g.key)).toEqual(['share-2015']);
    expect(groups[0].entries.map((e) => [e.district, e.value, e.qualifier])).toEqual([
      ['dongcheng', 89, undefined],
      ['xicheng', 80, 'more-than'],
    ]);
  });
  it('lists an undated figure with its period, and never a target', () => {
    const [share] = latestByDistrict(figures, order);
    expect(share.latest.map((l) => [l.district, l.year, l.period])).toEqual([
      ['dongcheng', 2015, undefined],
      ['xicheng', 2015, undefined],
      ['beijing', undefined, '2012/2021'],
    ]);
    expect(latestByDistrict(figures, order).map((m) => m.metric)).toEqual(['share']);
    expect(differentYearsVisible({ dongcheng: 2015, beijing: '2012/2021' }, ['dongcheng', 'beijing'])).toBe(true);
  });
  it('keeps a hedged and an exact value apart', () => {
    const twice = [
      ind('a', 'dongcheng', 'm', 2015, 100),
      ind('b', 'dongcheng', 'm', 2015, 100, { qualifier: 'more-than' }),
      ind('c', 'xicheng', 'm', 2015, 1),
    ];
    const [group] = sameYearGroups(twice, order);
    expect(group.entries).toHaveLength(3);
    expect(group.disputed).toBe(true);
  });
});
