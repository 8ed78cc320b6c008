// JavaScript budgets (gzip), measured in Chromium on the built pages: every script a page loads on
// first paint and while the reader scrolls through it (lazy chunks included once loaded), inline
// scripts too. Search's engine and index are outside every other page's budget because they load only
// when asked for: no page other than /search/ may load them on first paint.
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page, Request } from 'playwright-core';
import { launch, url, watchedPage, publishedMilestones } from './browser.ts';

const KB = 1024;
const SEARCH = /search-index\/|searchClient/;

/** Page type, address (`{id}`: a published milestone) and its JS budget in bytes of gzip. */
const BUDGETS: [string, string, number][] = [
  ['home', '/', 3 * KB],
  ['timeline', '/timeline/', 30 * KB],
  ['story', '/story/', 30 * KB],
  ['compare', '/compare/', 8 * KB],
  ['milestone', '/milestones/{id}/', 5 * KB],
];
const SEARCH_BUDGET = 100 * KB;

let browser: Browser;
let milestone: string;
beforeAll(async () => {
  browser = await launch();
  milestone = (await publishedMilestones<{ id: string }>())[0].id;
});
afterAll(() => browser?.close());

const gzip = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;

interface Loaded {
  /** gzip bytes per same-origin URL: scripts, and the search index's JSON. */
  files: Map<string, number>;
  inlineJs: number;
  /** Waits until every request started so far has finished and been measured. */
  settle: () => Promise<void>;
}

/** Opens a page, scrolls through it, and waits until every request it started has finished. */
async function load(page: Page, path: string): Promise<Loaded> {
  const files = new Map<string, number>();
  const bodies: Promise<void>[] = [];
  const pending = new Set<Request>();
  page.on('request', (r) => pending.add(r));
  page.on('requestfinished', (r) => pending.delete(r));
  page.on('requestfailed', (r) => pending.delete(r));
  page.on('response', (response) => {
    const type = response.request().resourceType();
    if (!response.ok() || !(type === 'script' || SEARCH.test(response.url()))) return;
    bodies.push(
      response.body().then(
        (body) => void files.set(response.url(), gzip(body)),
        () => undefined,
      ),
    );
  });
  await page.goto(url(path), { waitUntil: 'networkidle' });
  // Through the page a screen at a time, each one painted, so that what loads on view has loaded.
  await page.evaluate(async () => {
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    for (let y = 0; y < document.body.scrollHeight; y += innerHeight) {
      scrollTo(0, y);
      await frame();
      await frame();
    }
  });
  const settle = async () => {
    await expect.poll(() => pending.size, { timeout: 15_000 }).toBe(0);
    await Promise.all(bodies);
  };
  await settle();
  const inline = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLScriptElement>('script:not([src])')]
      .filter((s) => !s.type.includes('json'))
      .map((s) => s.textContent ?? '')
      .join(''),
  );
  return { files, inlineJs: inline ? gzip(inline) : 0, settle };
}

const sum = (files: Map<string, number>, keep: (url: string) => boolean) =>
  [...files].filter(([u]) => keep(u)).reduce((n, [, bytes]) => n + bytes, 0);
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

describe('JS budgets (gzip)', () => {
  for (const [type, route, budget] of BUDGETS)
    it(`${type} loads at most ${kb(budget)} of JS, and no search until asked`, async () => {
      const path = route.replace('{id}', milestone);
      const { page } = await watchedPage(browser);
      const { files, inlineJs } = await load(page, path);
      const js = sum(files, (u) => !SEARCH.test(u)) + inlineJs;
      console.log(`budget: ${type} (${path}) JS ${kb(js)} of ${kb(budget)}`);
      expect(
        [...files.keys()].filter((u) => SEARCH.test(u)),
        'search loaded on first paint',
      ).toEqual([]);
      expect(js, `${type}: ${[...files.keys()].join(', ')}`).toBeLessThanOrEqual(budget);
    });

  // What search adds when asked for: the scripts the header box loads once focused, and every part of
  // the index of the page's language.
  for (const prefix of ['', '/en'])
    it(`search (${prefix || '/'}) loads at most ${kb(SEARCH_BUDGET)} of JS and index, once asked`, async () => {
      const { page } = await watchedPage(browser);
      const { files, settle } = await load(page, `${prefix}/`);
      const before = new Set(files.keys());
      expect(
        [...before].filter((u) => SEARCH.test(u)),
        'search loaded on first paint',
      ).toEqual([]);
      const rest = page.waitForResponse((r) => /search-index\/\w+-sections\.json/.test(r.url()));
      await page.locator('#site-search-input').fill('grid');
      await (await rest).finished();
      await page.waitForSelector('#site-search-listbox [role=option]');
      await settle();
      const added = new Map([...files].filter(([u]) => !before.has(u)));
      const index = sum(added, (u) => /search-index\//.test(u));
      const js = sum(added, (u) => !/search-index\//.test(u));
      console.log(
        `budget: search${prefix} JS ${kb(js)} + index ${kb(index)} = ${kb(js + index)} of ${kb(SEARCH_BUDGET)}`,
      );
      expect(js, 'the engine was loaded').toBeGreaterThan(0);
      expect(index, 'the index was loaded').toBeGreaterThan(0);
      expect(js + index, [...added.keys()].join(', ')).toBeLessThanOrEqual(SEARCH_BUDGET);
    });
});
