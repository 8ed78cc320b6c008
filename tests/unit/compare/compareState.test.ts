import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  defaultCompareState,
  isValidSelection,
  parseCompareState,
  serializeCompareState,
  toggleDistrict,
  type CompareContext,
} from '../../../src/lib/compare/compareState.ts';
import { queryOf } from '../../fixtures/urlArbitraries.ts';

const ctx: CompareContext = {
  districts: ['dongcheng', 'xicheng', 'haidian', 'beijing'],
  defaults: ['dongcheng', 'xicheng', 'haidian'],
};
const DEFAULT = { districts: ['dongcheng', 'xicheng', 'haidian'] };

describe('compare URL state', () => {
  it('defaults to Dongcheng, Xicheng and Haidian', () => {
    expect(defaultCompareState(ctx)).toEqual(DEFAULT);
    expect(parseCompareState('', ctx)).toEqual(DEFAULT);
  });

  it('parses the documented example and keeps canonical order', () => {
    expect(parseCompareState('?d=dongcheng~xicheng', ctx)).toEqual({ districts: ['dongcheng', 'xicheng'] });
    expect(parseCompareState('?d=beijing~haidian~dongcheng', ctx)).toEqual({
      districts: ['dongcheng', 'haidian', 'beijing'],
    });
    expect(parseCompareState(new URLSearchParams('d=xicheng~beijing'), ctx)).toEqual({
      districts: ['xicheng', 'beijing'],
    });
  });

  it('survives a serialise and parse round trip for every selection of two to four', () => {
    const all = ctx.districts;
    let count = 0;
    for (let mask = 0; mask < 1 << all.length; mask++) {
      const districts = all.filter((_, i) => mask & (1 << i));
      if (districts.length < 2) continue;
      count++;
      const query = serializeCompareState({ districts }, ctx);
      expect(parseCompareState(query, ctx)).toEqual({ districts });
    }
    expect(count).toBe(11);
  });

  it('writes nothing for the default, and ?d= in canonical order otherwise', () => {
    expect(serializeCompareState(DEFAULT, ctx)).toBe('');
    expect(serializeCompareState({ districts: ['xicheng', 'dongcheng'] }, ctx)).toBe('?d=dongcheng~xicheng');
    expect(serializeCompareState({ districts: ['beijing', 'haidian', 'xicheng', 'dongcheng'] }, ctx)).toBe(
      '?d=dongcheng~xicheng~haidian~beijing',
    );
  });

  it('falls back to the default for malformed values or fewer than two valid districts', () => {
    const bad = [
      '?d=',
      '?d=dongcheng',
      '?d=dongcheng~dongcheng',
      '?d=dongcheng~nowhere',
      '?d=nowhere~elsewhere',
      '?d=~~~',
      '?d=Dongcheng~Xicheng',
      '?d=dongcheng,xicheng',
      '?d=dongcheng xicheng',
      '?d=<script>alert(1)</script>',
      '?d=../../etc/passwd',
      '?d=%E4%B8%9C%E5%9F%8E~xicheng',
      '?d=%E4%B8',
      '?x=dongcheng~xicheng',
    ];
    for (const query of bad) expect(parseCompareState(query, ctx), query).toEqual(DEFAULT);
  });

  it('reads lists as every page does: "~", empty items or the parameter repeated', () => {
    const two = { districts: ['dongcheng', 'xicheng'] };
    for (const query of ['?d=dongcheng~~xicheng', '?d=dongcheng~xicheng~', '?d=xicheng&d=dongcheng'])
      expect(parseCompareState(query, ctx), query).toEqual(two);
  });

  it('ignores unknown names when at least two known districts remain', () => {
    expect(parseCompareState('?d=dongcheng~atlantis~xicheng', ctx)).toEqual({ districts: ['dongcheng', 'xicheng'] });
  });

  it('never serialises an invalid selection', () => {
    expect(serializeCompareState({ districts: ['dongcheng'] }, ctx)).toBe('');
    expect(serializeCompareState({ districts: [] }, ctx)).toBe('');
    expect(isValidSelection(['dongcheng', 'nowhere'], ctx)).toBe(false);
    expect(isValidSelection(['dongcheng', 'dongcheng'], ctx)).toBe(false);
  });

  it('toggles a district but never below two', () => {
    expect(toggleDistrict(DEFAULT, 'beijing', true, ctx)).toEqual({
      districts: ['dongcheng', 'xicheng', 'haidian', 'beijing'],
    });
    expect(toggleDistrict(DEFAULT, 'xicheng', false, ctx)).toEqual({ districts: ['dongcheng', 'haidian'] });
    expect(toggleDistrict({ districts: ['dongcheng', 'haidian'] }, 'haidian', false, ctx)).toBeNull();
    expect(toggleDistrict(DEFAULT, 'nowhere', true, ctx)).toEqual(DEFAULT);
  });
});

describe('compare URL state, for any query', () => {
  const query = queryOf(['d'], ctx.districts);

  it('gives a valid selection', () => {
    fc.assert(
      fc.property(query, (search) => {
        expect(isValidSelection(parseCompareState(search, ctx).districts, ctx)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('is stable once written back', () => {
    fc.assert(
      fc.property(query, (search) => {
        const state = parseCompareState(search, ctx);
        const canonical = serializeCompareState(state, ctx);
        expect(parseCompareState(canonical, ctx)).toEqual(state);
        expect(serializeCompareState(parseCompareState(canonical, ctx), ctx)).toBe(canonical);
      }),
      { numRuns: 500 },
    );
  });
});
