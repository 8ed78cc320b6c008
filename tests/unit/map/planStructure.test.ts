// The plan structure lives in content/map/: it must be complete, sourced, and agree with the shapes the
// maps ship (public/data/map-shapes.json, written from the same records by prepare-boundaries).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeShapes, type ShapesFile } from '../../../src/lib/map/mapShapes.ts';
import { planStructure } from '../../../src/lib/map/planStructure.ts';
import { PLAN } from '../../../src/lib/map/build/planStructure.ts';
import { MAP_LAYERS, mapFeature } from '../../../src/lib/content/schemas.ts';
import { readContent } from '../../../src/lib/content/build/contentFiles.ts';

const shapes = decodeShapes(JSON.parse(readFileSync('public/data/map-shapes.json', 'utf8')) as ShapesFile);
const boundaryIds = new Set(shapes.districts.map((d) => d.id));
const features = readContent('content').dataset.mapFeatures.map((e) => e.data);

describe('the plan structure in content/map/', () => {
  it('has every layer of the formula, in its order, naming only districts the maps have', () => {
    expect(PLAN.layers.map((l) => l.id)).toEqual([...MAP_LAYERS]);
    for (const layer of PLAN.layers)
      for (const id of [...layer.districts, ...(layer.partly ?? [])]) expect(boundaryIds.has(id), id).toBe(true);
    for (const town of PLAN.towns) expect(boundaryIds.has(town.district), town.id).toBe(true);
    expect(PLAN.layers.find((l) => l.id === 'core')!.districts).toEqual(['dongcheng', 'xicheng']);
  });

  it('cites a source for every record, and says where the rest comes from', () => {
    for (const f of features) {
      expect(f.source.document, f.id).toMatch(/\S/);
      // Anything the documents do not give (positions, most layers' districts) carries a basis.
      if (f.kind !== 'district-before-2010' && f.id !== 'core') expect(f.basis, f.id).toBeDefined();
    }
  });

  it('agrees with the lines and points the maps ship', () => {
    for (const line of PLAN.lines) {
      const shipped = shapes.lines.get(line.id)!;
      expect(shipped, line.id).toHaveLength(line.path.length);
      shipped.forEach((p, i) => {
        expect(p[0]).toBeCloseTo(line.path[i][0], 3);
        expect(p[1]).toBeCloseTo(line.path[i][1], 3);
      });
    }
    const points = new Set(shapes.points.map((p) => p.id));
    for (const f of [...PLAN.towns, ...PLAN.before2010]) expect(points.has(f.id), f.id).toBe(true);
  });

  it('stops with a clear message when a layer or the wall line is missing', () => {
    expect(() => planStructure(features.filter((f) => f.id !== 'eco'))).toThrow(
      'content/map: the layer "eco" is missing',
    );
    expect(() => planStructure(features.filter((f) => f.kind !== 'wall'))).toThrow('the wall line');
  });

  it('rejects a position outside Beijing and a record without a source', () => {
    const town = features.find((f) => f.kind === 'town')!;
    const far = mapFeature.safeParse({ ...town, at: [121.47, 31.23] });
    expect(far.success).toBe(false);
    expect(far.error!.issues[0].path).toEqual(['at', 0]);
    const missing = mapFeature.safeParse({ ...town, source: undefined });
    expect(missing.error!.issues.map((i) => i.path.join('.'))).toEqual(['source']);
    expect(mapFeature.safeParse({ ...town, kind: 'river' }).success).toBe(false);
  });
});
