// Keyboard-only walkthrough of the page shell: skip link, header navigation, language switch.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, url, watchedPage } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

describe('keyboard walkthrough of the header', () => {
  for (const width of [1280, 375]) {
    it(`reaches the skip link, every nav link and the language switch at ${width} px`, async () => {
      const { page } = await watchedPage(browser, { width });
      await page.goto(url('/en/districts/'));
      await page.keyboard.press('Tab');
      const skip = await page.evaluate(() => ({
        cls: document.activeElement?.className,
        top: document.activeElement?.getBoundingClientRect().top,
      }));
      expect(skip.cls).toBe('skip-link');
      expect(skip.top).toBeGreaterThanOrEqual(0);

      const navLinks = await page.$$eval('.site-header a', (links) => links.map((a) => (a as HTMLAnchorElement).href));
      const reached: string[] = [];
      for (let i = 0; i < 30; i++) {
        await page.keyboard.press('Tab');
        const inHeader = await page.evaluate(() => !!document.activeElement?.closest('.site-header'));
        if (!inHeader) break;
        const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href ?? '');
        if (href) reached.push(href);
        // Every focused element shows a visible focus indicator.
        const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
        expect(outline).not.toBe('none');
      }
      expect(reached).toEqual(navLinks);

      await page.goto(url('/en/districts/'));
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
      await page.close();
    });
  }
});
