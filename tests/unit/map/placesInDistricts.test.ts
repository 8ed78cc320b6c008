// Every place in the content lies inside its district's boundary (the municipality for "beijing").
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../../src/lib/content/build/contentFiles.ts';
import { pointInGeometry, type Geometry, type Position } from '../../../src/lib/map/geometry.ts';

interface Place {
  id: string;
  district: string;
  lon: number;
  lat: number;
  precision: string;
}

const { dataset } = readContent('content');
const places = dataset.places.map((e) => e.data as Place);
const districts = (
  JSON.parse(readFileSync('public/data/districts.geojson', 'utf8')) as {
    features: { id: string; geometry: Geometry }[];
  }
).features;
const geometryOf = new Map(districts.map((f) => [f.id, f.geometry]));
const whereIs = (p: Position) => districts.find((f) => pointInGeometry(p, f.geometry))?.id ?? 'outside Beijing';

describe('places', () => {
  it('are there to check', () => {
    expect(places.length).toBeGreaterThan(10);
  });

  it('each lies inside its district', () => {
    const wrong = places
      .filter((p) => {
        const at: Position = [p.lon, p.lat];
        return p.district === 'beijing'
          ? whereIs(at) === 'outside Beijing'
          : !pointInGeometry(at, geometryOf.get(p.district)!);
      })
      .map((p) => `${p.id} (${p.lon}, ${p.lat}) is in ${whereIs([p.lon, p.lat])}, not ${p.district}`);
    expect(wrong).toEqual([]);
  });

  it('belong to districts the map has', () => {
    for (const p of places) if (p.district !== 'beijing') expect(geometryOf.has(p.district), p.id).toBe(true);
  });
});
