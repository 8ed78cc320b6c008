// Figures in words: the source's hedge and units kept, English numbers in full, no borrowed year.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { figureUnit, figureWhen, formatFigure, type Figure } from '../../../src/lib/format/figures.ts';
import { QUALIFIERS, UNITS } from '../../../src/lib/content/schemas.ts';
import { useTranslations } from '../../../src/i18n/index.ts';

const zh = useTranslations('zh');
const en = useTranslations('en');
const both = (f: Figure) => [formatFigure(f, 'zh', zh), formatFigure(f, 'en', en)];

describe('formatFigure', () => {
  it('says 万 and 亿 in Chinese and the whole number in English', () => {
    expect(both({ value: 24, unit: '10k-person-times', qualifier: 'about' })).toEqual([
      '约24万人次',
      'about 240,000 person-times',
    ]);
    expect(both({ value: 59, unit: '100m-yuan', qualifier: 'more-than' })).toEqual([
      '超过59亿元',
      'more than 5.9 billion yuan',
    ]);
    expect(both({ value: 1.5, unit: '10k-persons' })).toEqual(['1.5万人', '15,000 people']);
    expect(both({ value: 2.95, unit: '100m-yuan' })).toEqual(['2.95亿元', '295 million yuan']);
    expect(both({ value: 400, unit: '10k-yuan', qualifier: 'more-than' })).toEqual([
      '超过400万元',
      'more than 4 million yuan',
    ]);
    expect(both({ value: 11.97, unit: '10k-persons' })).toEqual(['11.97万人', '119,700 people']);
    expect(both({ value: 162.2, unit: '10k-persons' })).toEqual(['162.2万人', '1,622,000 people']);
  });
  it('keeps the hedge: nearly, more than, at least, about, up to', () => {
    expect(both({ value: 20000, unit: 'count', qualifier: 'nearly' })).toEqual(['近20,000个', 'nearly 20,000']);
    expect(both({ value: 550, unit: 'count', qualifier: 'more-than' })).toEqual(['超过550个', 'more than 550']);
    expect(both({ value: 90, unit: 'percent', qualifier: 'at-least' })).toEqual(['至少90%', 'at least 90%']);
    expect(both({ value: 4300, unit: 'yuan', qualifier: 'about' })).toEqual(['约4,300元', 'about 4,300 yuan']);
    expect(both({ value: 7000, unit: 'class-periods', qualifier: 'more-than' })).toEqual([
      '超过7,000课时',
      'more than 7,000 class periods',
    ]);
    expect(both({ value: 3, unit: 'permille', qualifier: 'up-to' })).toEqual(['至多3‰', 'up to 3‰']);
  });
  it('writes the unit apart when a column heads it', () => {
    expect(formatFigure({ value: 91.9, unit: '10k-persons' }, 'en', en, { withUnit: false })).toBe('919,000');
    expect(figureUnit('10k-persons', 'en', en)).toBe('people');
    expect(formatFigure({ value: 91.9, unit: '10k-persons' }, 'zh', zh, { withUnit: false })).toBe('91.9');
    expect(figureUnit('10k-persons', 'zh', zh)).toBe('万人');
    expect(figureUnit('100m-yuan', 'en', en)).toBe('yuan');
  });
  it('has words for every unit and qualifier, and never drops the hedge or the number', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...UNITS),
        fc.option(fc.constantFrom(...QUALIFIERS), { nil: undefined }),
        fc.double({ min: 0, max: 1e6, noNaN: true }).map((v) => Math.round(v * 100) / 100),
        (unit, qualifier, value) => {
          for (const [locale, t] of [
            ['zh', zh],
            ['en', en],
          ] as const) {
            const text = formatFigure({ value, unit, qualifier }, locale, t);
            if (qualifier) expect(text.startsWith(t(`qualifier.${qualifier}`))).toBe(true);
            expect(text).toMatch(/\d/);
            expect(text).not.toMatch(/×|undefined/);
          }
        },
      ),
    );
  });
});

describe('figureWhen', () => {
  it('gives a year, the period of an undated figure, or a target year, never a borrowed one', () => {
    expect(figureWhen({ year: 2015, target: false }, en)).toBe('2015');
    expect(figureWhen({ period: '2012/2021', target: false }, en)).toBe('2012–2021 (no year given)');
    expect(figureWhen({ period: '2012/2021', target: false }, zh)).toBe('2012—2021年间（未注明年份）');
    expect(figureWhen({ target: true }, en)).toBe('no target year given');
    expect(figureWhen({ year: 2020, target: true }, en)).toBe('2020 (target)');
  });
});
