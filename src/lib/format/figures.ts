// Figures as a reader says them. Chinese keeps the source's own units (24万人次, 59亿元); English says
// the number in full (240,000 person-times, 5.9 billion yuan), not "24 ×10,000". A hedged value keeps
// its hedge (近2万家 → "nearly 20,000"), and a figure without a year says so instead of borrowing one.
import type { Locale } from '../site/paths.ts';
import type { MessageKey } from '../../i18n/index.ts';
import type { Qualifier, Unit } from '../content/schemas.ts';
import { formatNumber } from './formatNumber.ts';
import { yearSpan } from './dates.ts';

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

export interface Figure {
  value: number;
  unit: Unit;
  qualifier?: Qualifier;
}

/** Units counted in 10,000s or 100 millions, and the unit they multiply out to in English. */
const SCALED: Partial<Record<Unit, { unit: Unit; factor: number }>> = {
  '10k-persons': { unit: 'persons', factor: 1e4 },
  '10k-person-times': { unit: 'person-times', factor: 1e4 },
  '10k-yuan': { unit: 'yuan', factor: 1e4 },
  '100m-yuan': { unit: 'yuan', factor: 1e8 },
};
/** Units written straight after the number, without a space. */
const TIGHT = new Set<Unit>(['percent', 'permille']);

/** The number and the unit it is shown in (English multiplies out 万 and 亿). */
function inWords(f: Figure, locale: Locale, t: Translate): { number: string; unit: Unit; unitWord: string } {
  const scaled = locale === 'en' ? SCALED[f.unit] : undefined;
  if (!scaled) return { number: formatNumber(f.value, locale), unit: f.unit, unitWord: t(`unit.${f.unit}`) };
  const value = f.value * scaled.factor;
  // Large sums of money read as millions and billions; people are counted in full.
  let [size, word] = [1, ''];
  if (scaled.unit === 'yuan' && value >= 1e9) [size, word] = [1e9, 'billion'];
  else if (scaled.unit === 'yuan' && value >= 1e6) [size, word] = [1e6, 'million'];
  const number = `${formatNumber(value / size, locale)}${word ? ` ${word}` : ''}`;
  return { number, unit: scaled.unit, unitWord: t(`unit.${scaled.unit}`) };
}

/**
 * The unit a column of figures is headed with when its cells are written `withUnit: false`: the same
 * for every figure of one unit ("people" for 10k-persons in English, "万人" in Chinese); "" for a count
 * in English.
 */
export function figureUnit(unit: Unit, locale: Locale, t: Translate): string {
  return t(`unit.${locale === 'en' ? (SCALED[unit]?.unit ?? unit) : unit}`);
}

/** "约4300元", "more than 5.9 billion yuan", "nearly 20,000", "at least 90%". */
export function formatFigure(f: Figure, locale: Locale, t: Translate, { withUnit = true } = {}): string {
  const { number, unit, unitWord } = inWords(f, locale, t);
  const gap = locale === 'zh' || TIGHT.has(unit) ? '' : ' ';
  const quantity = withUnit && unitWord ? `${number}${gap}${unitWord}` : number;
  if (!f.qualifier) return quantity;
  return `${t(`qualifier.${f.qualifier}`)}${locale === 'zh' ? '' : ' '}${quantity}`;
}

export interface FigureTime {
  year?: number;
  period?: string;
  target: boolean;
}

/** When a figure holds: "2015", "2012–2021 (no year given)", "2020 (target)", "no target year given". */
export function figureWhen(i: FigureTime, t: Translate): string {
  if (i.period) {
    const [from, to] = yearSpan(i.period);
    return t('indicator.undated', { from, to });
  }
  if (i.year === undefined) return t('indicator.noTargetYear');
  return i.target ? t('indicator.targetYear', { year: i.year }) : String(i.year);
}
