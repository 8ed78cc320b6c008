// Where the maps' names go at the current zoom, so that none covers another name, a place's marker or
// a cluster's badge: each label tries its placements in order and takes the first that is free; the
// more important labels choose first; a label with no free placement is left out at this zoom.
// Screen pixels in, boxes out; no Leaflet, no DOM.

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type Side =
  'center' | 'above' | 'below' | 'left' | 'right' | 'above-left' | 'above-right' | 'below-left' | 'below-right';

export interface LabelRequest {
  id: string;
  /** Higher chooses first; equal priorities keep their order. */
  priority: number;
  /** The point the label names, in px. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Placements to try, in order of preference. */
  sides: readonly Side[];
  /**
   * Distances between the point and a label above, below or beside it, tried nearest first (a dot's
   * radius and a little air; farther for a name that may move away from a crowd).
   */
  offsets?: readonly number[];
}

/** The label's box for one placement at one distance: centred on the point, or beside it. */
export function labelBox(label: LabelRequest, side: Side, offset = 0): Box {
  const { x, y, width: w, height: h } = label;
  const d = offset * Math.SQRT1_2;
  const boxes: Record<Side, [number, number]> = {
    center: [x - w / 2, y - h / 2],
    above: [x - w / 2, y - h - offset],
    below: [x - w / 2, y + offset],
    left: [x - w - offset, y - h / 2],
    right: [x + offset, y - h / 2],
    'above-left': [x - w - d, y - h - d],
    'above-right': [x + d, y - h - d],
    'below-left': [x - w - d, y + d],
    'below-right': [x + d, y + d],
  };
  const [bx, by] = boxes[side];
  return { x: bx, y: by, width: w, height: h };
}

/** True when two boxes, each grown by `gap` px on every side, share any area. */
export function overlaps(a: Box, b: Box, gap = 0): boolean {
  return (
    a.x - gap < b.x + b.width + gap &&
    b.x - gap < a.x + a.width + gap &&
    a.y - gap < b.y + b.height + gap &&
    b.y - gap < a.y + a.height + gap
  );
}

export interface PlacedLabel {
  box: Box;
}

/**
 * Places labels clear of each other and of the obstacles, keeping `gap` px between boxes. Returns the
 * placement of each label shown; a label missing from the result is hidden at this zoom.
 */
export function placeLabels(
  labels: readonly LabelRequest[],
  obstacles: readonly Box[],
  gap = 2,
): Map<string, PlacedLabel> {
  const order = labels
    .map((label, i) => ({ label, i }))
    .sort((a, b) => b.label.priority - a.label.priority || a.i - b.i);
  const taken: Box[] = [...obstacles];
  const placed = new Map<string, PlacedLabel>();
  for (const { label } of order) {
    const tries = (label.offsets ?? [0]).flatMap((offset, i) =>
      label.sides.filter((side) => i === 0 || side !== 'center').map((side) => labelBox(label, side, offset)),
    );
    const box = tries.find((b) => !taken.some((t) => overlaps(b, t, gap / 2)));
    if (!box) continue;
    taken.push(box);
    placed.set(label.id, { box });
  }
  return placed;
}

/** A circle's bounding box, for markers, badges and dots as obstacles. */
export const circleBox = (x: number, y: number, r: number): Box => ({
  x: x - r,
  y: y - r,
  width: 2 * r,
  height: 2 * r,
});
