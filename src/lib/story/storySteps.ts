// The story: every milestone of the chosen districts in date order, one step each. A step that is the
// first of its era opens with the era's introduction.
import { compareDates } from '../format/dates.ts';

export interface StoryMilestone {
  id: string;
  date: string;
  district: string;
  era: string;
}

export interface StoryStep<M extends StoryMilestone> {
  milestone: M;
  /** The first step of its era: the story introduces the era here. */
  eraStart: boolean;
}

/** All steps, by date, then district in the given order, then id. */
export function storySteps<M extends StoryMilestone>(
  milestones: readonly M[],
  districtOrder: readonly string[],
): StoryStep<M>[] {
  const order = new Map(districtOrder.map((id, i) => [id, i]));
  const sorted = [...milestones].sort(
    (a, b) =>
      compareDates(a.date, b.date) ||
      (order.get(a.district) ?? order.size) - (order.get(b.district) ?? order.size) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const seen = new Set<string>();
  return sorted.map((milestone) => {
    const eraStart = !seen.has(milestone.era);
    seen.add(milestone.era);
    return { milestone, eraStart };
  });
}

/** The step a URL fragment names ("#<milestone-id>", percent-encoded or not), or null. */
export function stepIdFromHash(hash: string, known: ReadonlySet<string>): string | null {
  const raw = hash.replace(/^#/, '');
  if (!raw) return null;
  let id: string;
  try {
    id = decodeURIComponent(raw);
  } catch {
    return null;
  }
  return known.has(id) ? id : null;
}

/** Index of the step nearest to fractional year `t` (the earlier one on a tie); -1 when there are none. */
export function nearestStep(times: readonly number[], t: number): number {
  let best = -1;
  for (let i = 0; i < times.length; i++) {
    if (best < 0 || Math.abs(times[i] - t) < Math.abs(times[best] - t)) best = i;
  }
  return best;
}
