import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  YEAR_RANGE_PATTERN,
  compareDates,
  dateExtent,
  formatDate,
  htmlDateTime,
  isApproximate,
  overlapsYears,
  parseDate,
  toFractionalYear,
  yearSpan,
} from '../../../src/lib/format/dates.ts';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** Any date the model allows: a year, a month, a real day, or a span of years. */
const anyDate = fc.oneof(
  fc.integer({ min: 1000, max: 2999 }).map((y) => String(y)),
  fc
    .record({ y: fc.integer({ min: 1000, max: 2999 }), m: fc.integer({ min: 1, max: 12 }) })
    .map(({ y, m }) => `${y}-${pad(m)}`),
  fc
    .record({
      y: fc.integer({ min: 1000, max: 2999 }),
      m: fc.integer({ min: 1, max: 12 }),
      d: fc.integer({ min: 1, max: 31 }),
    })
    .map(({ y, m, d }) => `${y}-${pad(m)}-${pad(Math.min(d, daysIn(y, m)))}`),
  fc
    .tuple(fc.integer({ min: 1000, max: 2998 }), fc.integer({ min: 1, max: 60 }))
    .map(([y, n]) => `${y}/${Math.min(y + n, 2999)}`),
);

describe('parseDate', () => {
  it('keeps the precision the source gives', () => {
    expect(parseDate('2005')).toEqual({ year: 2005, precision: 'year' });
    expect(parseDate('2018-11')).toEqual({ year: 2018, month: 11, precision: 'month' });
    expect(parseDate('2010-07-01')).toEqual({ year: 2010, month: 7, day: 1, precision: 'day' });
    expect(parseDate('1989/1990')).toEqual({ year: 1989, endYear: 1990, precision: 'range' });
  });
  it('rejects what is not a date', () => {
    for (const bad of [
      '',
      '05',
      '2005-13',
      '2005-02-30',
      '2005/03',
      '2005-3',
      'abcd',
      '2005-00',
      '1990/1989',
      '1990/1990',
      '1989/1990-05',
      '1989-1990',
      '1989/90',
    ]) {
      expect(() => parseDate(bad), bad).toThrow();
    }
  });
  it('accepts every date the model allows', () => {
    fc.assert(fc.property(anyDate, (value) => void parseDate(value)));
  });
});

describe('YEAR_RANGE_PATTERN (the JSON Schema form of a span)', () => {
  const pattern = new RegExp(YEAR_RANGE_PATTERN, 'u');
  it('accepts exactly two years, the first before the second', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 9999 }), (a, b) => {
        expect(pattern.test(`${pad(a, 4)}/${pad(b, 4)}`)).toBe(a < b);
      }),
      { numRuns: 2000 },
    );
    for (const [a, b] of [
      [1989, 1990],
      [1999, 2000],
      [2009, 2010],
      [1000, 9999],
      [2016, 2020],
    ])
      expect(pattern.test(`${a}/${b}`)).toBe(true);
    for (const bad of ['1990/1989', '2000/2000', '1989/1990 ', '1989/19900', '1989-1990', '989/1990', ''])
      expect(pattern.test(bad), bad).toBe(false);
  });
  it('agrees with parseDate on spans', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{4}\/\d{4}$/), (value) => {
        let parsed = true;
        try {
          parseDate(value);
        } catch {
          parsed = false;
        }
        expect(pattern.test(value)).toBe(parsed);
      }),
    );
  });
});

describe('formatDate', () => {
  it('writes Chinese dates', () => {
    expect(formatDate('2005', 'zh')).toBe('2005年');
    expect(formatDate('2018-11', 'zh')).toBe('2018年11月');
    expect(formatDate('2010-07-01', 'zh')).toBe('2010年7月1日');
  });
  it('writes English dates', () => {
    expect(formatDate('2005', 'en')).toBe('2005');
    expect(formatDate('2018-11', 'en')).toBe('November 2018');
    expect(formatDate('2010-07-01', 'en')).toBe('1 July 2010');
  });
  it("writes a span as approximate, after the source's wording when there is one", () => {
    expect(formatDate('1989/1990', 'zh')).toBe('约1989—1990年');
    expect(formatDate('1989/1990', 'en')).toBe('c. 1989–1990');
    expect(formatDate('2016/2020', 'zh', '“十三五”时期')).toBe('“十三五”时期（约2016—2020年）');
    expect(formatDate('2016/2020', 'en', 'the 13th Five-Year Plan period')).toBe(
      'The 13th Five-Year Plan period (c. 2016–2020)',
    );
  });
  it('never says more than the date holds: no month or day for a year, both years of a span', () => {
    fc.assert(
      fc.property(anyDate, (value) => {
        const { precision, endYear } = parseDate(value);
        const en = formatDate(value, 'en');
        const zh = formatDate(value, 'zh');
        if (precision === 'year') expect([en, zh]).toEqual([value, `${value}年`]);
        if (precision !== 'day') expect(zh).not.toMatch(/日/);
        if (precision === 'range') {
          expect(en).toMatch(new RegExp(`^c\\. ${value.slice(0, 4)}–${endYear}$`));
          expect(zh).toMatch(/^约/);
        }
      }),
    );
  });
});

describe('dateExtent and toFractionalYear', () => {
  it('places a date at the start of the period it names', () => {
    expect(toFractionalYear('2005')).toBe(2005);
    expect(toFractionalYear('2005-01')).toBe(2005);
    expect(toFractionalYear('2005-07-02')).toBeCloseTo(2005.5, 2);
    expect(toFractionalYear('2005-12-31')).toBeLessThan(2006);
    expect(toFractionalYear('1989/1990')).toBe(1989);
  });
  it('covers the whole period', () => {
    expect(dateExtent('2005')).toEqual([2005, 2006]);
    expect(dateExtent('2005-12')[1]).toBe(2006);
    expect(dateExtent('2005-12-31')[1]).toBe(2006);
    expect(dateExtent('1989/1990')).toEqual([1989, 1991]);
  });
  it('is a non-empty interval inside the years the date touches, starting where toFractionalYear says', () => {
    fc.assert(
      fc.property(anyDate, (value) => {
        const [start, end] = dateExtent(value);
        const [first, last] = yearSpan(value);
        expect(start).toBe(toFractionalYear(value));
        expect(start).toBeLessThan(end);
        expect(start).toBeGreaterThanOrEqual(first);
        expect(end).toBeLessThanOrEqual(last + 1);
      }),
    );
  });
});

describe('isApproximate, yearSpan, overlapsYears, htmlDateTime', () => {
  it('tell a span from a point', () => {
    expect(isApproximate('1989/1990')).toBe(true);
    expect(isApproximate('1989')).toBe(false);
    expect(yearSpan('1989/1990')).toEqual([1989, 1990]);
    expect(yearSpan('2010-07-01')).toEqual([2010, 2010]);
    expect(htmlDateTime('1989/1990')).toBeUndefined();
    expect(htmlDateTime('2018-11')).toBe('2018-11');
  });
  it('keep a span in a year filter that overlaps it', () => {
    expect(overlapsYears('1989/1990', 1990, 2000)).toBe(true);
    expect(overlapsYears('1989/1990', 1980, 1989)).toBe(true);
    expect(overlapsYears('1989/1990', 1991, 2000)).toBe(false);
    expect(overlapsYears('2005-03', 2005, 2005)).toBe(true);
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 1000, max: 2999 }), fc.integer({ min: 0, max: 40 }), (value, from, n) => {
        const [first, last] = yearSpan(value);
        const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
        expect(overlapsYears(value, from, from + n)).toBe(years.some((y) => y >= from && y <= from + n));
      }),
    );
  });
});

describe('compareDates', () => {
  it('orders chronologically, the coarser date first within a period', () => {
    const sorted = ['2010-07-01', '2005', '2010', '2010-07', '1978'].sort(compareDates);
    expect(sorted).toEqual(['1978', '2005', '2010', '2010-07', '2010-07-01']);
  });
  it('puts a span by its start, before the dates it contains', () => {
    const sorted = ['1990', '1989-05', '1989', '1988', '1989/1990', '1989/1992'].sort(compareDates);
    expect(sorted).toEqual(['1988', '1989/1992', '1989/1990', '1989', '1989-05', '1990']);
  });
  it('is a total order that agrees with the start of each date', () => {
    fc.assert(
      fc.property(anyDate, anyDate, anyDate, (a, b, c) => {
        // Antisymmetric (a sum, since -Math.sign(0) is -0, which toBe tells from 0).
        expect(Math.sign(compareDates(a, b)) + Math.sign(compareDates(b, a))).toBe(0);
        expect(compareDates(a, b) === 0).toBe(a === b);
        if (compareDates(a, b) <= 0 && compareDates(b, c) <= 0) expect(compareDates(a, c)).toBeLessThanOrEqual(0);
        if (toFractionalYear(a) < toFractionalYear(b)) expect(compareDates(a, b)).toBeLessThan(0);
      }),
    );
  });
});
