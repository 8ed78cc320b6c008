// Which figures can be compared between districts. A metric is compared only where at least two of
// the selected districts have it; "same year" groups hold the figures of one year, and where districts
// only have the metric for different years, their latest figures are listed, never charted together.
// Several records for one district, metric and year (two documents) are kept: equal values are
// merged with all their sources, different values are both shown and the group is marked as disputed.
// Only measurements are compared: a target is never set beside a measured figure. A figure the source
// gives no year for (a `period`) is never charted as a year's value; it is listed with its period.

export interface ComparableIndicator {
  id: string;
  district: string;
  year?: number;
  period?: string;
  target: boolean;
  metric: string;
  value: number;
  qualifier?: string;
  unit: string;
  label: { zh: string; en: string };
  source: { document: string; section: string };
  note?: { zh: string; en: string };
}

export interface ComparisonEntry<I extends ComparableIndicator = ComparableIndicator> {
  district: string;
  value: number;
  /** How the sources hedge the value ("more-than"…); a hedged and an exact value are different figures. */
  qualifier?: string;
  /** The records that give this value (several documents may agree). */
  records: I[];
}

export interface ComparisonGroup<I extends ComparableIndicator = ComparableIndicator> {
  /** e.g. "engel-coefficient-2015"; unique per group. */
  key: string;
  metric: string;
  year: number;
  unit: string;
  label: { zh: string; en: string };
  /** In district order; a district has more than one entry only when its sources disagree. */
  entries: ComparisonEntry<I>[];
  /** The distinct districts, in district order. */
  districts: string[];
  /** True when a district has two different values for this year. */
  disputed: boolean;
}

export interface LatestByDistrict<I extends ComparableIndicator = ComparableIndicator> {
  metric: string;
  unit: string;
  label: { zh: string; en: string };
  /**
   * Each district's latest year for the metric, with that year's entries, in district order; a district
   * whose figures have no year has the period they fall in instead.
   */
  latest: { district: string; year?: number; period?: string; entries: ComparisonEntry<I>[] }[];
}

/** When a latest figure holds, as a key that tells years and periods apart ("2015", "2012/2021"). */
export const latestWhen = (l: { year?: number; period?: string }): string => l.period ?? String(l.year);

/** Measurements only: targets are never compared with them. */
const measured = <I extends ComparableIndicator>(indicators: readonly I[], districtOrder: readonly string[]) =>
  indicators.filter((i) => !i.target && districtOrder.includes(i.district));

function entriesOf<I extends ComparableIndicator>(
  records: readonly I[],
  districtOrder: readonly string[],
): ComparisonEntry<I>[] {
  const entries: ComparisonEntry<I>[] = [];
  for (const district of districtOrder) {
    for (const r of records
      .filter((x) => x.district === district)
      .sort((a, b) => a.value - b.value || (a.id < b.id ? -1 : 1))) {
      const same = entries.find((e) => e.district === district && e.value === r.value && e.qualifier === r.qualifier);
      if (same) same.records.push(r);
      else entries.push({ district, value: r.value, ...(r.qualifier ? { qualifier: r.qualifier } : {}), records: [r] });
    }
  }
  return entries;
}

const groupBy = <T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> => {
  const map = new Map<K, T[]>();
  for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
  return map;
};

/** Every metric-and-year for which at least two districts have a figure, by metric, then latest year first. */
export function sameYearGroups<I extends ComparableIndicator>(
  indicators: readonly I[],
  districtOrder: readonly string[],
): ComparisonGroup<I>[] {
  const known = measured(indicators, districtOrder).filter((i) => i.year !== undefined);
  const groups: ComparisonGroup<I>[] = [];
  for (const [key, records] of groupBy(known, (i) => `${i.metric}-${i.year}`)) {
    const entries = entriesOf(records, districtOrder);
    const districts = districtOrder.filter((d) => entries.some((e) => e.district === d));
    if (districts.length < 2) continue;
    const first = records[0];
    groups.push({
      key,
      metric: first.metric,
      year: first.year!,
      unit: first.unit,
      label: first.label,
      entries,
      districts,
      disputed: entries.length > districts.length,
    });
  }
  return groups.sort((a, b) => (a.metric < b.metric ? -1 : a.metric > b.metric ? 1 : b.year - a.year));
}

/** Every metric that at least two districts have, with each district's latest figures. */
export function latestByDistrict<I extends ComparableIndicator>(
  indicators: readonly I[],
  districtOrder: readonly string[],
): LatestByDistrict<I>[] {
  const known = measured(indicators, districtOrder);
  const out: LatestByDistrict<I>[] = [];
  for (const [metric, records] of groupBy(known, (i) => i.metric)) {
    const latest = districtOrder
      .map((district) => {
        const own = records.filter((r) => r.district === district);
        const dated = own.filter((r) => r.year !== undefined);
        if (dated.length > 0) {
          const year = Math.max(...dated.map((r) => r.year!));
          return {
            district,
            year,
            entries: entriesOf(
              dated.filter((r) => r.year === year),
              [district],
            ),
          };
        }
        // No dated figure: the undated ones, with the period they fall in (the latest such period).
        const period = own
          .map((r) => r.period)
          .filter((p) => p !== undefined)
          .sort()
          .at(-1);
        if (period === undefined) return undefined;
        return {
          district,
          period,
          entries: entriesOf(
            own.filter((r) => r.period === period),
            [district],
          ),
        };
      })
      .filter((x) => x !== undefined);
    if (latest.length < 2) continue;
    out.push({ metric, unit: records[0].unit, label: records[0].label, latest });
  }
  return out.sort((a, b) => (a.metric < b.metric ? -1 : 1));
}

/** A same-year group is shown when at least two selected districts are in it. */
export function groupVisible(groupDistricts: readonly string[], selected: readonly string[]): boolean {
  return groupDistricts.filter((d) => selected.includes(d)).length >= 2;
}

/**
 * A metric is listed under "different years" when at least two selected districts have it and their
 * latest years are not all the same (if they were, the same-year chart already compares them).
 */
export function differentYearsVisible(
  latestYears: Readonly<Record<string, number | string>>,
  selected: readonly string[],
): boolean {
  const years = selected.filter((d) => d in latestYears).map((d) => latestYears[d]);
  return years.length >= 2 && new Set(years).size > 1;
}
