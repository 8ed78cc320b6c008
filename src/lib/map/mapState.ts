// The place map's state, free of Leaflet and the DOM: which places a filter keeps, which boundary set
// (before or since 2010) a timeline's visible years call for, and where markers go on screen so that
// none hides another.
import { yearSpan } from '../format/dates.ts';

export type BoundaryMode = 'since2010' | 'before2010';

/**
 * The year today's boundaries began: the last merger of a former district (Chongwen and Xuanwu, in
 * content/districts.yaml). Throws when no district records one.
 */
export function mergerYear(districts: readonly { merged: readonly { date: string }[] }[]): number {
  const years = districts.flatMap((d) => d.merged.map((m) => yearSpan(m.date)[1]));
  if (years.length === 0) throw new Error('content/districts.yaml: no district records a merger');
  return Math.max(...years);
}

/** The boundary set for a span of (fractional) years: the centre of the span decides. */
export function modeForYears(from: number, to: number, merger: number): BoundaryMode {
  return (from + to) / 2 < merger ? 'before2010' : 'since2010';
}

/**
 * Follows the timeline without taking the control away from the reader: the mode changes only when
 * the timeline's centre crosses 2010, so a choice the reader made stays until the timeline moves across.
 * The timeline's opening view is only remembered (the map opens on today's boundaries), unless the
 * reader picked the years, e.g. through a link that names them (`picked`).
 * Returns the mode to show (or null to keep the current one) and the timeline's mode to remember.
 */
export function followTimeline(
  lastTimelineMode: BoundaryMode | null,
  from: number,
  to: number,
  merger: number,
  picked = false,
): { apply: BoundaryMode | null; remember: BoundaryMode } {
  const mode = modeForYears(from, to, merger);
  if (lastTimelineMode === null && !picked) return { apply: null, remember: mode };
  return { apply: mode === lastTimelineMode ? null : mode, remember: mode };
}

export interface PlaceFacets {
  id: string;
  district: string;
  /** Eras and themes of the milestones that name the place. */
  eras: readonly string[];
  themes: readonly string[];
}

export interface PlaceFilter {
  district: string | null;
  era: string | null;
  theme: string | null;
}

export const NO_FILTER: PlaceFilter = { district: null, era: null, theme: null };

/** A place passes when it is in the district, and has a milestone in the era and one on the theme. */
export function matchesFilter(place: PlaceFacets, filter: PlaceFilter): boolean {
  return (
    (!filter.district || place.district === filter.district) &&
    (!filter.era || place.eras.includes(filter.era)) &&
    (!filter.theme || place.themes.includes(filter.theme))
  );
}

// ---- marker layout ----------------------------------------------------------------------------

export interface ScreenPoint {
  id: string;
  x: number;
  y: number;
}

export interface PlacedMarker extends ScreenPoint {
  /** Where the place really is, when the marker had to move aside. */
  anchor: { x: number; y: number } | null;
}

export interface Cluster {
  ids: string[];
  x: number;
  y: number;
}

export interface MarkerLayout {
  markers: PlacedMarker[];
  clusters: Cluster[];
}

/**
 * Places markers so that no two centres are closer than `spacing` px (24 px targets never overlap).
 * Markers that crowd together are fanned out on a small sunflower spiral around their centre, each with
 * a leader to its true position; a crowd that would need more than `maxSpread` px is shown as one
 * cluster marker instead. Deterministic: the same input always gives the same layout.
 */
export function layoutMarkers(points: readonly ScreenPoint[], spacing: number, maxSpread: number): MarkerLayout {
  // Crowds: groups linked by distances under `spacing` (single linkage); a crowd that, once fanned
  // out, comes too close to another joins it, until nothing is too close.
  const parent = points.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const close = (a: { x: number; y: number }, b: { x: number; y: number }) =>
    Math.hypot(a.x - b.x, a.y - b.y) < spacing - 1e-9;
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) if (close(points[i], points[j])) parent[find(i)] = find(j);
  }
  for (;;) {
    const groups = new Map<number, number[]>();
    points.forEach((_, i) => {
      const root = find(i);
      (groups.get(root) ?? groups.set(root, []).get(root)!).push(i);
    });
    const items: { root: number; x: number; y: number }[] = [];
    const layout: MarkerLayout = { markers: [], clusters: [] };
    for (const [root, members] of groups) {
      const placed = fan(
        members.map((i) => points[i]),
        spacing,
        maxSpread,
      );
      if ('cluster' in placed) {
        layout.clusters.push(placed.cluster);
        items.push({ root, ...placed.cluster });
      } else {
        layout.markers.push(...placed.markers);
        items.push(...placed.markers.map((m) => ({ root, x: m.x, y: m.y })));
      }
    }
    let merged = false;
    for (let i = 0; i < items.length; i++) {
      for (let j = i + 1; j < items.length; j++) {
        if (
          items[i].root !== items[j].root &&
          find(items[i].root) !== find(items[j].root) &&
          close(items[i], items[j])
        ) {
          parent[find(items[i].root)] = find(items[j].root);
          merged = true;
        }
      }
    }
    if (merged) continue;
    const order = new Map(points.map((p, i) => [p.id, i]));
    layout.markers.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
    layout.clusters.sort((a, b) => order.get(a.ids[0])! - order.get(b.ids[0])!);
    return layout;
  }
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** Sunflower slots around the centre, about `spacing` apart: slot k at radius ∝ √(k + ½). */
export function spiralSlots(count: number, spacing: number): { x: number; y: number }[] {
  const scale = count === 2 ? 0.56 : 0.65;
  return Array.from({ length: count }, (_, k) => {
    const r = spacing * scale * Math.sqrt(k + 0.5);
    return { x: r * Math.cos(k * GOLDEN_ANGLE), y: r * Math.sin(k * GOLDEN_ANGLE) };
  });
}

function fan(
  group: ScreenPoint[],
  spacing: number,
  maxSpread: number,
): { markers: PlacedMarker[] } | { cluster: Cluster } {
  if (group.length === 1) return { markers: [{ ...group[0], anchor: null }] };
  const cx = group.reduce((s, p) => s + p.x, 0) / group.length;
  const cy = group.reduce((s, p) => s + p.y, 0) / group.length;
  const slots = spiralSlots(group.length, spacing).map((s) => ({ x: cx + s.x, y: cy + s.y }));
  if (Math.max(...slots.map((s) => Math.hypot(s.x - cx, s.y - cy))) > maxSpread) {
    return { cluster: { ids: group.map((p) => p.id).sort(), x: cx, y: cy } };
  }
  // Each place takes the free slot nearest to it, going round by angle so the fan keeps their order.
  const byAngle = [...group].sort(
    (a, b) => Math.atan2(a.y - cy, a.x - cx) - Math.atan2(b.y - cy, b.x - cx) || a.id.localeCompare(b.id),
  );
  const free = new Set(slots.keys());
  const markers = byAngle.map((p) => {
    let best = -1,
      bestD = Infinity;
    for (const k of free) {
      const d = Math.hypot(slots[k].x - p.x, slots[k].y - p.y);
      if (d < bestD - 1e-9) {
        bestD = d;
        best = k;
      }
    }
    free.delete(best);
    return { id: p.id, x: slots[best].x, y: slots[best].y, anchor: { x: p.x, y: p.y } };
  });
  return { markers };
}
