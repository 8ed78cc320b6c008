// Tools for educators: citations, copy link, embeds, neighbours and related milestones on milestone
// pages; theme pages (the open-data page and its files: openData.test.ts). Every new page type is
// axe-clean in both languages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { launch, origin, url, watchedPage, publishedMilestones } from './browser.ts';
import { citeApa7, citeGbt7714 } from '../../src/lib/cite/citeMilestone.ts';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SITE = { zh: '北京社会建设改革史', en: "Beijing's Social Reforms" };

interface Item {
  id: string;
  district: string;
  era: string;
  date: string;
  themes: string[];
  title: { zh: string; en: string };
  url: { zh: string; en: string };
}

let browser: Browser;
let items: Item[];
let sample: Item;
beforeAll(async () => {
  browser = await launch();
  items = await publishedMilestones();
  // A milestone in the middle of its district, so it has a previous and a next one.
  sample =
    items.find((m) => m.id === 'dongcheng-2005-grid-management') ??
    items.filter((m) => m.district === items[0].district)[2];
});
afterAll(() => browser?.close());

async function axe(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
const localToday = (page: Page) =>
  page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });

describe('milestone page: cite this', () => {
  for (const locale of ['zh', 'en'] as const) {
    it(`gives GB/T 7714-2015 and APA 7 citations with the absolute URL and the reader's today (${locale})`, async () => {
      const { page, consoleErrors } = await watchedPage(browser);
      await page.goto(`${origin}${sample.url[locale]}`);
      // Without SITE_URL (this build) the page's URL is completed from the origin serving it.
      const pageUrl = `${origin}${sample.url[locale]}`;
      expect(await page.locator('link[rel=canonical]').count()).toBe(0);
      const accessed = await localToday(page);
      const input = { siteName: SITE[locale], title: sample.title[locale], url: pageUrl, accessed, locale };
      await page.waitForFunction(
        (date) => document.querySelector<HTMLElement>('[data-cite]')?.dataset.accessed === date,
        accessed,
      );
      expect(await page.locator('#cite-gbt7714').textContent()).toBe(citeGbt7714(input).text);
      expect(await page.locator('#cite-apa7').textContent()).toBe(citeApa7(input).text);
      // APA sets the title in italics.
      expect(await page.locator('#cite-apa7 i').textContent()).toBe(sample.title[locale]);
      expect(consoleErrors).toEqual([]);
      await page.context().close();
    });
  }

  it('without JavaScript, the citations carry the build date', async () => {
    const { page } = await watchedPage(browser, { javaScriptEnabled: false });
    await page.goto(`${origin}${sample.url.zh}`);
    const built = await page.getAttribute('[data-cite]', 'data-accessed');
    expect(built).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await page.locator('#cite-gbt7714').textContent()).toContain(`[EB/OL]. [${built}]. `);
    // Copy buttons need JavaScript, so they are not offered.
    expect(await page.locator('[data-copy-from]:visible').count()).toBe(0);
    await page.context().close();
  });
});

describe('milestone page: copy link', () => {
  it('copies the permalink with the clipboard API and confirms it politely', async () => {
    const { page } = await watchedPage(browser);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    await page.goto(`${origin}${sample.url.en}`);
    // The test server listens on a random port: the copied link must name it.
    const permalink = await page.inputValue('#share-link');
    expect(permalink).toBe(`${origin}${sample.url.en}`);
    expect(await page.locator('a.permalink').textContent()).toBe(permalink);
    await page.click('[data-copy-from="share-link"]');
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(permalink);
    const live = page.locator('[data-announce]');
    expect(await live.getAttribute('aria-live')).toBe('polite');
    await page.waitForFunction(() => document.querySelector('[data-announce]')?.textContent === 'Link copied');
    // The citation copies too.
    await page.click('[data-copy-from="cite-apa7"]');
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(
      await page.locator('#cite-apa7').textContent(),
    );
    await page.context().close();
  });

  it('falls back when the clipboard API is missing: the link is selected and the reader told', async () => {
    const { page, consoleErrors } = await watchedPage(browser);
    await page.addInitScript(() =>
      Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined, configurable: true }),
    );
    await page.goto(`${origin}${sample.url.zh}`);
    expect(await page.evaluate(() => navigator.clipboard)).toBeUndefined();
    await page.click('[data-copy-from="share-link"]');
    await page.waitForFunction(() => (document.querySelector('[data-announce]')?.textContent ?? '') !== '');
    expect(await page.locator('[data-announce]').textContent()).toMatch(/^(链接已复制|无法自动复制)/);
    const selection = await page.evaluate(() => {
      const input = document.activeElement as HTMLInputElement;
      return { id: input.id, start: input.selectionStart, end: input.selectionEnd, length: input.value.length };
    });
    expect(selection).toEqual({ id: 'share-link', start: 0, end: selection.length, length: selection.length });
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});

describe('milestone page: navigation between milestones', () => {
  it('links the previous and next milestone of the same district, in time order', async () => {
    const { page } = await watchedPage(browser);
    await page.goto(`${origin}${sample.url.zh}`);
    const own = items.filter((m) => m.district === sample.district);
    const i = own.findIndex((m) => m.id === sample.id);
    const prev = await page.getAttribute('.milestone-pager a[rel=prev]', 'href');
    const next = await page.getAttribute('.milestone-pager a[rel=next]', 'href');
    expect(prev).toBe(own[i - 1]?.url.zh ?? null);
    expect(next).toBe(own[i + 1]?.url.zh ?? null);
    await page.context().close();
  });

  it('lists related milestones of other districts that share a theme', async () => {
    const { page } = await watchedPage(browser);
    await page.goto(`${origin}${sample.url.en}`);
    const hrefs = await page.$$eval('.related-list a', (as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) {
      const other = items.find((m) => m.url.en === href)!;
      expect(other, href).toBeDefined();
      expect(other.district).not.toBe(sample.district);
      expect(other.themes.some((t) => sample.themes.includes(t))).toBe(true);
    }
    await page.context().close();
  });
});

describe('embeds', () => {
  for (const locale of ['zh', 'en'] as const) {
    it(`the milestone embed renders without header, navigation or footer (${locale})`, async () => {
      const { page: host } = await watchedPage(browser);
      await host.goto(`${origin}${sample.url[locale]}`);
      const code = await host.inputValue('#embed-milestone');
      const src = /<iframe src="([^"]+)"/.exec(code)?.[1];
      expect(src).toBe(
        `${origin}${sample.url[locale].replace(/milestones\/[^/]+\/$/, `embed/milestone/${sample.id}/`)}`,
      );
      expect(code).toMatch(/ title="[^"]+"/);
      const timelineCode = await host.inputValue('#embed-timeline');
      expect(/<iframe src="([^"]+)"/.exec(timelineCode)?.[1]).toMatch(
        new RegExp(`^${origin}/.*embed/timeline/\\?d=${sample.district}$`),
      );
      await host.context().close();

      const { page, consoleErrors, offOrigin } = await watchedPage(browser, { width: 480 });
      const response = await page.goto(`${origin}${new URL(src!).pathname}`);
      expect(response?.status()).toBe(200);
      expect(await page.getAttribute('html', 'lang')).toBe(locale === 'zh' ? 'zh-CN' : 'en');
      expect(await page.locator('h1').textContent()).toBe(sample.title[locale]);
      expect(await page.locator('header, nav, footer, .site-header, .site-nav, .site-footer').count()).toBe(0);
      expect(await page.locator('.embed-credit a').count()).toBe(2);
      expect(await axe(page)).toEqual([]);
      expect(consoleErrors).toEqual([]);
      expect(offOrigin).toEqual([]);
      await page.context().close();
    });

    it(`the district timeline embed shows that district's timeline, chrome-less (${locale})`, async () => {
      const { page, consoleErrors, offOrigin } = await watchedPage(browser);
      await page.goto(url(`${locale === 'en' ? '/en' : ''}/embed/timeline/?d=xicheng`));
      expect(await page.locator('.site-header, .site-nav, .site-footer').count()).toBe(0);
      expect(await page.locator('reform-timeline svg.timeline-svg').count()).toBe(1);
      await page.waitForFunction(
        () =>
          [...document.querySelectorAll<HTMLInputElement>('reform-timeline input[name="d"]')]
            .filter((i) => i.checked)
            .map((i) => i.value)
            .join() === 'xicheng',
      );
      expect(await axe(page)).toEqual([]);
      expect(consoleErrors).toEqual([]);
      expect(offOrigin).toEqual([]);
      await page.context().close();
    });
  }
});

describe('theme pages', () => {
  for (const locale of ['zh', 'en'] as const) {
    it(`list a theme's milestones across districts in time order (${locale})`, async () => {
      const theme = 'grid-management';
      const { page, consoleErrors } = await watchedPage(browser);
      await page.goto(url(`${locale === 'en' ? '/en' : ''}/themes/${theme}/`));
      const expected = items.filter((m) => m.themes.includes(theme));
      const listed = await page.$$eval('section:has(#theme-milestones) ol.milestones > li', (lis) =>
        lis.map((li) => ({ id: li.id, date: li.querySelector('time')!.getAttribute('datetime')! })),
      );
      expect(listed.map((l) => l.id)).toEqual(expected.map((m) => m.id));
      expect(new Set(expected.map((m) => m.district)).size).toBeGreaterThan(1);
      const dates = listed.map((l) => l.date);
      expect([...dates].sort()).toEqual(dates);
      expect(await axe(page)).toEqual([]);
      expect(consoleErrors).toEqual([]);
      await page.context().close();
    });
  }

  it('every theme a milestone carries has a page, linked from the milestone', async () => {
    const { page } = await watchedPage(browser);
    await page.goto(`${origin}${sample.url.zh}`);
    const links = await page.$$eval('.theme-links a', (as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links.length).toBe(sample.themes.length);
    for (const link of links) expect((await fetch(link)).status).toBe(200);
    await page.context().close();
  });
});

describe('milestone page: print', () => {
  it('prints the citation but not the navigation, buttons or embed code', async () => {
    const { page } = await watchedPage(browser);
    await page.goto(`${origin}${sample.url.zh}`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.site-footer').isVisible()).toBe(false);
    expect(await page.locator('.share').isVisible()).toBe(false);
    expect(await page.locator('[data-copy-from]:visible').count()).toBe(0);
    expect(await page.locator('#cite-gbt7714').isVisible()).toBe(true);
    // Link URLs are printed after the links.
    const after = await page.$eval('.breadcrumbs a', (a) => getComputedStyle(a, '::after').content);
    expect(after).toContain('/districts/');
    await page.context().close();
  });
});
