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

export type Side = 'center' | 'above' | 'below' | 'left' | 'right';

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
  /** Space between the point and a label above, below or beside it (a dot's radius and a little air). */
  offset?: number;
}

/** The label's box for one placement: centred on the point, or beside it. */
export function labelBox(label: LabelRequest, side: Side): Box {
  const { x, y, width: w, height: h, offset = 0 } = label;
  const at = (bx: number, by: number): Box => ({ x: bx, y: by, width: w, height: h });
  switch (side) {
    case 'center':
      return at(x - w / 2, y - h / 2);
    case 'above':
      return at(x - w / 2, y - h - offset);
    case 'below':
      return at(x - w / 2, y + offset);
    case 'left':
      return at(x - w - offset, y - h / 2);
    case 'right':
      return at(x + offset, y - h / 2);
  }
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
  side: Side;
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
    for (const side of label.sides) {
      const box = labelBox(label, side);
      if (taken.some((t) => overlaps(box, t, gap / 2))) continue;
      taken.push(box);
      placed.set(label.id, { side, box });
      break;
    }
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
