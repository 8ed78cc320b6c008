// The maps' compact display geometry (public/data/map-shapes.json): district rings as shared arcs,
// so a border between two districts is stored, simplified and drawn once and neighbours never gap
// or overlap; coordinates as encoded polylines. scripts/prepare-boundaries.ts writes it with
// buildTopology and encodeShapes; the browser reads it with decodeShapes.

import { decodeLines, encodeLines, simplifyLine, type Position, type Ring } from './geometry.ts';

/** The id, in the shapes file, of the line that cut today's district `today` before 2010. */
export const pre2010LineId = (today: string): string => `before-2010-${today}`;

export interface Names {
  zh: string;
  en: string;
}

/** The file as stored. Arc references follow TopoJSON: i is arc i, ~i (= -i - 1) is arc i reversed. */
export interface ShapesFile {
  v: 1;
  /** Coordinates are stored as round(degrees × k). */
  k: number;
  attribution: { text: Names; url: string };
  /** All arcs in one string (see encodeLines). */
  arcs: string;
  /** Each polygon's ring as arc references, runs written short (see encodeRefs). */
  districts: { id: string; name: Names; label: Position; polygons: string[] }[];
  /** Named lines: ids here, paths in `paths`, in the same order. */
  lines: string[];
  paths: string;
  points: { id: string; name: Names; at: Position; side?: 'left' | 'right' | 'below' }[];
}

export interface Topology {
  arcs: Position[][];
  /** For each input ring, its arcs in order. */
  rings: number[][];
}

const key = (p: Position) => `${p[0]},${p[1]}`;
const open = (ring: Ring) => (ring.length > 1 && key(ring[0]) === key(ring.at(-1)!) ? ring.slice(0, -1) : ring.slice());

/**
 * Cuts closed rings into arcs at the junctions where rings stop sharing a border, and stores each
 * shared arc once. Rings must use identical coordinates where they touch (round them first).
 */
export function buildTopology(rings: readonly Ring[]): Topology {
  const opened = rings.map(open);
  // A vertex is a junction when two visits to it have different neighbours.
  const signature = new Map<string, string>();
  const junction = new Set<string>();
  for (const ring of opened) {
    ring.forEach((p, i) => {
      const k = key(p);
      const sig = [key(ring[(i - 1 + ring.length) % ring.length]), key(ring[(i + 1) % ring.length])].sort().join('|');
      const seen = signature.get(k);
      if (seen === undefined) signature.set(k, sig);
      else if (seen !== sig) junction.add(k);
    });
  }
  const arcs: Position[][] = [];
  const index = new Map<string, number>();
  const lineKey = (line: readonly Position[]) => line.map(key).join(';');
  const store = (arc: Position[]): number => {
    const forward = lineKey(arc);
    const found = index.get(forward);
    if (found !== undefined) return found;
    const backward = index.get(lineKey(arc.slice().reverse()));
    if (backward !== undefined) return ~backward;
    index.set(forward, arcs.length);
    arcs.push(arc);
    return arcs.length - 1;
  };
  const refs = opened.map((ring) => {
    const cuts = ring.map((p, i) => (junction.has(key(p)) ? i : -1)).filter((i) => i >= 0);
    if (cuts.length === 0) {
      // A ring that shares no border: one closed arc, from its smallest vertex, in a fixed direction.
      const rotate = (r: Position[]) => {
        let m = 0;
        r.forEach((p, i) => {
          if (key(p) < key(r[m])) m = i;
        });
        const rot = [...r.slice(m), ...r.slice(0, m)];
        return [...rot, rot[0]];
      };
      const a = rotate(ring),
        b = rotate(ring.slice().reverse());
      return lineKey(a) <= lineKey(b) ? [store(a)] : [~store(b)];
    }
    const seq = [...ring.slice(cuts[0]), ...ring.slice(0, cuts[0]), ring[cuts[0]]];
    const out: number[] = [];
    let from = 0;
    for (let i = 1; i < seq.length; i++) {
      if (i === seq.length - 1 || junction.has(key(seq[i]))) {
        out.push(store(seq.slice(from, i + 1)));
        from = i;
      }
    }
    return out;
  });
  return { arcs, rings: refs };
}

/** Writes arc references as text; a run that steps by +1 or -1 becomes "first>last" ("0>9,-13>-11,40"). */
export function encodeRefs(refs: readonly number[]): string {
  const out: string[] = [];
  for (let i = 0; i < refs.length;) {
    const step = refs[i + 1] - refs[i];
    let j = i;
    if (step === 1 || step === -1) while (j + 1 < refs.length && refs[j + 1] - refs[j] === step) j++;
    out.push(j > i ? `${refs[i]}>${refs[j]}` : String(refs[i]));
    i = j + 1;
  }
  return out.join(',');
}

export function decodeRefs(text: string): number[] {
  return text.split(',').flatMap((token) => {
    const [a, b = a] = token.split('>').map(Number);
    const step = b >= a ? 1 : -1;
    return Array.from({ length: Math.abs(b - a) + 1 }, (_, k) => a + k * step);
  });
}

/** Joins arcs back into a closed ring. */
export function ringFromArcs(arcs: readonly (readonly Position[])[], refs: readonly number[]): Position[] {
  const out: Position[] = [];
  for (const r of refs) {
    const arc = r >= 0 ? arcs[r] : arcs[~r].slice().reverse();
    out.push(...(out.length ? arc.slice(1) : arc));
  }
  return out;
}

/**
 * Simplifies each arc with its own tolerance (metres) and rounds it to the file's grid, keeping arc
 * ends fixed so shared borders stay shared. Returns the arcs encoded.
 */
export function encodeArcs(arcs: readonly Position[][], tolerance: (arc: number) => number, k: number): string {
  const simplified = arcs.map((arc, i) => {
    const simple = simplifyLine(arc, tolerance(i)).map(
      ([x, y]) => [Math.round(x * k) / k, Math.round(y * k) / k] as Position,
    );
    const dedup = simple.filter((p, j) => j === 0 || key(p) !== key(simple[j - 1]));
    return dedup.length === 1 ? [dedup[0], dedup[0]] : dedup;
  });
  return encodeLines(simplified, k);
}

export interface DecodedShapes {
  attribution: ShapesFile['attribution'];
  districts: { id: string; name: Names; label: Position; polygons: Position[][] }[];
  lines: Map<string, Position[]>;
  points: ShapesFile['points'];
  /** The outline of several districts together: the arcs that only one of them uses. */
  outline: (ids: readonly string[]) => Position[][];
}

/** Reads the stored file into rings of [lon, lat] positions. */
export function decodeShapes(file: ShapesFile): DecodedShapes {
  const arcs = decodeLines(file.arcs, file.k);
  const paths = decodeLines(file.paths, file.k);
  return {
    attribution: file.attribution,
    districts: file.districts.map((d) => ({
      ...d,
      polygons: d.polygons.map((refs) => ringFromArcs(arcs, decodeRefs(refs))),
    })),
    lines: new Map(file.lines.map((id, i) => [id, paths[i]])),
    points: file.points,
    outline: (ids) => {
      const uses = new Map<number, number>();
      for (const d of file.districts) {
        if (!ids.includes(d.id)) continue;
        for (const ref of d.polygons.flatMap(decodeRefs)) {
          const a = ref >= 0 ? ref : ~ref;
          uses.set(a, (uses.get(a) ?? 0) + 1);
        }
      }
      return [...uses].filter(([, n]) => n === 1).map(([a]) => arcs[a]);
    },
  };
}
