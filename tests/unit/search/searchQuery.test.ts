import { describe, expect, it } from 'vitest';
import { parseQuery, type QueryContext } from '../../../src/lib/search/searchQuery.ts';

const ctx: QueryContext = {
  t2s: { 東: '东', 區: '区', 網: '网' },
  districts: [
    { id: 'dongcheng', names: ['dongcheng district', 'dongcheng', '东城区', '东城'] },
    { id: 'xicheng', names: ['xicheng district', 'xicheng', '西城区', '西城'] },
    { id: 'beijing', names: ['beijing municipality', 'beijing', '北京市', '北京', '全市'] },
  ],
};

describe('parseQuery', () => {
  it('takes out a year and narrows to it', () => {
    expect(parseQuery('1982', ctx)).toMatchObject({ terms: [], years: [1982, 1982], districts: [] });
    expect(parseQuery('网格 2005年', ctx)).toMatchObject({ terms: ['网格'], years: [2005, 2005] });
  });

  it('reads two years as a range, in either order', () => {
    expect(parseQuery('2010-1990 committee', ctx)).toMatchObject({ terms: ['committee'], years: [1990, 2010] });
  });

  it('leaves numbers that are not years', () => {
    expect(parseQuery('573 网格', ctx)).toMatchObject({ terms: ['573', '网格'], years: null });
    expect(parseQuery('12345', ctx).years).toBeNull();
  });

  it('takes out district names, whole or in front of a Chinese word', () => {
    expect(parseQuery('Xicheng volunteers', ctx)).toMatchObject({ terms: ['volunteers'], districts: ['xicheng'] });
    expect(parseQuery('dongcheng district grid', ctx)).toMatchObject({ terms: ['grid'], districts: ['dongcheng'] });
    expect(parseQuery('东城网格化', ctx)).toMatchObject({ terms: ['网格化'], districts: ['dongcheng'] });
    expect(parseQuery('東城區網格化', ctx)).toMatchObject({ terms: ['网格化'], districts: ['dongcheng'], han: true });
    expect(parseQuery('东城 西城', ctx)).toMatchObject({ terms: [], districts: ['dongcheng', 'xicheng'] });
  });

  it('keeps a district name that is most of a word', () => {
    expect(parseQuery('东城区委', ctx)).toMatchObject({ terms: ['东城区委'], districts: [] });
    expect(parseQuery('dongchengqu', ctx)).toMatchObject({ terms: ['dongchengqu'], districts: [] });
  });

  it('keeps the normalised query for a second try without narrowing', () => {
    expect(parseQuery('  Xicheng   Volunteers ', ctx).normalized).toBe('xicheng volunteers');
  });

  it('never throws on hostile input', () => {
    for (const raw of ['<img src=x onerror=alert(1)>', '.*+?^${}()|[]\\', 'x'.repeat(1000), '😀', '', null, {}]) {
      expect(() => parseQuery(raw, ctx)).not.toThrow();
    }
    expect(parseQuery('.*+?^${}()|[]\\', ctx).terms).toEqual([]);
  });
});

describe('parseQuery with Chinese district names', () => {
  it('takes a district name off the end of a word too', () => {
    expect(parseQuery('网格化东城', ctx)).toMatchObject({ terms: ['网格化'], districts: ['dongcheng'] });
    expect(parseQuery('东城西城', ctx)).toMatchObject({ terms: [], districts: ['dongcheng', 'xicheng'] });
  });
});

describe('parseQuery, words', () => {
  it('separates Chinese from digits and letters run together', () => {
    expect(parseQuery('157个街道大部制改革', ctx).terms).toEqual(['157', '个街道大部制改革']);
    expect(parseQuery('1+3+N老旧小区', ctx).terms).toEqual(['老旧小区']);
  });

  it('drops English stop words and single letters, unless nothing else is left', () => {
    expect(parseQuery('the whistle and the report', ctx).terms).toEqual(['whistle', 'report']);
    expect(parseQuery('of the', ctx).terms).toEqual(['of', 'the']);
  });

  it('keeps the words in order as a phrase, stop words and repeats included', () => {
    expect(parseQuery('One committee, three councils, one station', ctx).phrase).toBe(
      'one committee three councils one station',
    );
    expect(parseQuery('街乡吹哨 部门报到 2018', ctx).phrase).toBe('街乡吹哨部门报到');
  });

  it('says when a query was too long to read whole', () => {
    expect(parseQuery('网格 '.repeat(100), ctx).cut).toBe(true);
    expect(parseQuery('网格', ctx).cut).toBe(false);
  });
});
