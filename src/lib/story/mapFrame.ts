// The story's small map: longitude and latitude projected to a flat plane (equirectangular, true to
// scale at Beijing's latitude, y down, in km), and the frame that shows a step's places or district.

export type LonLat = readonly [number, number];
export type Point = [number, number];

export interface Frame {
  x: number;
  y: number;
  w: number;
  h: number;
}

const KM_PER_DEGREE = 111.32;

/** Projects [lon, lat] to km east and south of `origin`. */
export function projector(origin: LonLat): (p: LonLat) => Point {
  const cos = Math.cos((origin[1] * Math.PI) / 180);
  return ([lon, lat]) => [(lon - origin[0]) * KM_PER_DEGREE * cos, (origin[1] - lat) * KM_PER_DEGREE];
}

/**
 * The smallest frame of the given aspect (width / height) that holds `points` with `pad` around them
 * and is at least `minWidth` wide, centred on them.
 */
export function frameAround(points: readonly Point[], aspect: number, minWidth: number, pad: number): Frame {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  let w = Math.max(minWidth, x1 - x0 + 2 * pad);
  let h = Math.max(y1 - y0 + 2 * pad, w / aspect);
  w = Math.max(w, h * aspect);
  h = w / aspect;
  return { x: (x0 + x1) / 2 - w / 2, y: (y0 + y1) / 2 - h / 2, w, h };
}

/** A frame between `a` (s = 0) and `b` (s = 1), zooming evenly. */
export function between(a: Frame, b: Frame, s: number): Frame {
  const w = a.w * (b.w / a.w) ** s;
  const h = a.h * (b.h / a.h) ** s;
  const cx = a.x + a.w / 2 + (b.x + b.w / 2 - a.x - a.w / 2) * s;
  const cy = a.y + a.h / 2 + (b.y + b.h / 2 - a.y - a.h / 2) * s;
  return { x: cx - w / 2, y: cy - h / 2, w, h };
}
