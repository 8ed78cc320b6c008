// The milestones of a collection as its page shows them: the summary data the page carries for every
// milestone (one locale), and the order they are shown in.
import type { Collection } from './collectionState.ts';

/** What the collection page knows of one milestone, in the page's language. */
export interface CollectionItem {
  id: string;
  /** "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
  date: string;
  /** The date as it reads in the page's language. */
  displayDate: string;
  /** Position in fractional years. */
  t: number;
  district: string;
  era: string;
  title: string;
  summary: string;
  /** How the source reads, e.g. 《…》第3.1节“…”. */
  source: string;
  /** Root-relative path of the milestone's page. */
  path: string;
  /** Root-relative link to the source section on the Sources page. */
  sourcePath: string;
  /** When the milestone's record last changed (YYYY-MM-DD), when known. */
  updated?: string;
}

export interface CollectionDistrict {
  id: string;
  name: string;
  color: string;
}

/** The data a collection page embeds as JSON. */
export interface CollectionData {
  items: CollectionItem[];
  districts: CollectionDistrict[];
}

/** The collection's milestones in the order it asks for; in date order, ties keep the teacher's order. */
export function orderedItems(c: Collection, byId: ReadonlyMap<string, CollectionItem>): CollectionItem[] {
  const items = c.ids.flatMap((id) => byId.get(id) ?? []);
  return c.order === 'own'
    ? items
    : items
        .map((item, i) => ({ item, i }))
        .sort((a, b) => a.item.t - b.item.t || a.i - b.i)
        .map((x) => x.item);
}

/** Moves one id to position `to` (clamped to the list). */
export function moveId(ids: readonly string[], id: string, to: number): string[] {
  const from = ids.indexOf(id);
  if (from < 0) return [...ids];
  const rest = ids.filter((x) => x !== id);
  const at = Math.max(0, Math.min(rest.length, Math.round(to)));
  return [...rest.slice(0, at), id, ...rest.slice(at)];
}
