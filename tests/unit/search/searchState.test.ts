import { describe, expect, it } from 'vitest';
import {
  emptySearchState,
  hasFilters,
  MAX_URL_QUERY,
  parseSearchState,
  serializeSearchState,
  type SearchStateContext,
} from '../../../src/lib/search/searchState.ts';

const ctx: SearchStateContext = {
  districts: ['dongcheng', 'xicheng', 'haidian', 'beijing'],
  eras: ['dongcheng-1978', 'dongcheng-1997', 'xicheng-2008'],
  themes: ['party-building', 'grid-management', 'elderly-care'],
  minYear: 1978,
  maxYear: 2021,
};

describe('search URL state', () => {
  it('parses the documented example', () => {
    expect(
      parseSearchState(
        '?q=%E7%BD%91%E6%A0%BC&d=dongcheng~xicheng&era=dongcheng-1997&t=grid-management&from=1990&to=2010',
        ctx,
      ),
    ).toEqual({
      q: '网格',
      districts: ['dongcheng', 'xicheng'],
      era: 'dongcheng-1997',
      themes: ['grid-management'],
      from: 1990,
      to: 2010,
    });
  });

  it('accepts repeated parameters, as a plain form submits them', () => {
    expect(
      parseSearchState('?q=grid+management&d=xicheng&d=dongcheng&t=elderly-care&t=party-building', ctx),
    ).toMatchObject({
      q: 'grid management',
      districts: ['dongcheng', 'xicheng'],
      themes: ['party-building', 'elderly-care'],
    });
  });

  it('survives a serialise and parse round trip', () => {
    const states = [
      emptySearchState(),
      { ...emptySearchState(), q: 'wang ge hua' },
      {
        q: '東城 & <b>?',
        districts: ['haidian'],
        era: 'xicheng-2008',
        themes: ['party-building', 'elderly-care'],
        from: 1978,
        to: 1978,
      },
      { ...emptySearchState(), from: 2000, to: null },
    ];
    for (const state of states) expect(parseSearchState(serializeSearchState(state, ctx), ctx)).toEqual(state);
  });

  it('writes nothing for an empty search and a fixed order otherwise', () => {
    expect(serializeSearchState(emptySearchState(), ctx)).toBe('');
    expect(
      serializeSearchState({ ...emptySearchState(), q: 'a b', districts: ['xicheng', 'dongcheng'], to: 2000 }, ctx),
    ).toBe('?q=a+b&d=dongcheng~xicheng&to=2000');
  });

  it('falls back to defaults for malformed or unknown values', () => {
    const bad = [
      '?d=nowhere&era=atlantis-1900&t=~~~&from=abc&to=99999',
      '?from=1900&to=2100',
      '?from=2010&to=1990',
      '?q=&d=&t=',
      '?%E0%A4%A=1',
      '?era=dongcheng-1978%00',
    ];
    for (const search of bad) {
      const state = parseSearchState(search, ctx);
      expect({ ...state, q: '' }).toEqual(emptySearchState());
    }
  });

  it('keeps a long query but cuts it at MAX_URL_QUERY characters', () => {
    expect(parseSearchState(`?q=${'网'.repeat(2000)}`, ctx).q).toHaveLength(MAX_URL_QUERY);
  });

  it('tells filters apart from the query', () => {
    expect(hasFilters({ ...emptySearchState(), q: 'x' })).toBe(false);
    expect(hasFilters({ ...emptySearchState(), from: 1990 })).toBe(true);
  });
});
