// On a phone, the glossary and a plan's targets read as one card per row, with nothing cut off and no
// sideways scrolling; they stay tables for assistive technology; on a desktop they are tables.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, url, watchedPage } from './browser.ts';
import { axeViolations } from './axe.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const TABLES = [
  ['/sources/', 'table.glossary'],
  ['/en/sources/', 'table.glossary'],
  ['/plans/dongcheng-2016-2020/', 'main table.stack-table'],
  ['/en/plans/dongcheng-2016-2020/', 'main table.stack-table'],
] as const;

/** The table's role as assistive technology sees it, and how many rows and cells it has. */
async function accessibleTable(page: Page, selector: string) {
  const cdp = await page.context().newCDPSession(page);
  const { result } = await cdp.send('Runtime.evaluate', { expression: `document.querySelector('${selector}')` });
  const objectId = result.objectId!;
  const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { objectId, fetchRelatives: false });
  const count = async (role: string) => (await cdp.send('Accessibility.queryAXTree', { objectId, role })).nodes.length;
  return { role: nodes[0].role?.value as string, rows: await count('row'), cells: await count('cell') };
}

describe('tables on a phone', () => {
  for (const [path, selector] of TABLES)
    it(`${path}: one card per row at 375 px, a table at 1280 px`, async () => {
      const { page } = await watchedPage(browser, { width: 375 });
      await page.goto(url(path));
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      const table = page.locator(selector);
      const frame = (await table.boundingBox())!;
      // Every cell of the first rows takes the card's width, stacked, none cut off by a scroller.
      const cells = await table
        .locator('tbody tr')
        .first()
        .locator('th, td')
        .evaluateAll((els) =>
          els.map((el) => {
            const r = el.getBoundingClientRect();
            return { left: r.left, right: r.right, top: r.top, scroll: el.scrollWidth - el.clientWidth };
          }),
        );
      expect(cells.length).toBeGreaterThanOrEqual(3);
      for (const c of cells) {
        expect(c.right).toBeLessThanOrEqual(frame.x + frame.width + 0.5);
        expect(c.scroll).toBeLessThanOrEqual(0);
      }
      expect(cells.every((c, i) => i === 0 || c.top > cells[i - 1].top)).toBe(true);
      // Each value is named by its column, for sighted readers …
      const labels = await table
        .locator('tbody tr')
        .first()
        .locator('[data-label]')
        .evaluateAll((els) => els.map((el) => getComputedStyle(el, '::before').content));
      expect(labels.length).toBeGreaterThan(0);
      for (const l of labels) expect(l).toMatch(/\S/);
      // … while assistive technology still meets a table with its rows and cells.
      const seen = await accessibleTable(page, selector);
      expect(seen.role).toBe('table');
      expect(seen.rows).toBeGreaterThan(3);
      expect(seen.cells).toBeGreaterThan(3);
      expect(await axeViolations(page, { bestPractice: true, include: selector })).toEqual([]);
      await page.setViewportSize({ width: 1280, height: 900 });
      expect(
        await table
          .locator('tbody tr')
          .first()
          .evaluate((tr) => getComputedStyle(tr).display),
      ).toBe('table-row');
      await page.close();
    });
});
