// `npm run bench`: measures the site in one run and prints one table; writes it, with the date and
// machine, to its own section of docs/benchmarks.md (the rest of the file is left as it is).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, platform, release } from 'node:os';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { launchChromium } from './chromium.ts';
import { originOf, startStaticServer } from './staticServer.ts';
import { pageWeight } from './bench/pageWeight.ts';
import { ourFirstRender, timelineJsFirstRender, zoomFrames } from './bench/timeline.ts';
import { syntheticContent } from './bench/syntheticContent.ts';
import { writeDocSection } from './bench/docSection.ts';
import type { TimelineJsDocument } from '../src/lib/data/timelinejsExport.ts';
import { benchMap } from './bench-map.ts';
import { benchSearch } from './bench-search.ts';

type Row = { area: string; measure: string; value: string; budget?: string; ok?: boolean };
const rows: Row[] = [];
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (n: number) => `${Math.round(n)} ms`;
const GENERATED = Number(process.env.BENCH_MILESTONES ?? 5000);
const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(', ');
const loadBefore = load();
const readJson = <T>(path: string) => JSON.parse(readFileSync(path, 'utf8')) as T;

function build(outDir: string, env: Record<string, string> = {}) {
  const start = Date.now();
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
    env: { ...process.env, ASTRO_CACHE_DIR: `node_modules/.astro-${outDir}`, ...env },
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  if (result.status !== 0) {
    const lines = (result.stderr || result.stdout).trim().split('\n');
    throw new Error(
      `build failed:\n${lines.slice(0, 20).join('\n')}${lines.length > 20 ? `\n… ${lines.length - 20} more lines` : ''}`,
    );
  }
  return Date.now() - start;
}

function countPages(dir: string): number {
  return readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
}

/** All TimelineJS events the site exports, as one document. */
function timelineJsDocument(dist: string) {
  const folder = join(dist, 'data', 'timelinejs');
  if (!existsSync(folder)) return null;
  const docs = readdirSync(folder)
    .filter((f) => f.endsWith('.json') && !f.includes('.en.'))
    .map((f) => readJson<TimelineJsDocument>(join(folder, f)));
  if (docs.length === 0) return null;
  return { events: docs.flatMap((d) => d.events), eras: docs.flatMap((d) => d.eras ?? []) };
}

// Inside the project: Astro puts a build's server chunks beside an outDir within the working folder, and in
// a shared .astro/ otherwise.
const dist = 'dist-bench';
const buildMs = build(dist);
const pages = countPages(dist);
rows.push({ area: 'build', measure: 'real site: build time', value: ms(buildMs) });
rows.push({ area: 'build', measure: 'real site: pages', value: String(pages) });

const browser = await launchChromium();
const server = await startStaticServer({ root: dist });
const origin = originOf(server);
const milestones = readJson<{ id: string }[]>(join(dist, 'data', 'milestones.json'));
const KB = 1024;
// The JS budgets of GUIDE.md, per page type; search's (JS + index ≤ 100 KB) is checked with search below.
const pageTypes: [string, string, number?][] = [
  ['home', '/', 3 * KB],
  ['home', '/en/', 3 * KB],
  ['timeline', '/timeline/', 30 * KB],
  ['timeline', '/en/timeline/', 30 * KB],
  ['timeline, a milestone open in the detail view', `/timeline/?m=${milestones[0].id}`, 30 * KB],
  ['story', '/story/'],
  ['story', '/en/story/'],
  ['district', '/districts/dongcheng/'],
  ['era', '/eras/dongcheng-1997/'],
  ['milestone', `/milestones/${milestones[0].id}/`, 5 * KB],
  ['milestone', `/en/milestones/${milestones[0].id}/`, 5 * KB],
  ['plan', '/plans/dongcheng-2016-2020/'],
  ['sources', '/sources/'],
  ['map', '/map/'],
  ['search', '/search/'],
  ['compare', '/compare/', 8 * KB],
  ['compare', '/en/compare/', 8 * KB],
  [
    'collection, three milestones',
    `/collection/?m=${milestones
      .slice(0, 3)
      .map((m) => m.id)
      .join('~')}`,
  ],
  ['milestone embed', `/embed/milestone/${milestones[0].id}/`],
];
for (const [type, path, budget] of pageTypes) {
  if (!existsSync(join(dist, path.split('?')[0], 'index.html'))) continue;
  const w = await pageWeight(browser, origin, path);
  rows.push({
    area: 'page weight',
    measure: `${type} (${path}): JS / CSS / HTML gzip`,
    value: `${kb(w.jsGzip)} / ${kb(w.cssGzip)} / ${kb(w.htmlGzip)}`,
    ...(budget ? { budget: `JS ≤ ${kb(budget)}`, ok: w.jsGzip <= budget } : {}),
  });
}

const tl = 'node_modules/@knight-lab/timelinejs/dist';
const tljsSize =
  gzipSync(readFileSync(`${tl}/js/timeline.js`)).length + gzipSync(readFileSync(`${tl}/css/timeline.css`)).length;
const ours = await pageWeight(browser, origin, '/timeline/');
rows.push({ area: 'vs TimelineJS', measure: 'bundle: TimelineJS 3.9 JS+CSS gzip', value: kb(tljsSize) });
rows.push({
  area: 'vs TimelineJS',
  measure: 'bundle: our timeline page JS+CSS gzip',
  value: kb(ours.jsGzip + ours.cssGzip),
  ok: ours.jsGzip + ours.cssGzip < tljsSize,
  budget: 'smaller',
});

const realDoc = timelineJsDocument(dist);
const oursReal = await ourFirstRender(browser, `${origin}/timeline/`, milestones.length);
rows.push({
  area: 'vs TimelineJS',
  measure: `first render, real corpus (${milestones.length} events): ours`,
  value: ms(oursReal),
});
if (realDoc) {
  const theirs = await timelineJsFirstRender(browser, realDoc, realDoc.events.length);
  rows.push({
    area: 'vs TimelineJS',
    measure: `first render, real corpus: TimelineJS`,
    value: theirs === null ? 'timed out' : ms(theirs),
    budget: 'ours faster',
    ok: theirs === null || oursReal < theirs,
  });
}

for (const row of await benchSearch(dist)) {
  const value = `${row.unit === 'KB' ? row.value.toFixed(1) : row.value.toFixed(2)} ${row.unit}`;
  rows.push({
    area: 'search',
    measure: row.name,
    value,
    ...(row.budget !== undefined ? { budget: `≤ ${row.budget} ${row.unit}`, ok: row.ok } : {}),
  });
}

const map = await benchMap(dist);
rows.push({ area: 'map', measure: 'Leaflet, gzip (outside the budget)', value: kb(map.leafletGzip) });
rows.push({
  area: 'map',
  measure: 'our map JS + data before interaction, gzip',
  value: `${kb(map.mapJsGzip)} + ${kb(map.dataGzip)} = ${kb(map.mapTotalGzip)}`,
  budget: `≤ ${kb(map.budget)}`,
  ok: map.withinBudget,
});
server.close();

const generatedContent = syntheticContent(GENERATED);
const bigDist = `dist-bench-${GENERATED}`;
const bigBuildMs = build(bigDist, { CONTENT_DIR: generatedContent });
rows.push({
  area: `${GENERATED} generated`,
  measure: 'build time / pages',
  value: `${ms(bigBuildMs)} / ${countPages(bigDist)}`,
});
const bigServer = await startStaticServer({ root: bigDist });
const bigUrl = `${originOf(bigServer)}/timeline/`;
const total = readJson<unknown[]>(join(bigDist, 'data', 'milestones.json')).length;
const oursBig = await ourFirstRender(browser, bigUrl, total);
rows.push({
  area: `${GENERATED} generated`,
  measure: `timeline first render (${total} marks): ours`,
  value: ms(oursBig),
});
const bigDoc = timelineJsDocument(bigDist);
if (bigDoc) {
  const theirs = await timelineJsFirstRender(browser, bigDoc, bigDoc.events.length, 180_000);
  rows.push({
    area: `${GENERATED} generated`,
    measure: 'timeline first render: TimelineJS',
    value: theirs === null ? '> 180 s' : ms(theirs),
    budget: 'ours faster',
    ok: theirs === null || oursBig < theirs,
  });
}
const frames = await zoomFrames(browser, bigUrl);
rows.push({
  area: `${GENERATED} generated`,
  measure: 'zoom and pan: frames per second',
  value: frames.fps.toFixed(1),
  budget: '≥ 50',
  ok: frames.fps >= 50,
});
rows.push({
  area: `${GENERATED} generated`,
  measure: 'zoom and pan: p95 frame time',
  value: `${frames.p95FrameMs.toFixed(1)} ms`,
});
bigServer.close();
const chromiumVersion = browser.version();
await browser.close();

const header = '| area | measure | value | budget | |\n|---|---|---|---|---|';
const table = [
  header,
  ...rows.map(
    (r) =>
      `| ${r.area} | ${r.measure} | ${r.value} | ${r.budget ?? ''} | ${r.ok === undefined ? '' : r.ok ? 'ok' : '**over**'} |`,
  ),
].join('\n');
console.log(table);
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${platform()} ${release()}, Node ${process.version}, Chromium ${chromiumVersion}`;
writeDocSection(
  'bench',
  `## Sizes and speed (\`npm run bench\`)

Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}, in one run. Machine: ${machine}; load average (1, 5, 15 min) ${loadBefore} at the start and ${load()} at the end.

${table}

Gzip sizes are of what the browser actually loaded, lazy chunks included, after scrolling through the page (inline scripts counted as JS). First render is from navigation to every mark painted. Frames are counted with requestAnimationFrame while Ctrl + wheel zooms in and out and a drag pans, on the timeline with ${GENERATED} generated milestones added to the real content.`,
);
if (rows.some((r) => r.ok === false)) process.exitCode = 1;
