import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  defaultState,
  parseState,
  readState,
  serializeState,
  type StateContext,
} from '../../../src/lib/timeline/timelineState.ts';
import { queryOf } from '../../fixtures/urlArbitraries.ts';

const ctx: StateContext = {
  districts: ['dongcheng', 'xicheng', 'haidian', 'beijing'],
  themes: ['party-building', 'grid-management', 'elderly-care'],
  milestones: new Set(['dongcheng-2005-grid', 'xicheng-2010-merger']),
  minYear: 1978,
  maxYear: 2026,
};

describe('timeline URL state', () => {
  it('parses the documented example', () => {
    expect(parseState('?d=dongcheng~xicheng&t=grid-management&from=1997&to=2012&m=dongcheng-2005-grid', ctx)).toEqual({
      districts: ['dongcheng', 'xicheng'],
      themes: ['grid-management'],
      from: 1997,
      to: 2012,
      m: 'dongcheng-2005-grid',
    });
  });

  it('survives a serialise and parse round trip', () => {
    const states = [
      defaultState(ctx),
      { districts: ['xicheng'], themes: [], from: 1978, to: 2026, m: null },
      {
        districts: ['dongcheng', 'haidian'],
        themes: ['party-building', 'elderly-care'],
        from: 1990,
        to: 1990,
        m: 'xicheng-2010-merger',
      },
    ];
    for (const state of states) expect(parseState(serializeState(state, ctx), ctx)).toEqual(state);
  });

  it('writes nothing for the default view and canonical order otherwise', () => {
    expect(serializeState(defaultState(ctx), ctx)).toBe('');
    expect(serializeState({ ...defaultState(ctx), districts: ['xicheng', 'dongcheng'] }, ctx)).toBe(
      '?d=dongcheng~xicheng',
    );
  });

  it('reads lists as every page does: "~" or the parameter repeated', () => {
    expect(parseState('?d=haidian&d=dongcheng~nowhere&t=elderly-care', ctx)).toMatchObject({
      districts: ['dongcheng', 'haidian'],
      themes: ['elderly-care'],
    });
  });

  it('falls back to the default view for malformed or unknown values', () => {
    const fallback = defaultState(ctx);
    const bad = [
      '',
      '?',
      '?d=',
      '?d=nowhere',
      '?d=~~~',
      '?t=<script>alert(1)</script>',
      '?from=abc&to=xyz',
      '?from=19999&to=-1',
      '?m=does-not-exist',
      '?m=../../etc/passwd',
      `?t=${'x'.repeat(5000)}`,
      '?from=1e3&to=0x7d0',
      '?%E0%A4%A=1',
      '?d=%E4%B8',
    ];
    for (const search of bad) expect(parseState(search, ctx), search).toEqual(fallback);
  });

  it('ignores a year outside the timeline and says so; turns a backwards range round', () => {
    expect(readState('?from=2100', ctx)).toEqual({
      state: defaultState(ctx),
      adjusted: { outside: [2100], swapped: false },
    });
    expect(readState('?to=1977', ctx)).toEqual({
      state: defaultState(ctx),
      adjusted: { outside: [1977], swapped: false },
    });
    expect(readState('?from=2012&to=1997', ctx)).toEqual({
      state: { ...defaultState(ctx), from: 1997, to: 2012 },
      adjusted: { outside: [], swapped: true },
    });
    expect(readState('?d=xicheng~nowhere~xicheng&t=bogus~elderly-care&from=1950&to=2010', ctx)).toEqual({
      state: { districts: ['xicheng'], themes: ['elderly-care'], from: 1978, to: 2010, m: null },
      adjusted: { outside: [1950], swapped: false },
    });
  });
});

describe('timeline URL state, for any query', () => {
  const query = queryOf(
    ['d', 't', 'from', 'to', 'm'],
    [...ctx.districts, ...ctx.themes, ...ctx.milestones, '1990', '2010'],
  );

  it('gives a valid state', () => {
    fc.assert(
      fc.property(query, (search) => {
        const s = parseState(search, ctx);
        expect(s.districts.length).toBeGreaterThan(0);
        expect(s.districts).toEqual(ctx.districts.filter((id) => s.districts.includes(id)));
        expect(s.themes).toEqual(ctx.themes.filter((id) => s.themes.includes(id)));
        expect(Number.isInteger(s.from) && Number.isInteger(s.to)).toBe(true);
        expect(ctx.minYear <= s.from && s.from <= s.to && s.to <= ctx.maxYear).toBe(true);
        expect(s.m === null || ctx.milestones.has(s.m)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('is stable once written back: serialize(parse(x)) reads as the same state and writes the same', () => {
    fc.assert(
      fc.property(query, (search) => {
        const state = parseState(search, ctx);
        const canonical = serializeState(state, ctx);
        expect(parseState(canonical, ctx)).toEqual(state);
        expect(serializeState(parseState(canonical, ctx), ctx)).toBe(canonical);
        expect(readState(canonical, ctx).adjusted).toEqual({ outside: [], swapped: false });
      }),
      { numRuns: 500 },
    );
  });
});
