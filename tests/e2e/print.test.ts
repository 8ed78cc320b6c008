// A milestone on paper: no address after every link, but its permalink and the citations, which give
// the one address a reader needs; the previous/next links, which only help on screen, are left out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, publishedMilestones, url, watchedPage } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

describe('printing a milestone', () => {
  for (const prefix of ['', '/en'])
    it(`${prefix || '/'} prints without URL clutter, keeping the permalink`, async () => {
      const [first] = await publishedMilestones<{ id: string }>();
      const { page } = await watchedPage(browser);
      await page.goto(url(`${prefix}/milestones/${first.id}/`));
      await page.emulateMedia({ media: 'print' });
      const after = await page.$$eval('main a[href]', (links) =>
        links.filter((a) => (a as HTMLElement).offsetParent).map((a) => getComputedStyle(a, '::after').content),
      );
      expect(after.length).toBeGreaterThan(5);
      expect(after.filter((c) => c !== 'none' && c !== 'normal')).toEqual([]);
      expect(await page.locator('.milestone-pager').isVisible()).toBe(false);
      const permalink = page.locator('a.permalink');
      expect(await permalink.isVisible()).toBe(true);
      expect(await permalink.textContent()).toMatch(new RegExp(`^https?://.+/milestones/${first.id}/$`));
      // The related milestones still print, as titles.
      expect(await page.locator('.related a').first().isVisible()).toBe(true);
      await page.close();
    });
});
