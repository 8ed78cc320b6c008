// The years search covers: the timeline's span (first year to the build year), widened to any year
// the data reach beyond it. The year filter accepts these years, and a phase still under way covers
// them up to the last. The index (build/searchCorpus.ts) and the search page compute it alike.
import { TIMELINE } from '../timeline/timelineConfig.ts';
import { yearSpan } from '../format/dates.ts';

/** The years the records name: milestones' dates, phases' spans, figures' years, plans' periods. */
export interface DatedRecords {
  milestones: readonly { date: string }[];
  eras: readonly { start: number; end: number | null }[];
  indicators: readonly { year?: number; period?: string }[];
  plans: readonly { period: readonly number[] }[];
}

export function searchYearSpan(records: DatedRecords): [number, number] {
  // The timeline's axis ends at the start of the year after the last one it shows.
  let [min, max] = [TIMELINE.bounds[0], TIMELINE.bounds[1] - 1];
  const years = [
    ...records.milestones.flatMap((m) => yearSpan(m.date)),
    ...records.eras.flatMap((e) => (e.end === null ? [e.start] : [e.start, e.end])),
    ...records.indicators.flatMap((i) => (i.year !== undefined ? [i.year] : i.period ? yearSpan(i.period) : [])),
    ...records.plans.flatMap((p) => p.period),
  ];
  for (const year of years) {
    if (year < min) min = year;
    if (year > max) max = year;
  }
  return [min, max];
}
