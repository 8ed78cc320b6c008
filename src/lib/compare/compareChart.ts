// Geometry of the compare view's bar charts: one horizontal bar per district, lengths from zero on a
// linear scale. Positions along the bar are percentages of the bar area, so the SVG fits any width;
// rows are in pixels. The server renders it, and the page script reuses it when the selection changes.
import { yearScale } from '../timeline/timelineScale.ts';

export const BAR_CHART = {
  /** Height of one row (label, bar and value). */
  rowHeight: 30,
  barHeight: 16,
  /** Space above the first row and below the last. */
  padding: 6,
  /** The district labels take the left part of the chart, the bars the next part (percent of width). */
  labelWidth: 30,
  barArea: 52,
};

export interface BarInput {
  key: string;
  value: number;
}

export interface Bar extends BarInput {
  /** Start and length along the bar area, in percent of it. */
  x: number;
  width: number;
  /** Top of the row, in px. */
  y: number;
}

export interface BarChartLayout {
  bars: Bar[];
  height: number;
  /** x of the zero line, in percent of the bar area. */
  zero: number;
}

export function barChart(rows: readonly BarInput[]): BarChartLayout {
  const values = rows.map((r) => r.value);
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  // The timeline's linear scale serves any quantity: values to percent of the bar area.
  const scale = yearScale([lo, hi === lo ? lo + 1 : hi], [0, 100]);
  const zero = scale(0);
  const bars = rows.map((r, i) => {
    const end = scale(r.value);
    return {
      ...r,
      x: Math.min(zero, end),
      width: Math.abs(end - zero),
      y: BAR_CHART.padding + i * BAR_CHART.rowHeight,
    };
  });
  return { bars, height: BAR_CHART.padding * 2 + rows.length * BAR_CHART.rowHeight, zero };
}
