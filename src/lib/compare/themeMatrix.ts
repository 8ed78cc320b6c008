// When each district first did what: for every theme, the earliest milestone of each district tagged
// with it. Derived only from milestone themes and dates.
import { compareDates } from '../format/dates.ts';

export interface MatrixMilestone {
  id: string;
  district: string;
  date: string;
  themes: readonly string[];
}

export interface MatrixCell {
  /** The district's first milestone with this theme. */
  id: string;
  date: string;
  /** How many milestones of this district carry the theme (the first included). */
  count: number;
}

export interface MatrixRow {
  theme: string;
  /** One entry per district that has the theme; districts without it are absent. */
  cells: Record<string, MatrixCell>;
}

const byDate = (a: MatrixMilestone, b: MatrixMilestone) =>
  compareDates(a.date, b.date) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** One row per theme (in the order given) that at least one of `districts` has. */
export function themeMatrix(
  milestones: readonly MatrixMilestone[],
  themes: readonly string[],
  districts: readonly string[],
): MatrixRow[] {
  const sorted = milestones.filter((m) => districts.includes(m.district)).sort(byDate);
  const rows: MatrixRow[] = [];
  for (const theme of themes) {
    const cells: Record<string, MatrixCell> = {};
    for (const m of sorted) {
      if (!m.themes.includes(theme)) continue;
      const cell = cells[m.district];
      if (cell) cell.count++;
      else cells[m.district] = { id: m.id, date: m.date, count: 1 };
    }
    if (Object.keys(cells).length > 0) rows.push({ theme, cells });
  }
  return rows;
}

/** Whether a row has anything to show for the selected districts. */
export function rowVisible(districtsWithTheme: readonly string[], selected: readonly string[]): boolean {
  return districtsWithTheme.some((d) => selected.includes(d));
}

/**
 * The selected districts that did it first (by the year, so that "2008" and "2008-03" count as the same
 * year and a coarse date is never read as earlier than a precise one). Empty when fewer than two
 * selected districts have the theme: there is nothing to compare.
 */
export function firstDistricts(
  cells: Readonly<Record<string, { date: string }>>,
  selected: readonly string[],
): string[] {
  const present = selected.filter((d) => cells[d]);
  if (present.length < 2) return [];
  const year = (d: string) => Number(cells[d].date.slice(0, 4));
  const min = Math.min(...present.map(year));
  const first = present.filter((d) => year(d) === min);
  return first.length === present.length ? [] : first;
}
