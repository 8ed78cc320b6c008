import { describe, expect, it } from 'vitest';
import { compareDates, formatDate, parseDate, toFractionalYear } from '../../../src/lib/format/dates.ts';

describe('parseDate', () => {
  it('keeps the precision the source gives', () => {
    expect(parseDate('2005')).toEqual({ year: 2005, precision: 'year' });
    expect(parseDate('2018-11')).toEqual({ year: 2018, month: 11, precision: 'month' });
    expect(parseDate('2010-07-01')).toEqual({ year: 2010, month: 7, day: 1, precision: 'day' });
  });
  it('rejects what is not a date', () => {
    for (const bad of ['', '05', '2005-13', '2005-02-30', '2005/03', '2005-3', 'abcd', '2005-00']) {
      expect(() => parseDate(bad)).toThrow();
    }
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
});

describe('toFractionalYear', () => {
  it('places a date at the start of the period it names', () => {
    expect(toFractionalYear('2005')).toBe(2005);
    expect(toFractionalYear('2005-01')).toBe(2005);
    expect(toFractionalYear('2005-07-02')).toBeCloseTo(2005.5, 2);
    expect(toFractionalYear('2005-12-31')).toBeLessThan(2006);
  });
});

describe('compareDates', () => {
  it('orders chronologically, the coarser date first within a period', () => {
    const sorted = ['2010-07-01', '2005', '2010', '2010-07', '1978'].sort(compareDates);
    expect(sorted).toEqual(['1978', '2005', '2010', '2010-07', '2010-07-01']);
  });
});
