// Which headlines the timeline writes first, when there is room for only some: the key events the
// district chapters name (`key: true` in content), then the event that opens each era, then the rest.

export const RANK = { key: 2, eraStart: 1, other: 0 } as const;

export interface RankedMilestone {
  id: string;
  era: string;
  key?: boolean;
}

/** Rank of each milestone; `milestones` in date order, so the first of an era opens it. */
export function milestoneRanks(milestones: readonly RankedMilestone[]): Map<string, number> {
  const opened = new Set<string>();
  const ranks = new Map<string, number>();
  for (const m of milestones) {
    const first = !opened.has(m.era);
    opened.add(m.era);
    ranks.set(m.id, m.key ? RANK.key : first ? RANK.eraStart : RANK.other);
  }
  return ranks;
}
