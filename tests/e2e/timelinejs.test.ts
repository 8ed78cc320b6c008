// Our TimelineJS export loads in TimelineJS itself: the library comes from node_modules
// (@knight-lab/timelinejs), served on the site's origin by a route in the test, never from a CDN,
// and every event of the JSON becomes a slide and a marker.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, normalize } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, url, watchedPage, publishedMilestones } from './browser.ts';

const require = createRequire(import.meta.url);
const TLJS = join(dirname(require.resolve('@knight-lab/timelinejs/package.json')), 'dist');
const HARNESS = url('/__timelinejs__/index.html');
const LIB = url('/__timelinejs__/lib/');

const TYPES: Record<string, string> = {
  js: 'text/javascript',
  css: 'text/css',
  json: 'application/json',
  png: 'image/png',
  svg: 'image/svg+xml',
  woff: 'font/woff',
  woff2: 'font/woff2',
  ttf: 'font/ttf',
  eot: 'application/vnd.ms-fontobject',
};

interface TimelineJsFile {
  title: { text: { headline: string } };
  events: {
    unique_id: string;
    start_date: { year: number; month?: number; day?: number };
    text: { headline: string };
  }[];
  eras: unknown[];
}

let browser: Browser;
let districts: string[];
beforeAll(async () => {
  browser = await launch();
  const items: { district: string }[] = await publishedMilestones();
  districts = [...new Set(items.map((m) => m.district))];
});
afterAll(() => browser?.close());

/** A page where /__timelinejs__/ serves TimelineJS from node_modules and a harness that loads `source`. */
async function timelinePage(source: string, language: string) {
  const watched = await watchedPage(browser);
  // Registered after watchedPage's catch-all, so it is asked first.
  await watched.page.route(`${url('/__timelinejs__/')}**`, (route) => {
    const target = new URL(route.request().url());
    if (target.href === HARNESS) {
      return route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><title>TimelineJS</title>
<link rel="stylesheet" href="${LIB}css/timeline.css"></head>
<body><div id="timeline-embed" style="width:1000px;height:650px"></div>
<script src="${LIB}js/timeline.js"></script>
<script>
  window.tlReady = false;
  window.tlError = null;
  try {
    window.timeline = new TL.Timeline('timeline-embed', ${JSON.stringify(source)}, { language: ${JSON.stringify(language)}, script_path: ${JSON.stringify(`${LIB}js/`)}, font: null, hash_bookmark: false });
    window.timeline.on('loaded', () => { window.tlReady = true; });
    window.timeline.on('dataloaderror', (e) => { window.tlError = e.message || 'data load error'; });
  } catch (e) { window.tlError = String(e); }
</script></body></html>`,
      });
    }
    const rel = decodeURIComponent(target.pathname.slice(new URL(LIB).pathname.length));
    const file = normalize(join(TLJS, rel));
    if (!file.startsWith(TLJS)) return route.abort();
    try {
      return route.fulfill({
        body: readFileSync(file),
        contentType: TYPES[file.split('.').pop()!] ?? 'application/octet-stream',
      });
    } catch {
      return route.fulfill({ status: 404, body: 'not found' });
    }
  });
  await watched.page.goto(HARNESS);
  await watched.page.waitForFunction(
    () =>
      (window as unknown as { tlReady: boolean; tlError: unknown }).tlReady ||
      (window as unknown as { tlError: unknown }).tlError,
    null,
    { timeout: 30_000 },
  );
  expect(await watched.page.evaluate(() => (window as unknown as { tlError: unknown }).tlError)).toBeNull();
  return watched;
}

async function expectEveryEvent(path: string, language: string) {
  const json: TimelineJsFile = await (await fetch(url(path))).json();
  expect(json.events.length).toBeGreaterThan(0);
  const { page, consoleErrors, offOrigin } = await timelinePage(url(path), language);
  // TimelineJS renders the title slide plus one slide per event, and one marker per event; each
  // event's slide takes its unique_id as its DOM id.
  const slides = await page.$$eval('.tl-slide', (els) => els.map((e) => e.id));
  const markers = await page.locator('.tl-timemarker').count();
  expect(markers).toBe(json.events.length);
  expect(slides.length).toBe(json.events.length + 1);
  for (const event of json.events) expect(slides).toContain(event.unique_id);
  // The title slide carries our headline, and TimelineJS shows an event's date as we display it.
  await expect(page.locator('.tl-slide-titleslide .tl-headline').first().textContent()).resolves.toContain(
    json.title.text.headline.split(' · ')[0],
  );
  expect(consoleErrors).toEqual([]);
  expect(offOrigin).toEqual([]);
  await page.context().close();
  return json;
}

describe('TimelineJS export', () => {
  it('every district has a zh-cn and an English file with one event per milestone', async () => {
    const items: { id: string; district: string; date: string }[] = await publishedMilestones();
    for (const district of districts) {
      for (const path of [`/data/timelinejs/${district}.json`, `/data/timelinejs/en/${district}.json`]) {
        const json: TimelineJsFile = await (await fetch(url(path))).json();
        const own = items.filter((m) => m.district === district);
        expect(json.events.map((e) => e.unique_id).sort(), path).toEqual(own.map((m) => m.id).sort());
        for (const event of json.events) {
          const date = own.find((m) => m.id === event.unique_id)!.date;
          const [year, month, day] = date.split('-').map(Number);
          expect(event.start_date.year).toBe(year);
          expect(event.start_date.month).toBe(month);
          expect(event.start_date.day).toBe(day);
        }
        expect(json.eras.length).toBeGreaterThan(0);
      }
    }
  });

  it('loads into TimelineJS (zh-cn) with every event, for every district', async () => {
    for (const district of districts) await expectEveryEvent(`/data/timelinejs/${district}.json`, 'zh-cn');
  });

  it('loads into TimelineJS in English too', async () => {
    await expectEveryEvent(`/data/timelinejs/en/${districts[0]}.json`, 'en');
  });

  it('the harness can fail: a file with a missing event is noticed', async () => {
    const { page } = await timelinePage(url(`/data/timelinejs/${districts[0]}.json`), 'zh-cn');
    const json: TimelineJsFile = await (await fetch(url(`/data/timelinejs/${districts[0]}.json`))).json();
    // Remove one slide and check the comparison above would catch it.
    await page.evaluate(() => document.querySelector('.tl-slide:not(.tl-slide-titleslide)')?.remove());
    const slides = await page.$$eval('.tl-slide', (els) => els.map((e) => e.id));
    expect(json.events.every((e) => slides.includes(e.unique_id))).toBe(false);
    await page.context().close();
  });
});
