import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adjustmentNote, fitYearRange, parseYear, pickIds } from '../../../src/lib/site/urlParams.ts';

describe('pickIds', () => {
  const known = ['dongcheng', 'xicheng', 'haidian'];
  it('reads "~" lists and repeated values, keeps known ids once, in canonical order', () => {
    expect(pickIds(['haidian~dongcheng', 'haidian', 'chaoyang'], known)).toEqual(['dongcheng', 'haidian']);
  });
  it('gives nothing for nothing known', () => {
    expect(pickIds([], known)).toEqual([]);
    expect(pickIds(['%E4', '~~', ''], known)).toEqual([]);
  });
  it('gives known ids only, once each, in canonical order, for any values', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.constantFrom(...known, 'haidian~xicheng'))), (values) => {
        const ids = pickIds(values, known);
        expect(ids).toEqual(known.filter((id) => ids.includes(id)));
      }),
    );
  });
});

describe('parseYear', () => {
  it('accepts four digits only', () => {
    expect(parseYear(' 1997 ')).toBe(1997);
    for (const bad of [null, undefined, '', '97', '1997.5', '１９９７', '1997a', '-1997'])
      expect(parseYear(bad)).toBeNull();
  });
});

describe('fitYearRange', () => {
  const span = [1978, 2026] as const;
  it('keeps a range inside the span', () => {
    expect(fitYearRange(1990, 2000, span)).toEqual({ from: 1990, to: 2000, adjusted: { outside: [], swapped: false } });
  });
  it('ignores years outside the span and says which', () => {
    expect(fitYearRange(2100, null, span)).toEqual({
      from: null,
      to: null,
      adjusted: { outside: [2100], swapped: false },
    });
    expect(fitYearRange(1990, 1977, span)).toEqual({
      from: 1990,
      to: null,
      adjusted: { outside: [1977], swapped: false },
    });
  });
  it('turns a backwards range round', () => {
    expect(fitYearRange(2010, 1990, span)).toEqual({ from: 1990, to: 2010, adjusted: { outside: [], swapped: true } });
  });
  it('always gives an ordered range inside the span', () => {
    const year = fc.option(fc.integer({ min: 0, max: 9999 }));
    fc.assert(
      fc.property(year, year, (from, to) => {
        const r = fitYearRange(from, to, span);
        for (const y of [r.from, r.to]) if (y !== null) expect(y >= span[0] && y <= span[1]).toBe(true);
        if (r.from !== null && r.to !== null) expect(r.from <= r.to).toBe(true);
      }),
    );
  });
});

describe('adjustmentNote', () => {
  const templates = { outside: '{years} is outside {from}–{to}.', swapped: 'Turned round.' };
  it('says what was ignored and what was turned round, or nothing', () => {
    expect(adjustmentNote({ outside: [], swapped: false }, [1978, 2026], templates)).toBe('');
    expect(adjustmentNote({ outside: [2100, 1900], swapped: false }, [1978, 2026], templates)).toBe(
      '2100, 1900 is outside 1978–2026.',
    );
    expect(adjustmentNote({ outside: [], swapped: true }, [1978, 2026], templates)).toBe('Turned round.');
  });
});
