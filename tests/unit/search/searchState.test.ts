import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  emptySearchState,
  hasFilters,
  MAX_URL_QUERY,
  parseSearchState,
  readSearchState,
  serializeSearchState,
  type SearchState,
  type SearchStateContext,
} from '../../../src/lib/search/searchState.ts';
import { KIND_NAMES, KINDS } from '../../../src/lib/search/searchDocs.ts';

const ctx: SearchStateContext = {
  districts: ['dongcheng', 'xicheng', 'haidian', 'beijing'],
  eras: ['dongcheng-1978', 'dongcheng-1997', 'xicheng-2008'],
  themes: ['party-building', 'grid-management', 'elderly-care'],
  minYear: 1978,
  maxYear: 2026,
};

describe('search URL state', () => {
  it('parses the documented example', () => {
    expect(
      parseSearchState(
        '?q=%E7%BD%91%E6%A0%BC&d=dongcheng~xicheng&era=dongcheng-1997&t=grid-management&kind=milestone~glossary&from=1990&to=2010',
        ctx,
      ),
    ).toEqual({
      q: '网格',
      districts: ['dongcheng', 'xicheng'],
      era: 'dongcheng-1997',
      themes: ['grid-management'],
      kinds: ['m', 'g'],
      from: 1990,
      to: 2010,
    });
  });

  it('accepts repeated parameters, as a plain form submits them', () => {
    expect(
      parseSearchState(
        '?q=grid+management&d=xicheng&d=dongcheng&t=elderly-care&t=party-building&kind=figure&kind=plan',
        ctx,
      ),
    ).toMatchObject({
      q: 'grid management',
      districts: ['dongcheng', 'xicheng'],
      themes: ['party-building', 'elderly-care'],
      kinds: ['l', 'f'],
    });
  });

  it('survives a serialise and parse round trip', () => {
    const states: SearchState[] = [
      emptySearchState(),
      { ...emptySearchState(), q: 'wang ge hua' },
      {
        q: '東城 & <b>?',
        districts: ['haidian'],
        era: 'xicheng-2008',
        themes: ['party-building', 'elderly-care'],
        kinds: ['e', 'd', 't'],
        from: 1978,
        to: 1978,
      },
      { ...emptySearchState(), from: 2000, to: null },
      { ...emptySearchState(), to: 2026 },
    ];
    for (const state of states) expect(parseSearchState(serializeSearchState(state, ctx), ctx)).toEqual(state);
  });

  it('writes nothing for an empty search and a fixed order otherwise', () => {
    expect(serializeSearchState(emptySearchState(), ctx)).toBe('');
    expect(
      serializeSearchState(
        { ...emptySearchState(), q: 'a b', districts: ['xicheng', 'dongcheng'], kinds: ['f', 'g'], to: 2000 },
        ctx,
      ),
    ).toBe('?q=a+b&d=dongcheng~xicheng&kind=glossary~figure&to=2000');
  });

  it('leaves out malformed or unknown values', () => {
    const bad = [
      '?d=nowhere&era=atlantis-1900&t=~~~&kind=everything&from=abc&to=99999',
      '?from=1900&to=2100',
      '?q=&d=&t=&kind=',
      '?%E0%A4%A=1',
      '?era=dongcheng-1978%00',
      '?from=١٩٩٠&to=１９９７',
    ];
    for (const search of bad) {
      const state = parseSearchState(search, ctx);
      expect({ ...state, q: '' }, search).toEqual(emptySearchState());
    }
  });

  it('follows the one rule for years: outside the span ignored, backwards turned round, and says so', () => {
    expect(readSearchState('?from=1900&to=2100', ctx)).toEqual({
      state: emptySearchState(),
      adjusted: { outside: [1900, 2100], swapped: false },
    });
    expect(readSearchState('?from=2010&to=1990', ctx)).toEqual({
      state: { ...emptySearchState(), from: 1990, to: 2010 },
      adjusted: { outside: [], swapped: true },
    });
    expect(readSearchState('?from=2026', ctx).adjusted).toEqual({ outside: [], swapped: false });
  });

  it('keeps a long query but cuts it at MAX_URL_QUERY characters', () => {
    expect(parseSearchState(`?q=${'网'.repeat(2000)}`, ctx).q).toHaveLength(MAX_URL_QUERY);
  });

  it('tells filters apart from the query', () => {
    expect(hasFilters({ ...emptySearchState(), q: 'x' })).toBe(false);
    expect(hasFilters({ ...emptySearchState(), from: 1990 })).toBe(true);
    expect(hasFilters({ ...emptySearchState(), kinds: ['g'] })).toBe(true);
  });
});

describe('search URL state, for any address', () => {
  const names = ['q', 'd', 'era', 't', 'kind', 'from', 'to', 'x', 'Q'];
  const values = fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary' }),
    fc.constantFrom(
      ...ctx.districts,
      ...ctx.eras,
      ...ctx.themes,
      ...KINDS.map((k) => KIND_NAMES[k]),
      '1977',
      '1978',
      '2026',
      '2027',
      '2010~1990',
      'dongcheng~xicheng~nowhere',
      '%',
      '%E4%B8',
    ),
    fc.integer({ min: 1900, max: 2100 }).map(String),
  );
  /** Query strings made of known and unknown parameters, repeated and malformed, and raw noise. */
  const addresses = fc.oneof(
    fc
      .array(fc.tuple(fc.constantFrom(...names), values), { maxLength: 10 })
      .map((pairs) => `?${pairs.map(([k, v]) => `${k}=${encodeURIComponent(v).replace(/%25/g, '%')}`).join('&')}`),
    fc.string({ unit: 'binary' }),
    fc.string().map((s) => `?${s}`),
  );

  const valid = (s: SearchState) => {
    const inOrder = (ids: readonly string[], known: readonly string[]) =>
      ids.every((id) => known.includes(id)) && ids.join() === known.filter((k) => ids.includes(k)).join();
    expect(typeof s.q).toBe('string');
    expect(s.q).toBe(s.q.trim());
    expect(Array.from(s.q).length).toBeLessThanOrEqual(MAX_URL_QUERY);
    expect(inOrder(s.districts, ctx.districts)).toBe(true);
    expect(inOrder(s.themes, ctx.themes)).toBe(true);
    expect(inOrder(s.kinds, KINDS)).toBe(true);
    expect(s.era === null || ctx.eras.includes(s.era)).toBe(true);
    for (const y of [s.from, s.to]) expect(y === null || (y >= ctx.minYear && y <= ctx.maxYear)).toBe(true);
    if (s.from !== null && s.to !== null) expect(s.from).toBeLessThanOrEqual(s.to);
  };

  it('gives a valid state for any string', () => {
    fc.assert(
      fc.property(addresses, (search) => {
        valid(parseSearchState(search, ctx));
      }),
      { numRuns: 2000 },
    );
  });

  it('serialises what it parsed to a stable address: parse ∘ serialise is the identity on what parse gives', () => {
    fc.assert(
      fc.property(addresses, (search) => {
        const state = parseSearchState(search, ctx);
        const canonical = serializeSearchState(state, ctx);
        expect(parseSearchState(canonical, ctx)).toEqual(state);
        expect(serializeSearchState(parseSearchState(canonical, ctx), ctx)).toBe(canonical);
      }),
      { numRuns: 2000 },
    );
  });
});
