// The published GeoJSON files read cleanly in other tools: RFC 7946 winding, valid geometry (checked by
// JSTS, the JavaScript port of JTS/GEOS, and per ring by turf), flat typed properties, and district
// areas that match the official figures.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import booleanClockwise from '@turf/boolean-clockwise';
import turfArea from '@turf/area';
import kinks from '@turf/kinks';
import GeoJSONReader from 'jsts/org/locationtech/jts/io/GeoJSONReader.js';
import GeometryFactory from 'jsts/org/locationtech/jts/geom/GeometryFactory.js';
import IsValidOp from 'jsts/org/locationtech/jts/operation/valid/IsValidOp.js';
import { repair } from '../../../scripts/prepare-boundaries.ts';
import { placesGeoJson } from '../../../src/lib/data/dataExports.ts';
import { readContent } from '../../../src/lib/content/build/contentFiles.ts';
import type { Geometry, Position } from '../../../src/lib/map/geometry.ts';

interface Feature {
  id: string;
  properties: Record<string, unknown>;
  geometry: { type: string; coordinates: unknown };
}
type Collection = { type: string; features: Feature[] };

const read = (file: string) => JSON.parse(readFileSync(`public/data/${file}`, 'utf8')) as Collection;
const { dataset } = readContent('content');
const files: Record<string, Collection> = {
  'districts.geojson': read('districts.geojson'),
  'core-structure.geojson': read('core-structure.geojson'),
  'places.geojson': placesGeoJson(dataset.places.map((e) => e.data)),
};

const polygonsOf = (g: Feature['geometry']): Position[][][] =>
  g.type === 'Polygon'
    ? [g.coordinates as Position[][]]
    : g.type === 'MultiPolygon'
      ? (g.coordinates as Position[][][])
      : [];
const line = (ring: Position[]) => ({ type: 'LineString' as const, coordinates: ring });

/** Rings wound against RFC 7946 §3.1.6: outer rings counter-clockwise, holes clockwise. */
const badWinding = (g: Feature['geometry']) =>
  polygonsOf(g).flatMap((rings) => rings.filter((ring, i) => booleanClockwise(line(ring)) !== i > 0));

/** What JSTS (JTS/GEOS) finds wrong with a geometry, and rings that cross or touch themselves. */
function invalidity(g: Feature['geometry']): string[] {
  if (polygonsOf(g).length === 0) return [];
  const op = new IsValidOp(new GeoJSONReader(new GeometryFactory()).read(g));
  const problems = op.isValid() ? [] : [op.getValidationError().toString()];
  for (const ring of polygonsOf(g).flat()) {
    const found = kinks(line(ring)).features.length;
    if (found > 0) problems.push(`ring crosses or touches itself ${found} times`);
  }
  return problems;
}

const isScalar = (v: unknown) => v === null || ['string', 'number', 'boolean'].includes(typeof v);
const off = (value: number, expected: number) => Math.abs(value - expected) / expected;

// A ring that crosses itself (a bow tie) and an outer ring wound clockwise.
const bowTie: Geometry = {
  type: 'Polygon',
  coordinates: [
    [
      [116, 39],
      [116.1, 39.1],
      [116.1, 39],
      [116, 39.1],
      [116, 39],
    ],
  ],
};
const clockwise: Geometry = {
  type: 'Polygon',
  coordinates: [
    [
      [116, 39],
      [116, 39.1],
      [116.1, 39.1],
      [116.1, 39],
      [116, 39],
    ],
  ],
};

describe('the checks can fail', () => {
  it('notice a self-crossing ring and a clockwise outer ring, which repair() fixes for good', () => {
    expect(invalidity(bowTie).length).toBeGreaterThan(0);
    expect(badWinding(clockwise)).toHaveLength(1);
    for (const g of [bowTie, clockwise]) {
      const fixed = repair(g);
      expect(invalidity(fixed)).toEqual([]);
      expect(badWinding(fixed)).toEqual([]);
      expect(repair(fixed)).toEqual(fixed);
    }
    expect(isScalar({ zh: '东城区', en: 'Dongcheng' })).toBe(false);
  });
});

describe.each(Object.keys(files))('%s', (name) => {
  const { type, features } = files[name];
  it('is a FeatureCollection with features', () => {
    expect(type).toBe('FeatureCollection');
    expect(features.length).toBeGreaterThan(0);
  });

  it('winds every ring as RFC 7946 asks', () => {
    const wrong = features.filter((f) => badWinding(f.geometry).length > 0).map((f) => f.id);
    expect(wrong).toEqual([]);
  });

  it('has only valid geometry: no ring crosses or touches itself', () => {
    const wrong = features.flatMap((f) => invalidity(f.geometry).map((p) => `${f.id}: ${p}`));
    expect(wrong).toEqual([]);
  });

  it('has flat properties: strings, numbers and booleans only', () => {
    const nested = features.flatMap((f) =>
      Object.entries(f.properties)
        .filter(([, v]) => !isScalar(v))
        .map(([k]) => `${f.id}.${k}`),
    );
    expect(nested).toEqual([]);
    for (const f of features) expect(f.properties.id).toBe(f.id);
  });
});

describe('district areas against the official figures', () => {
  const districts = files['districts.geojson'].features;
  const km2 = (id: string) => turfArea(districts.find((f) => f.id === id)!.geometry as Geometry) / 1e6;

  it('Dongcheng 41.84 km² (dongcheng-plan §1) and the core area about 92.5 km² (dongcheng-review §1), within 1 %', () => {
    expect(off(km2('dongcheng'), 41.84)).toBeLessThan(0.01);
    expect(off(km2('dongcheng') + km2('xicheng'), 92.5)).toBeLessThan(0.01);
  });

  it('area_km2 of every polygon feature agrees with turf', () => {
    for (const f of [...districts, ...files['core-structure.geojson'].features]) {
      if (polygonsOf(f.geometry).length === 0) continue;
      expect(off(f.properties.area_km2 as number, turfArea(f.geometry as Geometry) / 1e6), f.id).toBeLessThan(0.005);
    }
  });
});
