import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  decodeLines,
  geometryArea,
  pointInRing,
  ringArea,
  type Geometry,
  type Position,
  type Ring,
} from '../../../src/lib/map/geometry.ts';
import {
  buildTopology,
  decodeRefs,
  decodeShapes,
  encodeArcs,
  encodeRefs,
  ringFromArcs,
  type ShapesFile,
} from '../../../src/lib/map/mapShapes.ts';
import {
  coreStructureGeoJson,
  districtsGeoJson,
  mapShapes,
  type District,
} from '../../../scripts/prepare-boundaries.ts';

const DISTRICTS = 'public/data/districts.geojson';
const collection = JSON.parse(readFileSync(DISTRICTS, 'utf8')) as {
  metadata: { conversion: string };
  features: {
    id: string;
    properties: { adcode: string; name_zh: string; name_en: string; label_lon: number; label_lat: number };
    geometry: Geometry;
  }[];
};
const file = JSON.parse(readFileSync('public/data/map-shapes.json', 'utf8')) as ShapesFile;
const shapes = decodeShapes(file);
const off = (value: number, expected: number) => Math.abs(value - expected) / expected;

const square = (x: number, y: number, d: number): Ring => [
  [x, y],
  [x + d, y],
  [x + d, y + d],
  [x, y + d],
  [x, y],
];

describe('shared arcs', () => {
  it('stores a border between two rings once and rebuilds both rings', () => {
    const a = square(0, 0, 1);
    const b: Ring = [
      [1, 0],
      [2, 0],
      [2, 1],
      [1, 1],
      [1, 0],
    ];
    const topology = buildTopology([a, b]);
    // Each ring: the shared edge plus the rest of its outline; the shared edge is one arc.
    expect(topology.arcs).toHaveLength(3);
    const [ra, rb] = topology.rings;
    const shared = ra.map((r) => (r >= 0 ? r : ~r)).filter((i) => rb.map((r) => (r >= 0 ? r : ~r)).includes(i));
    expect(shared).toHaveLength(1);
    expect(ringArea(ringFromArcs(topology.arcs, ra))).toBeCloseTo(ringArea(a), 0);
    expect(ringArea(ringFromArcs(topology.arcs, rb))).toBeCloseTo(ringArea(b), 0);
  });

  it('keeps a ring that touches nothing as one closed arc', () => {
    const topology = buildTopology([square(5, 5, 1)]);
    expect(topology.arcs).toHaveLength(1);
    expect(ringFromArcs(topology.arcs, topology.rings[0])).toHaveLength(5);
  });

  it('writes arc references short and reads them back', () => {
    const refs = [0, 1, 2, 3, -8, -9, -10, 14, 20, 19, 18, -3];
    expect(encodeRefs(refs)).toBe('0>3,-8>-10,14,20>18,-3');
    expect(decodeRefs(encodeRefs(refs))).toEqual(refs);
    expect(decodeRefs('7')).toEqual([7]);
  });

  it('simplifies shared arcs once, so neighbours never gap', () => {
    // A border with a slight bend (about 110 m) that a 1 km tolerance removes: it must go from both rings.
    const a: Ring = [
      [0, 0],
      [0.5, 0.001],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0],
    ];
    const b: Ring = [
      [1, 0],
      [0.5, 0.001],
      [0, 0],
      [0, -1],
      [1, -1],
      [1, 0],
    ];
    const topology = buildTopology([a, b]);
    const arcs = decodeLines(
      encodeArcs(topology.arcs, () => 1000, 1e4),
      1e4,
    );
    const border = (r: Position[]) => [...new Set(r.filter(([, y]) => Math.abs(y) < 0.01).map((p) => p.join()))].sort();
    const [ra, rb] = topology.rings.map((refs) => ringFromArcs(arcs, refs));
    expect(border(ra)).toEqual(border(rb));
    expect(border(ra)).not.toContain('0.5,0.001');
    // With a fine tolerance the bend stays, again in both.
    const fine = decodeLines(
      encodeArcs(topology.arcs, () => 10, 1e4),
      1e4,
    );
    expect(border(ringFromArcs(fine, topology.rings[0]))).toContain('0.5,0.001');
    expect(border(ringFromArcs(fine, topology.rings[1]))).toContain('0.5,0.001');
  });
});

describe('the display file', () => {
  it('has every district, close to its full-detail area', () => {
    expect(shapes.districts.map((d) => d.id).sort()).toEqual(collection.features.map((f) => f.id).sort());
    for (const d of shapes.districts) {
      const full = geometryArea(collection.features.find((f) => f.id === d.id)!.geometry);
      const simple = d.polygons.reduce((sum, ring) => sum + ringArea(ring), 0);
      expect(off(simple, full), d.id).toBeLessThan(0.02);
      for (const ring of d.polygons) expect(ring[0]).toEqual(ring.at(-1));
    }
  });

  it('outlines the core area without the Dongcheng–Xicheng boundary', () => {
    const outline = shapes.outline(['dongcheng', 'xicheng']);
    const both = shapes.outline(['dongcheng']).length + shapes.outline(['xicheng']).length;
    expect(outline.length).toBeGreaterThan(0);
    expect(outline.length).toBeLessThan(both);
    // A point on the axis between the two districts (Tiananmen Square's west side) is on no outline arc.
    const qianmen: Position = [116.3922, 39.885];
    const near = outline.flat().some(([x, y]) => Math.abs(x - qianmen[0]) < 0.001 && Math.abs(y - qianmen[1]) < 0.008);
    expect(near).toBe(false);
  });

  it('has the boundary lines, axes and new towns the maps draw', () => {
    for (const id of [
      'before-2010-xicheng',
      'before-2010-dongcheng',
      'axis',
      'axis-north',
      'axis-south',
      'changan',
      'inner-city',
    ]) {
      expect(shapes.lines.get(id)?.length, id).toBeGreaterThanOrEqual(2);
    }
    expect(shapes.points.filter((p) => p.id.endsWith('new-town'))).toHaveLength(5);
    expect(shapes.points.map((p) => p.id)).toEqual(
      expect.arrayContaining(['chongwen', 'xuanwu', 'dongcheng-pre2010', 'xicheng-pre2010']),
    );
    const xuanwu = shapes.points.find((p) => p.id === 'xuanwu')!;
    expect(pointInRing(xuanwu.at, shapes.districts.find((d) => d.id === 'xicheng')!.polygons[0])).toBe(true);
  });

  it('stays small: under 8 KB gzip', async () => {
    const { gzipSync } = await import('node:zlib');
    expect(gzipSync(readFileSync('public/data/map-shapes.json'), { level: 9 }).length).toBeLessThan(8 * 1024);
  });
});

describe('reproducible output', () => {
  // The committed files are exactly what scripts/prepare-boundaries.ts writes from the converted
  // districts: re-serialising gives the same bytes, and the derived files follow from districts.geojson.
  const districts: District[] = collection.features.map((f) => ({
    id: f.id,
    adcode: f.properties.adcode,
    name: { zh: f.properties.name_zh, en: f.properties.name_en },
    label: [f.properties.label_lon, f.properties.label_lat],
    geometry: f.geometry,
  }));
  const gcoordVersion = /gcoord (\S+),/.exec(collection.metadata.conversion)![1];

  it('districts.geojson', () => {
    expect(districtsGeoJson(districts, gcoordVersion)).toBe(readFileSync(DISTRICTS, 'utf8'));
  });

  it('core-structure.geojson', () => {
    expect(coreStructureGeoJson(districts, gcoordVersion)).toBe(
      readFileSync('public/data/core-structure.geojson', 'utf8'),
    );
  });

  it('map-shapes.json', () => {
    expect(`${JSON.stringify(mapShapes(districts))}\n`).toBe(readFileSync('public/data/map-shapes.json', 'utf8'));
  });
});
