// One page of every type opens, in the main run and under a base path (npm run test:base): it answers
// 200 in its language with a heading, logs no error, asks for nothing that fails or leaves the origin.
// Also what depends on the address the site is served at: the 404 page, the language switch, hreflang
// and the sitemap with SITE_URL, and retired milestone ids. (Accessibility: pages.test.ts and each
// feature's own test file, once per page type.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, url, watchedPage, publishedMilestones } from './browser.ts';

interface Item {
  id: string;
  district: string;
  era: string;
}

let browser: Browser;
let first: Item;
beforeAll(async () => {
  browser = await launch();
  [first] = await publishedMilestones<Item>();
});
afterAll(() => browser?.close());

/** One address per page type; `{…}` is filled from the published milestones. */
const PAGE_TYPES: Record<string, string> = {
  home: '/',
  timeline: '/timeline/',
  story: '/story/',
  compare: '/compare/',
  map: '/map/',
  district: '/districts/{district}/',
  era: '/eras/{era}/',
  milestone: '/milestones/{id}/',
  search: '/search/?q=grid',
  data: '/data/',
  sources: '/sources/',
  collection: '/collection/',
  embed: '/embed/milestone/{id}/',
};
const fillIn = (route: string) =>
  route.replace('{district}', first.district).replace('{era}', first.era).replace('{id}', first.id);

describe('one page of every type', () => {
  for (const [type, route] of Object.entries(PAGE_TYPES))
    it(`${type} (${route}) opens without errors or failed requests`, async () => {
      const { page, consoleErrors, offOrigin } = await watchedPage(browser);
      const failed: string[] = [];
      page.on('response', (r) => {
        if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
      });
      page.on('requestfailed', (r) => {
        if (!offOrigin.includes(r.url())) failed.push(`${r.failure()?.errorText} ${r.url()}`);
      });
      const response = await page.goto(url(fillIn(route)), { waitUntil: 'networkidle' });
      expect(response?.status()).toBe(200);
      expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
      await expect(page.locator('h1').first().textContent()).resolves.toMatch(/\S/);
      expect(failed).toEqual([]);
      expect(consoleErrors).toEqual([]);
      expect(offOrigin).toEqual([]);
    });
});

describe('addresses', () => {
  it('the 404 page answers in both languages', async () => {
    const { page } = await watchedPage(browser);
    const zh = await page.goto(url('/no-such-page/'));
    expect(zh?.status()).toBe(404);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await page.goto(url('/en/404/'));
    expect(await page.locator('h1').textContent()).toBe('Page not found');
  });

  it('the language switch keeps the reader on the same page', async () => {
    const { page } = await watchedPage(browser);
    const route = fillIn(PAGE_TYPES.milestone);
    await page.goto(url(route));
    await page.click('a.lang-switch');
    expect(new URL(page.url()).pathname).toBe(new URL(url(`/en${route}`)).pathname);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.click('a.lang-switch');
    expect(new URL(page.url()).pathname).toBe(new URL(url(route)).pathname);
  });

  it('pages carry hreflang alternates for both languages when the build has SITE_URL, and none without', async () => {
    const { page } = await watchedPage(browser);
    await page.goto(url(fillIn(PAGE_TYPES.era)));
    const alternates = await page.$$eval('link[rel=alternate][hreflang]', (links) =>
      links.map((l) => [l.getAttribute('hreflang') ?? '', l.getAttribute('href') ?? '']),
    );
    if (!process.env.SITE_URL) {
      // An absolute URL would name a host that may not serve the page: left out (issue 11).
      expect(alternates).toEqual([]);
    } else {
      expect(alternates.map(([lang]) => lang).sort()).toEqual(['en', 'x-default', 'zh-CN']);
      for (const [, href] of alternates) expect(href.startsWith(`${process.env.SITE_URL}/`)).toBe(true);
      expect(new URL(alternates.find(([lang]) => lang === 'en')![1]).pathname).toMatch(/\/en\/eras\//);
    }
  });
});

describe('retired milestone ids (ids are promises)', () => {
  const retired = [
    ['haidian-1978-reform-new-start', '/eras/haidian-1978/'],
    ['dongcheng-2011-overall-strategy-plan', '/plans/dongcheng-2016-2020/'],
  ] as const;
  for (const locale of ['zh', 'en'] as const)
    for (const [id, target] of retired)
      it(`${id} answers in ${locale} with a page that is not indexed and leads on to ${target}`, async () => {
        const prefix = locale === 'en' ? '/en' : '';
        const response = await fetch(url(`${prefix}/milestones/${id}/`));
        expect(response.status, id).toBe(200);
        const html = await response.text();
        expect(html, id).toContain('<meta name="robots" content="noindex">');
        expect(html, id).toMatch(new RegExp(`<meta http-equiv="refresh" content="0; url=[^"]*${prefix}${target}"`));
        const { page } = await watchedPage(browser);
        await page.goto(url(`${prefix}/milestones/${id}/`));
        await page.waitForURL((u) => u.pathname.endsWith(`${prefix}${target}`));
        expect(await page.locator('h1').first().textContent()).toMatch(/\S/);
      });

  it('are neither published milestones nor, with SITE_URL, in the sitemap', async () => {
    const ids = new Set((await publishedMilestones<Item>()).map((i) => i.id));
    for (const [id] of retired) expect(ids.has(id)).toBe(false);
    if (!process.env.SITE_URL) return;
    const sitemap = await (await fetch(url('/sitemap-0.xml'))).text();
    expect(sitemap).toContain('/milestones/haidian-1982-street-work-conference/');
    for (const [id] of retired) expect(sitemap).not.toContain(`/milestones/${id}/`);
  });
});
