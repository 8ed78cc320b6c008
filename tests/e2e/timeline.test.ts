// The comparative timeline as a reader uses it: keyboard, URL state, filters, list view, no-JS.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, url, watchedPage, publishedMilestones } from './browser.ts';

interface Item {
  id: string;
  district: string;
  date: string;
  themes: string[];
  title: { zh: string; en: string };
}

let browser: Browser;
let items: Item[];
beforeAll(async () => {
  browser = await launch();
  items = await publishedMilestones();
});
afterAll(() => browser?.close());

const visibleMarkIds = (page: Page) =>
  page.$$eval('a.mark:not(.is-hidden)', (marks) => marks.map((m) => (m as SVGAElement).dataset.id!).sort());
const visibleListIds = (page: Page) =>
  page.$$eval('[data-item]', (lis) =>
    lis
      .filter((li) => (li as HTMLElement).offsetParent !== null)
      .map((li) => (li as HTMLElement).dataset.item!)
      .sort(),
  );
const focusedId = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset?.id ?? null);
const ready = (page: Page) =>
  page.waitForFunction(() => !document.querySelector('[data-tools]')?.classList.contains('is-pending'));

describe('timeline', () => {
  it('renders every milestone as a mark and in the list view', async () => {
    const { page, consoleErrors, offOrigin } = await watchedPage(browser);
    await page.goto(url('/timeline/'));
    await ready(page);
    const all = items.map((i) => i.id).sort();
    expect(await visibleMarkIds(page)).toEqual(all);
    expect(await visibleListIds(page)).toEqual(all);
    expect(await page.locator('.era-label').count()).toBeGreaterThan(10);
    expect(consoleErrors).toEqual([]);
    expect(offOrigin).toEqual([]);
    await page.context().close();
  });

  it('is one tab stop, and arrow keys, Home and End move between marks', async () => {
    const { page } = await watchedPage(browser);
    await page.goto(url('/timeline/'));
    await ready(page);
    expect(await page.locator('a.mark[tabindex="0"]').count()).toBe(1);
    await page.locator('a.mark[tabindex="0"]').focus();
    const first = await focusedId(page);
    const lane = items.filter((i) => i.district === items.find((x) => x.id === first)!.district);
    expect(first).toBeTruthy();
    await page.keyboard.press('ArrowRight');
    const second = await focusedId(page);
    expect(second).not.toBe(first);
    expect(lane.map((i) => i.id)).toContain(second);
    await page.keyboard.press('ArrowLeft');
    expect(await focusedId(page)).toBe(first);
    await page.keyboard.press('End');
    const last = await focusedId(page);
    expect(lane.map((i) => i.id)).toContain(last);
    expect(lane.find((i) => i.id === last)!.date >= lane.find((i) => i.id === first)!.date).toBe(true);
    await page.keyboard.press('Home');
    expect(await focusedId(page)).toBe(first);
    await page.keyboard.press('ArrowDown');
    const belowId = await focusedId(page);
    const below = items.find((i) => i.id === belowId);
    expect(below?.district).not.toBe(items.find((i) => i.id === first)!.district);
    // Only one mark is ever in the tab order, and it announces title, date and district.
    expect(await page.locator('a.mark[tabindex="0"]').count()).toBe(1);
    const label = await page.locator('a.mark[tabindex="0"]').getAttribute('aria-label');
    expect(label).toContain(below!.title.zh);
    // Enter opens the detail panel with a permalink, and the URL names the milestone.
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-panel]').isVisible()).resolves.toBe(true);
    expect(await page.locator('[data-panel] .panel-title').textContent()).toBe(below!.title.zh);
    expect(await page.locator('[data-panel] a.button').getAttribute('href')).toMatch(
      new RegExp(`/milestones/${below!.id}/$`),
    );
    expect(new URL(page.url()).searchParams.get('m')).toBe(below!.id);
    await page.keyboard.press('Escape');
    await expect(page.locator('[data-panel]').isVisible()).resolves.toBe(false);
    expect(await focusedId(page)).toBe(below!.id);
    await page.context().close();
  });

  it('restores a view from the URL, and back and forward restore views', async () => {
    const target = items.find(
      (i) => i.district === 'xicheng' && i.themes.includes('grid-management') && i.date >= '1997' && i.date < '2013',
    );
    expect(target).toBeDefined();
    const { page, consoleErrors } = await watchedPage(browser);
    await page.goto(url(`/timeline/?d=xicheng&t=grid-management&from=1997&to=2012&m=${target!.id}`));
    await ready(page);
    const expected = items
      .filter(
        (i) =>
          i.district === 'xicheng' &&
          i.themes.includes('grid-management') &&
          i.date.slice(0, 4) >= '1997' &&
          i.date.slice(0, 4) <= '2012',
      )
      .map((i) => i.id)
      .sort();
    expect(await visibleMarkIds(page)).toEqual(expected);
    expect(await visibleListIds(page)).toEqual(expected);
    expect(await page.isChecked('input[name=d][value=xicheng]')).toBe(true);
    expect(await page.isChecked('input[name=d][value=dongcheng]')).toBe(false);
    expect(await page.inputValue('input[name=from]')).toBe('1997');
    expect(await page.locator('[data-panel] .panel-title').textContent()).toBe(target!.title.zh);
    const transform = await page.getAttribute('[data-zoom-layer]', 'transform');
    expect(transform).toMatch(/scale\((?!1,)/);

    await page.check('input[name=d][value=dongcheng]');
    await page.waitForFunction(() => location.search.includes('dongcheng'));
    expect(new URL(page.url()).searchParams.get('d')).toBe('dongcheng~xicheng');
    await page.goBack();
    await page.waitForFunction(() => !location.search.includes('dongcheng'));
    expect(await page.isChecked('input[name=d][value=dongcheng]')).toBe(false);
    expect(await visibleMarkIds(page)).toEqual(expected);
    await page.goForward();
    await page.waitForFunction(() => location.search.includes('dongcheng'));
    expect(await page.isChecked('input[name=d][value=dongcheng]')).toBe(true);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('falls back to the default view for malformed parameters, without errors', async () => {
    const { page, consoleErrors } = await watchedPage(browser);
    await page.goto(url('/timeline/?d=%3Cscript%3E&t=~~&from=abc&to=99999&m=%22onerror%3D'));
    await ready(page);
    expect(await visibleMarkIds(page)).toEqual(items.map((i) => i.id).sort());
    await expect(page.locator('[data-panel]').isVisible()).resolves.toBe(false);
    expect(await page.inputValue('input[name=from]')).toBe('1978');
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('zooms with the buttons and keeps the axis bounded', async () => {
    const { page } = await watchedPage(browser);
    await page.goto(url('/timeline/'));
    await ready(page);
    await page.click('[data-zoom=in]');
    await page.click('[data-zoom=in]');
    const zoomed = await page.getAttribute('[data-zoom-layer]', 'transform');
    expect(zoomed).toMatch(/scale\(4,1\)/);
    expect(new URL(page.url()).searchParams.get('from')).not.toBeNull();
    await page.click('[data-zoom=reset]');
    expect(await page.getAttribute('[data-zoom-layer]', 'transform')).toBe('translate(0,0) scale(1,1)');
    await page.context().close();
  });

  it('hydrates without shifting the layout', async () => {
    const { page } = await watchedPage(browser, { width: 375 });
    await page.addInitScript(() => {
      (window as unknown as { shift: number }).shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          (window as unknown as { shift: number }).shift += (entry as unknown as { value: number }).value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(url('/timeline/'));
    await ready(page);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBeLessThan(0.001);
    await page.context().close();
  });

  it('draws the marks without JavaScript', async () => {
    const { page } = await watchedPage(browser, { javaScriptEnabled: false });
    await page.goto(url('/en/timeline/'));
    expect(await page.locator('a.mark').count()).toBe(items.length);
    expect(await page.locator('.timeline-list [data-item]').count()).toBe(items.length);
    const first = await page.locator('a.mark').first().getAttribute('href');
    expect(first).toMatch(/\/en\/milestones\//);
    await page.context().close();
  });

  it('fits a 375 px phone without the page scrolling sideways', async () => {
    const { page } = await watchedPage(browser, { width: 375 });
    await page.goto(url('/timeline/'));
    await ready(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    const box = await page.locator('a.mark line').first().boundingBox();
    expect(box!.height).toBeGreaterThan(4);
    expect(box!.x + box!.width).toBeLessThanOrEqual(375);
    await page.context().close();
  });

  it('has a compact timeline with the era highlighted on era pages', async () => {
    const { page } = await watchedPage(browser);
    const era = 'dongcheng-1997';
    await page.goto(url(`/eras/${era}/`));
    expect(await page.locator(`rect.band--highlight[data-era="${era}"]`).count()).toBe(1);
    await page.goto(url('/districts/haidian/'));
    const lanes = await page.$$eval('.timeline a.mark', (marks) => [
      ...new Set(marks.map((m) => (m as SVGAElement).dataset.lane)),
    ]);
    expect(lanes).toEqual(['haidian']);
    await page.context().close();
  });
});
