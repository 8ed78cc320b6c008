// Timeline speed in Chromium: time to first render of N events, ours against TimelineJS 3 loading the
// same events, and frame times while zooming and panning.
import { mkdtempSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { originOf, startStaticServer } from '../staticServer.ts';

export interface FrameStats {
  frames: number;
  fps: number;
  p95FrameMs: number;
}

/** Navigation to the moment every mark is in the DOM and painted. */
export async function ourFirstRender(browser: Browser, pageUrl: string, expected: number): Promise<number> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const start = Date.now();
  await page.goto(pageUrl, { waitUntil: 'commit' });
  await page.waitForFunction((n) => document.querySelectorAll('a.mark').length >= n, expected, {
    timeout: 120_000,
    polling: 'raf',
  });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
  const elapsed = Date.now() - start;
  await page.close();
  return elapsed;
}

/** TimelineJS 3 from node_modules, served locally, loading a TimelineJS JSON document. */
export async function timelineJsFirstRender(
  browser: Browser,
  json: unknown,
  expected: number,
  timeoutMs = 120_000,
): Promise<number | null> {
  const root = mkdtempSync(join(tmpdir(), 'tljs-'));
  cpSync('node_modules/@knight-lab/timelinejs/dist', join(root, 'tl'), { recursive: true });
  writeFileSync(join(root, 'data.json'), JSON.stringify(json));
  writeFileSync(
    join(root, 'index.html'),
    `<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="tl/css/timeline.css"></head>
<body><div id="tl" style="width:1280px;height:700px"></div><script src="tl/js/timeline.js"></script>
<script>fetch('data.json').then(r=>r.json()).then(d=>{window.tl=new TL.Timeline('tl',d,{language:'zh-cn',font:null,script_path:'tl/js/'})});</script></body></html>`,
  );
  const server = await startStaticServer({ root });
  const origin = originOf(server);
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.route(
    (u) => u.origin !== origin,
    (route) => route.abort(),
  );
  try {
    const start = Date.now();
    await page.goto(`${origin}/`, { waitUntil: 'commit' });
    await page.waitForFunction((n) => document.querySelectorAll('.tl-timemarker').length >= n, expected, {
      timeout: timeoutMs,
      polling: 100,
    });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
    return Date.now() - start;
  } catch {
    return null;
  } finally {
    await page.close();
    server.close();
  }
}

/** Zooms in and out and pans with Ctrl + wheel and drags for about two seconds; measures frames. */
export async function zoomFrames(browser: Browser, pageUrl: string): Promise<FrameStats> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(pageUrl, { waitUntil: 'load' });
  await page.waitForFunction(() => !document.querySelector('[data-tools]')?.classList.contains('is-pending'));
  const svg = page.locator('svg.timeline-svg');
  await svg.scrollIntoViewIfNeeded();
  await page.waitForTimeout(500);
  const box = (await svg.boundingBox())!;
  const times: number[] = [];
  await page.evaluate(() => {
    (window as unknown as { frames_: number[] }).frames_ = [];
    const loop = (t: number) => {
      (window as unknown as { frames_: number[] }).frames_.push(t);
      requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  });
  const cx = box.x + box.width / 2;
  const cy = box.y + Math.min(box.height / 2, 300);
  await page.mouse.move(cx, cy);
  await page.keyboard.down('Control');
  for (let i = 0; i < 40; i++) await page.mouse.wheel(0, -40);
  for (let i = 0; i < 40; i++) await page.mouse.wheel(0, 30);
  await page.keyboard.up('Control');
  await page.mouse.down();
  for (let i = 0; i < 40; i++) await page.mouse.move(cx - i * 8, cy);
  await page.mouse.up();
  times.push(...(await page.evaluate(() => (window as unknown as { frames_: number[] }).frames_)));
  await page.close();
  const gaps = times
    .slice(1)
    .map((t, i) => t - times[i])
    .sort((a, b) => a - b);
  const duration = times.at(-1)! - times[0];
  return {
    frames: gaps.length,
    fps: (gaps.length / duration) * 1000,
    p95FrameMs: gaps[Math.floor(gaps.length * 0.95)],
  };
}
