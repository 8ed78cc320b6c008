// The years search covers: the timeline's span (first year to the build year), widened to any year
// the data reach beyond it. The year filter accepts these years, and a phase still under way covers
// them up to the last.
import { TIMELINE } from '../timeline/timelineConfig.ts';

export function searchYearSpan(dataYears: readonly number[]): [number, number] {
  // The timeline's axis ends at the start of the year after the last one it shows.
  const [first, end] = TIMELINE.bounds;
  let min = first;
  let max = end - 1;
  for (const year of dataYears) {
    if (year < min) min = year;
    if (year > max) max = year;
  }
  return [min, max];
}
