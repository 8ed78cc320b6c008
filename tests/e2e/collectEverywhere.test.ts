// "Add to lesson collection" wherever a milestone is shown besides its own page: the timeline's detail
// panel, each step of the story, and milestone results on the search page. One collection is built
// from all three and opened.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, url, watchedPage } from './browser.ts';

const TIMELINE_ID = 'dongcheng-2005-grid-management';
const STORY_ID = 'xicheng-2008-social-work-committee';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Clicks the control inside `scope`, waits until it says the milestone is in, and returns its label. */
async function add(page: Page, scope: string) {
  const button = page.locator(`${scope} add-to-collection button`).first();
  await button.click();
  await page.waitForFunction(
    (s) => document.querySelector(`${s} add-to-collection [role=status]`)?.textContent !== '',
    scope,
  );
  return button.getAttribute('aria-label');
}

describe('add to collection beyond milestone pages', () => {
  it('from the timeline panel, a story step and a search result, into one collection (en)', async () => {
    const { page, consoleErrors } = await watchedPage(browser);
    try {
      await page.goto(url(`/en/timeline/?m=${TIMELINE_ID}`));
      await page.waitForSelector('[data-panel]:not([hidden]) add-to-collection button:not([hidden])');
      expect(await add(page, '[data-panel]')).toMatch(/^Remove from lesson collection: .*grid-based/);

      await page.goto(url(`/en/story/#${STORY_ID}`));
      const step = `li[id="${STORY_ID}"]`;
      await page.waitForSelector(`${step} add-to-collection button:not([hidden])`);
      expect(await add(page, step)).toMatch(/^Remove from lesson collection: /);

      await page.goto(url('/en/search/?q=grid&kind=milestone'));
      await page.waitForSelector('[data-results] li add-to-collection button:not([hidden])');
      // Only milestones can be collected: every result here is one, and each has the control.
      const [results, controls] = await Promise.all([
        page.locator('[data-results] > li').count(),
        page.locator('[data-results] > li add-to-collection').count(),
      ]);
      expect(controls).toBe(results);
      const first = await page.$eval('[data-results] > li a', (a) => new URL((a as HTMLAnchorElement).href).pathname);
      const searchId = /\/milestones\/([^/]+)\//.exec(first)![1];
      if (searchId !== TIMELINE_ID) await add(page, '[data-results] > li:first-child');

      await page.goto(url('/en/collection/'));
      await page.waitForSelector('[data-list] > li');
      const ids = await page.$$eval('[data-list] > li', (lis) => lis.map((li) => (li as HTMLElement).dataset.id));
      expect(ids).toEqual(expect.arrayContaining([TIMELINE_ID, STORY_ID, searchId]));
      expect(consoleErrors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('search results other than milestones offer no control (zh)', async () => {
    const { page } = await watchedPage(browser);
    try {
      await page.goto(url('/search/?q=网格&kind=glossary'));
      await page.waitForSelector('[data-results] > li');
      expect(await page.locator('[data-results] add-to-collection').count()).toBe(0);
    } finally {
      await page.close();
    }
  });
});
