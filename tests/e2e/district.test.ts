// District pages read as an outline: every heading has content before the next one of its level, no
// level is skipped, and axe (best practices included: heading order, unique landmarks) finds nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, url, watchedPage } from './browser.ts';
import { axeViolations } from './axe.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

describe('district pages', () => {
  for (const id of ['dongcheng', 'xicheng', 'haidian', 'beijing'])
    for (const prefix of ['', '/en'])
      it(`${prefix}/districts/${id}/ has a sound heading outline`, async () => {
        const { page } = await watchedPage(browser);
        await page.goto(url(`${prefix}/districts/${id}/`));
        const outline = await page.evaluate(() =>
          [...document.querySelectorAll('main :is(h1, h2, h3, h4, h5, h6)')].map((h) => ({
            level: Number(h.tagName[1]),
            text: h.textContent?.trim() ?? '',
            id: h.id,
          })),
        );
        expect(outline[0].level).toBe(1);
        outline.slice(1).forEach((h, i) => {
          // Never deeper by more than one level …
          expect(h.level - outline[i].level, `${h.text} after ${outline[i].text}`).toBeLessThanOrEqual(1);
        });
        // … and the overview's sections sit under its heading, which is no longer empty.
        const overview = outline.findIndex((h) => h.id === 'overview');
        expect(overview).toBeGreaterThan(0);
        expect(outline[overview].level).toBe(2);
        expect(outline[overview + 1].level).toBe(3);
        await page.close();
      });

  // One test per page and width: each has its own timeout.
  for (const width of [375, 1280])
    for (const path of ['/districts/dongcheng/', '/en/districts/haidian/'])
      it(`${path} at ${width} px has no axe findings, best practices included`, async () => {
        const { page } = await watchedPage(browser, { width });
        await page.goto(url(path));
        expect(await axeViolations(page, { bestPractice: true }), `${path} ${width}`).toEqual([]);
      });
});
