// When each district first did what: for every theme, the earliest milestone of each district tagged
// with it. Derived only from milestone themes and dates. A record a district's source cites as context
// (a national or city-wide decision, `scope`) is not something the district did, so it is left out.
import { compareDates, yearSpan } from '../format/dates.ts';

export interface MatrixMilestone {
  id: string;
  district: string;
  date: string;
  themes: readonly string[];
  scope?: string;
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
  const sorted = milestones.filter((m) => districts.includes(m.district) && !m.scope).sort(byDate);
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
 * The selected districts that did it first. Years decide, so that "2008" and "2008-03" count as the
 * same year and a coarse date is never read as earlier than a precise one; a span of years ties with
 * every date it may include. Empty when fewer than two selected districts have the theme (nothing to
 * compare), when all tie, and when a compared district's record only begins after the earliest date
 * (`from`: the first year each district's sources cover), since no record there is not no event.
 */
export function firstDistricts(
  cells: Readonly<Record<string, { date: string }>>,
  selected: readonly string[],
  from: Readonly<Record<string, number>> = {},
): string[] {
  const present = selected.filter((d) => cells[d]);
  if (present.length < 2) return [];
  const span = (d: string) => yearSpan(cells[d].date);
  const earliest = Math.min(...present.map((d) => span(d)[0]));
  if (present.some((d) => (from[d] ?? earliest) > earliest)) return [];
  // Whoever may have come first: starts no later than the earliest a district certainly had it.
  const certain = Math.min(...present.map((d) => span(d)[1]));
  const first = present.filter((d) => span(d)[0] <= certain);
  return first.length === present.length ? [] : first;
}
