// Every page type renders in both languages, with no console errors, no request off the origin,
// and no WCAG 2.2 A/AA violation found by axe.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { launch, origin, url, watchedPage, publishedMilestones } from './browser.ts';

interface Item {
  id: string;
  district: string;
  era: string;
  url: { zh: string; en: string };
}

let browser: Browser;
let items: Item[];
beforeAll(async () => {
  browser = await launch();
  items = await publishedMilestones();
});
afterAll(() => browser?.close());

const pageTypes = () => {
  const first = items[0];
  return {
    home: '/',
    districts: '/districts/',
    district: `/districts/${first.district}/`,
    era: `/eras/${first.era}/`,
    milestone: `/milestones/${first.id}/`,
    sources: '/sources/',
    timeline: '/timeline/',
    plan: '/plans/dongcheng-2016-2020/',
    offline: '/offline/',
  };
};

describe('page types', () => {
  for (const locale of ['zh', 'en'] as const) {
    for (const type of [
      'home',
      'districts',
      'district',
      'era',
      'milestone',
      'sources',
      'timeline',
      'plan',
      'offline',
    ] as const) {
      it(`${type} renders in ${locale} without errors, off-origin requests or axe violations`, async () => {
        const route = pageTypes()[type];
        const { page, consoleErrors, offOrigin } = await watchedPage(browser);
        const response = await page.goto(url(locale === 'en' ? `/en${route}` : route));
        expect(response?.status()).toBe(200);
        expect(await page.getAttribute('html', 'lang')).toBe(locale === 'zh' ? 'zh-CN' : 'en');
        await expect(page.locator('h1').first().textContent()).resolves.toMatch(/\S/);
        const axe = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze();
        expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        expect(consoleErrors).toEqual([]);
        expect(offOrigin).toEqual([]);
        await page.context().close();
      });
    }
  }

  it('the 404 page answers in both languages', async () => {
    const { page } = await watchedPage(browser);
    const zh = await page.goto(url('/no-such-page/'));
    expect(zh?.status()).toBe(404);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await page.goto(url('/en/404/'));
    expect(await page.locator('h1').textContent()).toBe('Page not found');
    await page.context().close();
  });
});

describe('two languages', () => {
  it('the language switch keeps the reader on the same page', async () => {
    const { page } = await watchedPage(browser);
    const route = pageTypes().milestone;
    await page.goto(url(route));
    await page.click('a.lang-switch');
    expect(new URL(page.url()).pathname).toBe(new URL(url(`/en${route}`)).pathname);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.click('a.lang-switch');
    expect(new URL(page.url()).pathname).toBe(new URL(url(route)).pathname);
    await page.context().close();
  });

  it('pages carry hreflang alternates for both languages when the build has SITE_URL, and none without', async () => {
    const { page } = await watchedPage(browser);
    await page.goto(url(pageTypes().era));
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
    await page.context().close();
  });
});

describe('open data', () => {
  it('/data/milestones.json has the stable shape', async () => {
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(Object.keys(item).sort()).toEqual([
        'date',
        'district',
        'era',
        'id',
        'places',
        'source',
        'summary',
        'themes',
        'title',
        'url',
      ]);
      expect((item as unknown as { date: string }).date).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    }
    const response = await fetch(`${origin}${items[0].url.en}`);
    expect(response.status).toBe(200);
  });
});
