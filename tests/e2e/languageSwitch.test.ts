// State that travels: the language switch takes the reader's place to the other language (filters, the
// selected milestone, the compare selection, the search, the map's place and a text's headings), both
// ways, at phone and desktop widths; an embed's "view on the site" keeps the embed's state.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { base, launch, url, watchedPage } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const here = (page: Page) => {
  const u = new URL(page.url());
  return `${u.pathname.slice(base.length - 1)}${u.search}${decodeURIComponent(u.hash)}`;
};
/** Follows the language switch, with the mouse or the keyboard. */
async function switchLanguage(page: Page, by: 'mouse' | 'keyboard') {
  const link = page.locator('.site-header a.lang-switch');
  const english = new URL(page.url()).pathname.startsWith(`${base}en/`);
  await Promise.all([
    page.waitForURL((u) => u.pathname.startsWith(`${base}en/`) !== english),
    by === 'mouse' ? link.click() : link.focus().then(() => page.keyboard.press('Enter')),
  ]);
  await page.waitForLoadState('domcontentloaded');
}

for (const width of [375, 1280]) {
  describe(`the language switch at ${width} px`, () => {
    it('keeps the timeline’s filters and selected milestone, both ways', async () => {
      const { page, consoleErrors } = await watchedPage(browser, { width });
      const state = '?d=dongcheng~xicheng&t=grid-management&m=dongcheng-2005-grid-management';
      await page.goto(url(`/timeline/${state}`));
      await switchLanguage(page, 'mouse');
      expect(here(page)).toBe(`/en/timeline/${state}`);
      // The English timeline read the same state: the same districts and theme are chosen.
      const checked = (name: string) =>
        page.$$eval(`reform-timeline input[name=${name}]:checked`, (inputs) =>
          inputs.map((i) => (i as HTMLInputElement).value),
        );
      await expect.poll(() => checked('d')).toEqual(['dongcheng', 'xicheng']);
      expect(await checked('t')).toEqual(['grid-management']);
      await switchLanguage(page, 'keyboard');
      expect(here(page)).toBe(`/timeline/${state}`);
      expect(consoleErrors).toEqual([]);
      await page.close();
    });

    it('keeps the compare selection the reader changed after the page loaded', async () => {
      const { page } = await watchedPage(browser, { width });
      await page.goto(url('/en/compare/'));
      await page.locator('reform-compare input[name=d][value=beijing]').check();
      await page.locator('reform-compare input[name=d][value=haidian]').uncheck();
      await expect.poll(() => here(page)).toContain('?d=');
      const chosen = new URL(page.url()).search;
      await switchLanguage(page, 'mouse');
      expect(here(page)).toBe(`/compare/${chosen}`);
      const checked = await page.$$eval('reform-compare input[name=d]:checked', (inputs) =>
        inputs.map((i) => (i as HTMLInputElement).value),
      );
      expect(checked).toEqual(['dongcheng', 'xicheng', 'beijing']);
      await page.close();
    });

    it('keeps the search query', async () => {
      const { page } = await watchedPage(browser, { width });
      await page.goto(url(`/search/?q=${encodeURIComponent('网格')}`));
      await switchLanguage(page, 'keyboard');
      expect(here(page)).toBe(`/en/search/?q=${encodeURIComponent('网格')}`);
      await expect.poll(() => page.locator('main input[name=q]').inputValue()).toBe('网格');
      await page.close();
    });

    it('keeps the place the map points to', async () => {
      const { page } = await watchedPage(browser, { width });
      await page.goto(url('/en/map/#place-dongcheng-hepingli'));
      await switchLanguage(page, 'mouse');
      expect(here(page)).toBe('/map/#place-dongcheng-hepingli');
      expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('place-dongcheng-hepingli');
      await page.close();
    });

    it('translates the anchor of a heading, which each language names in its own words', async () => {
      const { page } = await watchedPage(browser, { width });
      await page.goto(url(`/eras/dongcheng-1997/#${encodeURIComponent('以社区为突破口')}`));
      await switchLanguage(page, 'mouse');
      expect(here(page)).toBe('/en/eras/dongcheng-1997/#communities-as-the-way-in');
      expect(await page.evaluate(() => document.querySelector(':target')?.tagName)).toMatch(/^H[2-4]$/);
      // A heading the reader reached after loading the page travels too.
      await page.goto(url('/en/districts/dongcheng/'));
      await page.evaluate(() => (location.hash = '#achievements'));
      await switchLanguage(page, 'keyboard');
      expect(here(page)).toBe('/districts/dongcheng/#主要成就');
      await page.close();
    });
  });
}

describe('the language switch without state', () => {
  it('leads to the same page in the other language, and from the 404 to the home page', async () => {
    const { page } = await watchedPage(browser);
    await page.goto(url('/sources/'));
    await switchLanguage(page, 'mouse');
    expect(here(page)).toBe('/en/sources/');
    await page.goto(url('/no-such-page/'));
    expect(await page.getAttribute('.site-header a.lang-switch', 'href')).toBe(`${base}en/`);
    await page.close();
  });
});

describe('an embed', () => {
  it('links to the full page with the embed’s state', async () => {
    const { page } = await watchedPage(browser, { width: 600 });
    await page.goto(url('/en/embed/timeline/?d=dongcheng~haidian&t=grid-management'));
    const link = page.locator('.embed-credit a[data-carry-state]');
    await link.hover();
    const href = new URL((await link.getAttribute('href'))!);
    expect(`${href.pathname}${href.search}`).toBe(`${base}en/timeline/?d=dongcheng~haidian&t=grid-management`);
    await page.close();
  });
});
