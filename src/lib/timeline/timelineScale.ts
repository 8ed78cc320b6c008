// The time axis: a linear map from fractional years to pixels, and year ticks that stay legible at
// any zoom level. Small enough for the browser, where it runs on every zoom frame.

export interface YearScale {
  (t: number): number;
  invert(x: number): number;
  domain: readonly [number, number];
  range: readonly [number, number];
}

export function yearScale(domain: readonly [number, number], range: readonly [number, number]): YearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const k = (r1 - r0) / (d1 - d0);
  const scale = ((t: number) => r0 + (t - d0) * k) as YearScale;
  scale.invert = (x: number) => d0 + (x - r0) / k;
  scale.domain = domain;
  scale.range = range;
  return scale;
}

const STEPS = [1, 2, 5, 10, 20, 50];

/** Whole years between `from` and `to`, at the smallest step of 1, 2, 5, 10… that leaves `minSpacing` px. */
export function yearTicks(from: number, to: number, pixelsPerYear: number, minSpacing = 44): number[] {
  const step = STEPS.find((s) => s * pixelsPerYear >= minSpacing) ?? STEPS[STEPS.length - 1];
  const ticks: number[] = [];
  for (let year = Math.ceil(from / step) * step; year <= to; year += step) ticks.push(year);
  return ticks;
}
