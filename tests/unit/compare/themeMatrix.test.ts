import { describe, expect, it } from 'vitest';
import { firstDistricts, rowVisible, themeMatrix } from '../../../src/lib/compare/themeMatrix.ts';

const milestones = [
  {
    id: 'xicheng-2011-full-response',
    district: 'xicheng',
    date: '2011',
    themes: ['grid-management', 'public-services'],
  },
  { id: 'dongcheng-2005-grid', district: 'dongcheng', date: '2005', themes: ['grid-management'] },
  { id: 'dongcheng-2008-swc', district: 'dongcheng', date: '2008', themes: ['party-building'] },
  { id: 'xicheng-2008-swc', district: 'xicheng', date: '2008-03', themes: ['party-building'] },
  { id: 'haidian-2008-swc', district: 'haidian', date: '2008', themes: ['party-building'] },
  { id: 'dongcheng-2012-grid-again', district: 'dongcheng', date: '2012', themes: ['grid-management'] },
  { id: 'beijing-2015-care', district: 'beijing', date: '2015', themes: ['elderly-care'] },
];
const themes = ['party-building', 'grid-management', 'elderly-care', 'volunteering'];

describe('themeMatrix', () => {
  const rows = themeMatrix(milestones, themes, ['dongcheng', 'xicheng', 'haidian']);
  it('has one row per theme that the districts have, in theme order', () => {
    expect(rows.map((r) => r.theme)).toEqual(['party-building', 'grid-management']);
  });
  it('finds the first milestone of each district and counts the rest', () => {
    const grid = rows.find((r) => r.theme === 'grid-management')!;
    expect(grid.cells).toEqual({
      dongcheng: { id: 'dongcheng-2005-grid', date: '2005', count: 2 },
      xicheng: { id: 'xicheng-2011-full-response', date: '2011', count: 1 },
    });
    expect(Object.keys(rows[0].cells)).toEqual(['dongcheng', 'haidian', 'xicheng']);
  });
  it('ignores districts that are not asked for', () => {
    expect(themeMatrix(milestones, themes, ['beijing']).map((r) => r.theme)).toEqual(['elderly-care']);
  });
});

describe('rowVisible and firstDistricts', () => {
  it('shows a row when a selected district has the theme', () => {
    expect(rowVisible(['beijing'], ['dongcheng', 'xicheng'])).toBe(false);
    expect(rowVisible(['beijing', 'xicheng'], ['dongcheng', 'xicheng'])).toBe(true);
  });
  it('names the earliest selected district by year, and none for a tie or a single district', () => {
    const grid = { dongcheng: { date: '2005' }, xicheng: { date: '2011' } };
    expect(firstDistricts(grid, ['dongcheng', 'xicheng'])).toEqual(['dongcheng']);
    expect(firstDistricts(grid, ['xicheng', 'haidian'])).toEqual([]);
    const swc = {
      dongcheng: { date: '2008' },
      xicheng: { date: '2008-03' },
      haidian: { date: '2008' },
      beijing: { date: '2018-11' },
    };
    expect(firstDistricts(swc, ['dongcheng', 'xicheng', 'haidian'])).toEqual([]);
    expect(firstDistricts(swc, ['dongcheng', 'xicheng', 'beijing'])).toEqual(['dongcheng', 'xicheng']);
  });
});

describe('what never earns a "first"', () => {
  it('leaves out records cited as context (national or city-wide decisions)', () => {
    const rows = themeMatrix(
      [
        {
          id: 'dongcheng-2015-national',
          district: 'dongcheng',
          date: '2015',
          themes: ['self-governance'],
          scope: 'national',
        },
        { id: 'xicheng-2016-own', district: 'xicheng', date: '2016', themes: ['self-governance'] },
      ],
      ['self-governance'],
      ['dongcheng', 'xicheng'],
    );
    expect(Object.keys(rows[0].cells)).toEqual(['xicheng']);
  });
  it('awards no first where a compared district has no record yet (its sources begin later)', () => {
    const from = { dongcheng: 1978, xicheng: 1978, beijing: 2012 };
    expect(
      firstDistricts({ dongcheng: { date: '2005' }, beijing: { date: '2015' } }, ['dongcheng', 'beijing'], from),
    ).toEqual([]);
    expect(
      firstDistricts({ dongcheng: { date: '2013' }, beijing: { date: '2015' } }, ['dongcheng', 'beijing'], from),
    ).toEqual(['dongcheng']);
    expect(
      firstDistricts(
        { dongcheng: { date: '2005' }, xicheng: { date: '2007' } },
        ['dongcheng', 'xicheng', 'beijing'],
        from,
      ),
    ).toEqual(['dongcheng']);
  });
  it('lets a span of years tie with the dates it may include', () => {
    expect(
      firstDistricts({ haidian: { date: '1989/1990' }, xicheng: { date: '1990' }, dongcheng: { date: '1995' } }, [
        'haidian',
        'xicheng',
        'dongcheng',
      ]),
    ).toEqual(['haidian', 'xicheng']);
    expect(
      firstDistricts({ haidian: { date: '1989/1990' }, xicheng: { date: '1991' } }, ['haidian', 'xicheng']),
    ).toEqual(['haidian']);
    expect(
      firstDistricts({ haidian: { date: '2000/2008' }, xicheng: { date: '2005' } }, ['haidian', 'xicheng']),
    ).toEqual([]);
  });
});
