// The map page's weight before the reader interacts: what Chromium downloads for /map/ up to the moment
// the map, scrolled into view, is drawn. The budget: Leaflet plus at most 15 KB gzip of our own JS and data.
//
//   node scripts/bench-map.ts [dist]        (builds nothing: run `astro build` first)
//
// Sizes are gzip -9 of each file as served. "Shared" JS is what a page without a map (/sources/) loads
// as well (the header's search, Vite's helpers); it is reported but not counted against the map.
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import type { Page, Response } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { originOf, startStaticServer } from './staticServer.ts';

export const MAP_BUDGET_BYTES = 15 * 1024;

export interface MapFile {
  path: string;
  kind: 'leaflet' | 'js' | 'data' | 'css' | 'html' | 'other';
  bytes: number;
  gzip: number;
  shared: boolean;
}

export interface MapBench {
  /** Leaflet's own chunk, gzip bytes (outside the budget). */
  leafletGzip: number;
  /** Our JS that only pages with a map load. */
  mapJsGzip: number;
  /** Boundary and shape data the map fetches. */
  dataGzip: number;
  /** mapJsGzip + dataGzip: the figure the budget limits. */
  mapTotalGzip: number;
  /** JS every page loads anyway (not counted). */
  sharedJsGzip: number;
  cssGzip: number;
  budget: number;
  withinBudget: boolean;
  files: MapFile[];
}

const kindOf = (path: string, type: string): MapFile['kind'] => {
  if (/leaflet-src/.test(path)) return 'leaflet';
  if (type === 'script' || path.endsWith('.js')) return 'js';
  if (/\.(geo)?json$/.test(path) || type === 'fetch') return 'data';
  if (type === 'stylesheet' || path.endsWith('.css')) return 'css';
  if (type === 'document') return 'html';
  return 'other';
};

async function record(page: Page, action: () => Promise<void>): Promise<Map<string, { type: string; body: Buffer }>> {
  const seen = new Map<string, { type: string; body: Buffer }>();
  const pending: Promise<void>[] = [];
  const listener = (response: Response) => {
    pending.push(
      response.body().then(
        (body) => void seen.set(new URL(response.url()).pathname, { type: response.request().resourceType(), body }),
        () => undefined,
      ),
    );
  };
  page.on('response', listener);
  await action();
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  page.off('response', listener);
  return seen;
}

export async function benchMap(distDir: string): Promise<MapBench> {
  const server = await startStaticServer({ root: distDir });
  const origin = originOf(server);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const baseline = await record(page, async () => void (await page.goto(`${origin}/sources/`)));
    // A fresh context, so nothing comes from the cache.
    const fresh = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const mapPage = await fresh.newPage();
    const loaded = await record(mapPage, async () => {
      await mapPage.goto(`${origin}/map/`);
      await mapPage.locator('[data-canvas]').scrollIntoViewIfNeeded();
      await mapPage.waitForSelector('reform-map[data-ready]', { timeout: 20_000 });
    });
    const files: MapFile[] = [...loaded].map(([path, { type, body }]) => ({
      path,
      kind: kindOf(path, type),
      bytes: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      shared: baseline.has(path),
    }));
    const sum = (keep: (f: MapFile) => boolean) => files.filter(keep).reduce((n, f) => n + f.gzip, 0);
    const mapJsGzip = sum((f) => f.kind === 'js' && !f.shared);
    const dataGzip = sum((f) => f.kind === 'data');
    return {
      leafletGzip: sum((f) => f.kind === 'leaflet'),
      mapJsGzip,
      dataGzip,
      mapTotalGzip: mapJsGzip + dataGzip,
      sharedJsGzip: sum((f) => f.kind === 'js' && f.shared),
      cssGzip: sum((f) => f.kind === 'css'),
      budget: MAP_BUDGET_BYTES,
      withinBudget: mapJsGzip + dataGzip <= MAP_BUDGET_BYTES,
      files: files.sort((a, b) => a.path.localeCompare(b.path)),
    };
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const result = await benchMap(process.argv[2] ?? 'dist');
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  for (const f of result.files)
    console.log(`${f.kind.padEnd(8)} ${kb(f.gzip).padStart(9)} gzip ${f.shared ? '(shared)' : '        '} ${f.path}`);
  console.log(
    `\nLeaflet ${kb(result.leafletGzip)} · our map JS ${kb(result.mapJsGzip)} + data ${kb(result.dataGzip)} = ${kb(result.mapTotalGzip)} of ${kb(result.budget)} ${result.withinBudget ? '✓' : '✗ over budget'}`,
  );
  console.log(`(not counted: JS every page loads ${kb(result.sharedJsGzip)}, CSS ${kb(result.cssGzip)})`);
  if (!result.withinBudget) process.exitCode = 1;
}
