import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { km2, pointInRing, ringArea, type Position, type Ring } from '../../../src/lib/map/geometry.ts';
import { PLAN_LINES, PRE_2010_DISTRICTS, SOUTH_WALL, WALL_LINE } from '../../../src/lib/map/build/planStructure.ts';
import { clipRing, lineLatAt, splitAtWall, wallWithin } from '../../../src/lib/map/pre2010Boundaries.ts';

interface Feature {
  id: string;
  properties: Record<string, unknown>;
  geometry: { type: string; coordinates: Position[][] };
}
const read = (file: string) => (JSON.parse(readFileSync(file, 'utf8')) as { features: Feature[] }).features;
const districts = read('public/data/districts.geojson');
const structure = read('public/data/core-structure.geojson');
const ringOf = (id: string): Ring => districts.find((f) => f.id === id)!.geometry.coordinates[0];
const off = (value: number, expected: number) => Math.abs(value - expected) / expected;

describe('the old inner-city south wall', () => {
  it('runs west to east along today’s 前三门大街, at latitude 39.898–39.900 inside the old city', () => {
    for (let i = 1; i < WALL_LINE.length; i++) expect(WALL_LINE[i][0]).toBeGreaterThan(WALL_LINE[i - 1][0]);
    const gates = SOUTH_WALL.filter((p) => ['宣武门', '正阳门（前门）', '崇文门'].includes(p.name.zh));
    expect(gates).toHaveLength(3);
    for (const gate of gates) {
      expect(gate.lat).toBeGreaterThanOrEqual(39.898);
      expect(gate.lat).toBeLessThanOrEqual(39.9);
    }
    // Qianmen lies on the central axis, which the Dongcheng–Xicheng boundary follows (116.39–116.393).
    const qianmen = SOUTH_WALL.find((p) => p.name.en.startsWith('Zhengyangmen'))!;
    expect(qianmen.lon).toBeGreaterThan(116.389);
    expect(qianmen.lon).toBeLessThan(116.393);
  });

  it('is the south side of the old inner city drawn on the maps', () => {
    const inner = PLAN_LINES.find((l) => l.id === 'inner-city')!.path;
    expect(inner.slice(-5)).toEqual(
      SOUTH_WALL.slice(1, -1)
        .reverse()
        .map((p) => [p.lon, p.lat]),
    );
    expect(inner[0]).toEqual(inner.at(-1));
  });

  it('gives the line’s latitude anywhere, constant beyond its ends', () => {
    expect(lineLatAt(WALL_LINE, 100)).toBe(WALL_LINE[0][1]);
    expect(lineLatAt(WALL_LINE, 130)).toBe(WALL_LINE.at(-1)![1]);
    const [a, b] = [WALL_LINE[2], WALL_LINE[3]];
    expect(lineLatAt(WALL_LINE, (a[0] + b[0]) / 2)).toBeCloseTo((a[1] + b[1]) / 2, 10);
  });
});

describe('clipping a ring at a line', () => {
  const line: Position[] = [
    [0, 1],
    [2, 1.5],
    [4, 1],
  ];
  const box: Ring = [
    [1, 0],
    [3, 0],
    [3, 3],
    [1, 3],
    [1, 0],
  ];

  it('splits a ring into parts that add up to the whole, the cut following the line’s bend', () => {
    const north = clipRing(box, line, 'north');
    const south = clipRing(box, line, 'south');
    expect(ringArea(north) + ringArea(south)).toBeCloseTo(ringArea(box), 0);
    // The line's own vertex at x = 2 is on the cut of both parts.
    expect(north).toContainEqual([2, 1.5]);
    expect(south).toContainEqual([2, 1.5]);
    for (const p of north) expect(p[1]).toBeGreaterThanOrEqual(lineLatAt(line, p[0]) - 1e-12);
    for (const p of south) expect(p[1]).toBeLessThanOrEqual(lineLatAt(line, p[0]) + 1e-12);
  });

  it('returns nothing for a side the ring does not reach', () => {
    expect(
      clipRing(
        [
          [0, 5],
          [1, 5],
          [1, 6],
          [0, 5],
        ],
        line,
        'south',
      ),
    ).toEqual([]);
  });

  it('cuts a shared edge at the same point whichever way a ring runs along it', () => {
    const left: Ring = [
      [0, 0],
      [1, 0],
      [1.2, 3],
      [0, 3],
      [0, 0],
    ];
    const right: Ring = [
      [1, 0],
      [3, 0],
      [3, 3],
      [1.2, 3],
      [1, 0],
    ];
    const cut = (r: Ring) =>
      clipRing(r, line, 'north').filter(
        (p) => Math.abs(p[1] - lineLatAt(line, p[0])) < 1e-12 && p[0] > 0.5 && p[0] < 1.5,
      );
    expect(cut(left)).toEqual(cut(right));
  });
});

describe('the core area before 2010', () => {
  const split: Record<string, ReturnType<typeof splitAtWall>> = {
    dongcheng: splitAtWall(ringOf('dongcheng'), WALL_LINE),
    xicheng: splitAtWall(ringOf('xicheng'), WALL_LINE),
  };

  it('splits Dongcheng and Xicheng without losing or gaining area', () => {
    for (const id of ['dongcheng', 'xicheng'] as const) {
      const { north, south } = split[id];
      expect(off(ringArea(north) + ringArea(south), ringArea(ringOf(id)))).toBeLessThan(1e-4);
    }
  });

  it('comes close to the published areas of the four former districts', () => {
    // Widely published figures for the districts before the 2010 merger (not from the five sources;
    // a check that the wall line is in the right place): Dongcheng 25.38 km² and Chongwen 16.46 km²
    // (which add up to today's 41.84), Xicheng 31.62 km² and Xuanwu 18.91 km².
    expect(off(km2(ringArea(split.dongcheng.north)), 25.38)).toBeLessThan(0.04);
    expect(off(km2(ringArea(split.dongcheng.south)), 16.46)).toBeLessThan(0.04);
    expect(off(km2(ringArea(split.xicheng.north)), 31.62)).toBeLessThan(0.04);
    expect(off(km2(ringArea(split.xicheng.south)), 18.91)).toBeLessThan(0.04);
  });

  it('puts the old districts’ landmarks on the right side', () => {
    // Wangfujing (东城), the Temple of Heaven (崇文), Xidan (西城), Niujie mosque (宣武).
    expect(pointInRing([116.404, 39.912], split.dongcheng.north)).toBe(true);
    expect(pointInRing([116.4045, 39.8805], split.dongcheng.south)).toBe(true);
    expect(pointInRing([116.368, 39.9085], split.xicheng.north)).toBe(true);
    expect(pointInRing([116.357, 39.8835], split.xicheng.south)).toBe(true);
    expect(pointInRing([116.404, 39.912], split.dongcheng.south)).toBe(false);
  });

  it('is published as open data, labelled approximate', () => {
    for (const old of PRE_2010_DISTRICTS) {
      const feature = structure.find((f) => f.id === old.id)!;
      expect(feature.properties.approximate).toBe(true);
      expect(feature.properties.part_of_today).toBe(old.today);
      expect(
        off(km2(ringArea(feature.geometry.coordinates[0])), km2(ringArea(split[old.today][old.side]))),
      ).toBeLessThan(1e-3);
    }
    expect(structure.find((f) => f.id === 'south-wall-line')!.properties.approximate).toBe(true);
  });

  it('draws the boundary only where it crosses the two districts', () => {
    for (const id of ['dongcheng', 'xicheng']) {
      const inside = wallWithin(ringOf(id), WALL_LINE);
      expect(inside.length).toBeGreaterThanOrEqual(2);
      const [w, e] = [inside[0][0], inside.at(-1)![0]];
      const lons = ringOf(id).map((p) => p[0]);
      expect(w).toBeGreaterThanOrEqual(Math.min(...lons));
      expect(e).toBeLessThanOrEqual(Math.max(...lons));
    }
    // The two stretches meet on the Dongcheng–Xicheng boundary, at Qianmen.
    expect(wallWithin(ringOf('xicheng'), WALL_LINE).at(-1)).toEqual(wallWithin(ringOf('dongcheng'), WALL_LINE)[0]);
  });
});
