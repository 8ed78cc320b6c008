import { describe, expect, it } from 'vitest';
import { dayInWords, isoDay } from '../../../src/lib/cite/citationDates.ts';

describe('days', () => {
  it('isoDay formats the local calendar day with leading zeros', () => {
    expect(isoDay(new Date(2025, 0, 5, 23, 59))).toBe('2025-01-05');
    expect(isoDay(new Date(2024, 11, 31, 0, 0))).toBe('2024-12-31');
  });
  it('dayInWords writes the day as APA does in each language', () => {
    expect(dayInWords('2025-06-01', 'en')).toBe('June 1, 2025');
    expect(dayInWords('2025-06-01', 'zh')).toBe('2025年6月1日');
    expect(dayInWords('2025-12-31', 'en', 'month')).toBe('December 31');
  });
});
