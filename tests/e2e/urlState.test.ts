// Odd URL state on every page type: malformed percent sequences, fragments that name nothing, unknown,
// repeated and out-of-range parameters. Nothing throws, nothing is logged as an error, maps still zoom,
// and the address bar ends up showing only what the page shows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { base, launch, publishedMilestones, url, watchedPage } from './browser.ts';

let browser: Browser;
let milestone: string;
beforeAll(async () => {
  browser = await launch();
  milestone = (await publishedMilestones<{ id: string }>())[0].id;
});
afterAll(() => browser?.close());

/** What is left of the address after the site's path prefix. */
const address = (page: Page) =>
  page.evaluate(() => location.href.slice(location.origin.length)).then((a) => a.slice(base.length - 1));

const BAD_QUERY = '?d=%E4%B8&d=nowhere~~&t=%3Cscript%3E&from=2100&to=1977&m=..%2F..%2Fx&x=1&%=%';
const BAD_HASHES = ['#%', '#place-%E4%B8', '#%E0%A4%A', '#nowhere', '#'];

/** Loads a page, waits for its scripts, and returns what went wrong on the way. */
async function load(path: string, options: { map?: boolean } = {}) {
  const watched = await watchedPage(browser);
  const { page } = watched;
  await page.goto(url(path), { waitUntil: 'load' });
  if (options.map) {
    await page.locator('[data-canvas]').scrollIntoViewIfNeeded();
    await page.waitForSelector('reform-map[data-ready]');
    const zoom = Number(await page.getAttribute('reform-map', 'data-zoom'));
    await page.locator('.map-control', { hasText: '+' }).click();
    await page.waitForFunction(
      (z) => Number(document.querySelector('reform-map')!.getAttribute('data-zoom')) > z,
      zoom,
    );
    // The markers are still drawn after the zoom (an error thrown on zoom used to remove them).
    expect(await page.locator('path.map-marker:not(.is-off), path.map-cluster').count()).toBeGreaterThan(0);
  }
  await page.waitForLoadState('networkidle');
  return watched;
}

describe('pages without URL state drop any query and a fragment that names nothing', () => {
  // A milestone's id is known only once the build's data has been read: `{milestone}` stands for it.
  const pages = [
    { path: '/' },
    { path: '/en/' },
    { path: '/map/', map: true },
    { path: '/en/map/', map: true },
    { path: '/districts/' },
    { path: '/districts/dongcheng/', map: true },
    { path: '/en/districts/haidian/', map: true },
    { path: '/eras/dongcheng-1978/' },
    { path: '/milestones/{milestone}/' },
    { path: '/en/milestones/{milestone}/' },
    { path: '/embed/milestone/{milestone}/' },
    { path: '/themes/grid-management/' },
    { path: '/plans/dongcheng-2016-2020/' },
    { path: '/sources/' },
    { path: '/data/' },
    { path: '/offline/' },
  ];

  // One test per page: each has its own timeout.
  for (const [i, { path: pattern, map }] of pages.entries()) {
    const hash = BAD_HASHES[i % BAD_HASHES.length];
    it(`${pattern}${hash}`, async () => {
      const path = pattern.replace('{milestone}', milestone);
      const { page, consoleErrors } = await load(`${path}${BAD_QUERY}${hash}`, { map });
      expect(await address(page), `${path}${hash}`).toBe(path);
      expect(consoleErrors, `${path}${hash}`).toEqual([]);
    });
  }

  for (const path of ['/map/#%', '/map/#place-%E4%B8', '/districts/dongcheng/#%', '/en/districts/xicheng/#%'])
    it(`the issue’s example ${path}: a cut-off fragment on the map and on a district page`, async () => {
      const { page, consoleErrors } = await load(path, { map: true });
      expect(await address(page), path).toBe(path.slice(0, path.indexOf('#')));
      expect(consoleErrors, path).toEqual([]);
    });

  it('keeps a fragment that names something, and the map still marks the place', async () => {
    const { page, consoleErrors } = await load('/map/');
    const place = await page.getAttribute('li[data-place]', 'id');
    await page.goto(url(`/map/?x=1#${place}`));
    await page.locator('[data-canvas]').scrollIntoViewIfNeeded();
    await page.waitForSelector('reform-map[data-ready]');
    expect(await address(page)).toBe(`/map/#${place}`);
    expect(await page.locator(`li#${place}.is-highlighted`).count()).toBe(1);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('the 404 page too', async () => {
    const { page, consoleErrors } = await load(`/nowhere/${BAD_QUERY}#%`);
    expect(await address(page)).toBe('/nowhere/');
    // The only error is the 404 of the page itself.
    expect(consoleErrors.filter((e) => !/404/.test(e))).toEqual([]);
    await page.close();
  });
});

describe('pages with URL state show their canonical address', () => {
  const cases: [string, string][] = [
    [`/timeline/${BAD_QUERY}#%`, '/timeline/'],
    [`/en/timeline/${BAD_QUERY}`, '/en/timeline/'],
    [`/embed/timeline/${BAD_QUERY}#place-%E4%B8`, '/embed/timeline/'],
    [
      '/timeline/?d=dongcheng~nowhere&d=xicheng&from=1990&from=1995&foo=bar',
      '/timeline/?d=dongcheng~xicheng&from=1990',
    ],
    ['/timeline/?from=2010&to=1990', '/timeline/?from=1990&to=2010'],
    [`/compare/${BAD_QUERY}#%`, '/compare/'],
    ['/compare/?d=xicheng&d=dongcheng~nowhere&x=1', '/compare/?d=dongcheng~xicheng'],
    ['/en/compare/?d=%E4%B8~haidian~beijing#%', '/en/compare/?d=haidian~beijing'],
  ];
  it.each(cases)('%s → %s', async (from, to) => {
    const { page, consoleErrors } = await load(from);
    expect(await address(page)).toBe(to);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('the timeline says which years of the address it ignored or turned round', async () => {
    for (const [query, note] of [
      ['?from=2100', /2100.*1978–20\d\d/],
      ['?to=1977', /1977.*1978–20\d\d/],
      ['?from=2010&to=1990', /backwards/],
    ] as const) {
      const { page } = await load(`/en/timeline/${query}`);
      const shown = page.locator('[data-url-note]');
      expect(await shown.isVisible(), query).toBe(true);
      expect(await shown.textContent(), query).toMatch(note);
      expect(await page.locator('a.mark:not(.is-hidden)').count(), query).toBeGreaterThan(1);
      await page.close();
    }
    const { page } = await load('/en/timeline/?from=1990');
    expect(await page.locator('[data-url-note]').isHidden()).toBe(true);
    await page.close();
  });

  it('the search page cleans its fragment and throws nothing (its query is tested in search.test.ts)', async () => {
    const { page, consoleErrors } = await load(`/search/${BAD_QUERY}&q=%#%`);
    expect(await page.evaluate(() => location.hash)).toBe('');
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
