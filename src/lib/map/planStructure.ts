// The master plan's spatial structure, “一核一主一副、两轴多点一区”, and the core area before 2010, as
// the maps use them: the records of content/map/ sorted by kind. The facts live in content; this only
// gives them shape, for the build (scripts/prepare-boundaries.ts) and the pages alike.
import { MAP_LAYERS, type MapFeature } from '../content/schemas.ts';
import type { Position } from './geometry.ts';

export type LayerId = (typeof MAP_LAYERS)[number];
type Kind<K extends MapFeature['kind']> = Extract<MapFeature, { kind: K }>;
export type PlanLayer = Kind<'layer'>;
export type PlanLine = Kind<'line'>;
export type PlanTown = Kind<'town'>;
export type Pre2010District = Kind<'district-before-2010'>;

export interface WallPoint {
  name: { zh: string; en: string };
  lon: number;
  lat: number;
}

export interface PlanStructure {
  /** The layers in the order of the formula. */
  layers: PlanLayer[];
  lines: PlanLine[];
  towns: PlanTown[];
  /** The line that divided the core area's districts before 2010, west to east, and where its name goes. */
  wall: { name: { zh: string; en: string }; points: WallPoint[]; line: Position[]; label: Position };
  /** The four districts of the core area before 2010, and the side of the wall line each lay on. */
  before2010: Pre2010District[];
}

const of = <K extends MapFeature['kind']>(features: readonly MapFeature[], kind: K) =>
  features.filter((f): f is Kind<K> => f.kind === kind);

/** Sorts the records by kind. Throws when a layer of the formula or the wall line is missing. */
export function planStructure(features: readonly MapFeature[]): PlanStructure {
  const layers = MAP_LAYERS.map((id) => {
    const layer = of(features, 'layer').find((l) => l.id === id);
    if (!layer) throw new Error(`content/map: the layer "${id}" is missing`);
    return layer;
  });
  const [wall] = of(features, 'wall');
  if (!wall) throw new Error('content/map: the wall line (kind: wall) is missing');
  const points = wall.points.map((p) => ({ name: p.name, lon: p.at[0], lat: p.at[1] }));
  return {
    layers,
    lines: of(features, 'line'),
    towns: of(features, 'town'),
    wall: { name: wall.name, points, line: wall.points.map((p) => p.at), label: wall.label },
    before2010: of(features, 'district-before-2010'),
  };
}
