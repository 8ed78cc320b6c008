// Where to go from a milestone: the previous and next milestone in its district, and milestones of
// other districts that share one of its themes (the nearest in time first chosen, then shown in time
// order).
import { compareDates, toFractionalYear } from '../format/dates.ts';

export interface RelatableMilestone {
  id: string;
  district: string;
  date: string;
  themes: readonly string[];
}

const byDate = (a: RelatableMilestone, b: RelatableMilestone) =>
  compareDates(a.date, b.date) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function districtNeighbours<M extends RelatableMilestone>(
  milestones: readonly M[],
  id: string,
): { previous?: M; next?: M } {
  const self = milestones.find((m) => m.id === id);
  if (!self) return {};
  const own = milestones.filter((m) => m.district === self.district).sort(byDate);
  const i = own.findIndex((m) => m.id === id);
  return { previous: own[i - 1], next: own[i + 1] };
}

export interface RelatedGroup<M> {
  theme: string;
  /** At most `limit` milestones, in time order. */
  items: M[];
  /** All milestones of other districts with this theme. */
  total: number;
}

export function relatedByTheme<M extends RelatableMilestone>(
  milestones: readonly M[],
  id: string,
  limit = 4,
): RelatedGroup<M>[] {
  const self = milestones.find((m) => m.id === id);
  if (!self) return [];
  const t = toFractionalYear(self.date);
  return self.themes
    .map((theme) => {
      const others = milestones.filter((m) => m.district !== self.district && m.themes.includes(theme));
      const nearest = [...others]
        .sort((a, b) => Math.abs(toFractionalYear(a.date) - t) - Math.abs(toFractionalYear(b.date) - t) || byDate(a, b))
        .slice(0, limit)
        .sort(byDate);
      return { theme, items: nearest, total: others.length };
    })
    .filter((g) => g.total > 0);
}
