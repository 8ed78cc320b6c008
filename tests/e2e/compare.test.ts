// The compare view: the selection lives in the URL (?d=…), back and forward restore it, every chart
// agrees with its table, it works at phone width and without JavaScript, and axe finds nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, url, watchedPage } from './browser.ts';
import { axeViolations } from './axe.ts';

const DEFAULT = ['dongcheng', 'xicheng', 'haidian'];

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

/** Districts whose matrix column is shown, in page order. */
const shownColumns = (page: Page) =>
  page.$$eval('.theme-matrix thead th[data-district]', (ths) =>
    ths.filter((th) => !(th as HTMLElement).hidden).map((th) => (th as HTMLElement).dataset.district),
  );
/** Districts whose era lane is drawn, top to bottom. */
const shownLanes = (page: Page) =>
  page.$$eval('[data-eras-svg] g[data-lane]', (lanes) =>
    lanes
      .filter((g) => g.getAttribute('display') !== 'none')
      .map((g) => ({
        id: (g as SVGGElement).dataset.lane,
        y: Number(/translate\(0,([\d.]+)\)/.exec(g.getAttribute('transform') ?? '')?.[1]),
      }))
      .sort((a, b) => a.y - b.y)
      .map((l) => l.id),
  );
const checked = (page: Page) =>
  page.$$eval('[data-picker] input[name="d"]:checked', (inputs) => inputs.map((i) => (i as HTMLInputElement).value));
const query = (page: Page) => new URL(page.url()).search;

describe('compare: selection in the URL', () => {
  it('shows Dongcheng, Xicheng and Haidian by default', async () => {
    const { page, consoleErrors, offOrigin } = await watchedPage(browser);
    await page.goto(url('/compare/'));
    expect(await shownColumns(page)).toEqual(DEFAULT);
    expect(await shownLanes(page)).toEqual(DEFAULT);
    expect(await checked(page)).toEqual(DEFAULT);
    expect(query(page)).toBe('');
    expect(consoleErrors).toEqual([]);
    expect(offOrigin).toEqual([]);
    await page.close();
  });

  it('reads ?d=dongcheng~xicheng and shows only those two, everywhere', async () => {
    const { page, consoleErrors } = await watchedPage(browser);
    await page.goto(url('/en/compare/?d=dongcheng~xicheng'));
    expect(await shownColumns(page)).toEqual(['dongcheng', 'xicheng']);
    expect(await shownLanes(page)).toEqual(['dongcheng', 'xicheng']);
    expect(await checked(page)).toEqual(['dongcheng', 'xicheng']);
    expect(await page.locator('[data-showing]').textContent()).toBe('Comparing: Dongcheng, Xicheng');
    // The eras table lists only the chosen districts.
    expect(
      await page.$$eval('.eras-table tbody', (bodies) =>
        bodies.filter((b) => !(b as HTMLElement).hidden).map((b) => (b as HTMLElement).dataset.district),
      ),
    ).toEqual(['dongcheng', 'xicheng']);
    // The timeline link carries the selection.
    expect(new URL((await page.getAttribute('[data-timeline-link]', 'href'))!, page.url()).search).toBe(
      '?d=dongcheng~xicheng',
    );
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('grid-based management: Dongcheng 2005 is marked first against Xicheng 2011, each cell linking to its milestone', async () => {
    const { page } = await watchedPage(browser);
    await page.goto(url('/compare/?d=dongcheng~xicheng'));
    const row = page.locator('.theme-matrix tbody tr', { has: page.locator('th a[href$="/themes/grid-management/"]') });
    const cell = (d: string) => row.locator(`td[data-district="${d}"]`);
    expect(await cell('dongcheng').getAttribute('data-date')).toMatch(/^2005/);
    expect(await cell('xicheng').getAttribute('data-date')).toMatch(/^2011/);
    expect(await cell('dongcheng').locator('[data-first]').isVisible()).toBe(true);
    expect(await cell('xicheng').locator('[data-first]').isVisible()).toBe(false);
    // (The hidden Haidian cell links to the era that tells its grid work without a date.)
    const shown = row.locator('td[data-district="dongcheng"] a, td[data-district="xicheng"] a');
    for (const href of await shown.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) {
      expect(href).toMatch(/\/milestones\/[a-z0-9-]+\/$/);
      expect((await fetch(href)).status).toBe(200);
    }
    await page.close();
  });

  it('the picker writes the URL; back and forward restore the selection', async () => {
    const { page, consoleErrors } = await watchedPage(browser);
    await page.goto(url('/compare/?d=dongcheng~xicheng'));
    await page.check('[data-picker] input[value="beijing"]');
    expect(query(page)).toBe('?d=dongcheng~xicheng~beijing');
    expect(await shownColumns(page)).toEqual(['dongcheng', 'xicheng', 'beijing']);
    await page.uncheck('[data-picker] input[value="dongcheng"]');
    expect(query(page)).toBe('?d=xicheng~beijing');
    expect(await shownLanes(page)).toEqual(['xicheng', 'beijing']);

    await page.goBack();
    await page.waitForFunction(() => location.search === '?d=dongcheng~xicheng~beijing');
    expect(await shownColumns(page)).toEqual(['dongcheng', 'xicheng', 'beijing']);
    expect(await checked(page)).toEqual(['dongcheng', 'xicheng', 'beijing']);
    await page.goBack();
    await page.waitForFunction(() => location.search === '?d=dongcheng~xicheng');
    expect(await shownColumns(page)).toEqual(['dongcheng', 'xicheng']);
    expect(await shownLanes(page)).toEqual(['dongcheng', 'xicheng']);
    await page.goForward();
    await page.waitForFunction(() => location.search === '?d=dongcheng~xicheng~beijing');
    expect(await shownLanes(page)).toEqual(['dongcheng', 'xicheng', 'beijing']);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('never lets the selection fall below two, and says why', async () => {
    const { page } = await watchedPage(browser);
    await page.goto(url('/en/compare/?d=dongcheng~xicheng'));
    await page.click('[data-picker] input[value="xicheng"]');
    expect(await checked(page)).toEqual(['dongcheng', 'xicheng']);
    expect(query(page)).toBe('?d=dongcheng~xicheng');
    expect(await page.locator('[data-picker-status]').textContent()).toMatch(/at least 2/);
    await page.close();
  });

  it('falls back to the default for malformed values or fewer than two, and cleans the URL', async () => {
    for (const bad of ['?d=dongcheng', '?d=nowhere~elsewhere', '?d=%3Cscript%3E', '?d=dongcheng~dongcheng', '?d=']) {
      const { page, consoleErrors } = await watchedPage(browser);
      await page.goto(url(`/compare/${bad}`));
      expect(await shownColumns(page), bad).toEqual(DEFAULT);
      expect(query(page), bad).toBe('');
      expect(consoleErrors).toEqual([]);
      await page.close();
    }
  });
});

describe('compare: charts and tables agree', () => {
  for (const selection of ['dongcheng~xicheng', 'dongcheng~xicheng~haidian~beijing', 'dongcheng~beijing']) {
    it(`every visible bar chart matches its table (?d=${selection})`, async () => {
      const { page } = await watchedPage(browser);
      await page.goto(url(`/compare/?d=${selection}`));
      const selected = selection.split('~');
      const groups = await page.$$eval('[data-group]', (figures) =>
        figures.map((f) => ({
          key: (f as HTMLElement).dataset.group,
          hidden: (f as HTMLElement).hidden,
          districts: ((f as HTMLElement).dataset.districts ?? '').split(' '),
          bars: [...f.querySelectorAll('g.bar-row')]
            .filter((g) => g.getAttribute('display') !== 'none')
            .map((g) => ({
              key: (g as SVGGElement).dataset.key,
              district: (g as SVGGElement).dataset.district,
              value: Number((g as SVGGElement).dataset.value),
              width: parseFloat(g.querySelector('rect.bar')!.getAttribute('width')!),
              label: g.querySelector('text.bar-value')!.textContent,
            })),
          rows: [...f.querySelectorAll('tbody tr')]
            .filter((tr) => !(tr as HTMLElement).hidden)
            .map((tr) => ({
              key: (tr as HTMLElement).dataset.key,
              district: (tr as HTMLElement).dataset.district,
              value: tr.querySelector('td.num')!.textContent.trim(),
            })),
        })),
      );
      expect(groups.length).toBeGreaterThan(0);
      let visible = 0;
      for (const g of groups) {
        const inSelection = g.districts.filter((d) => selected.includes(d));
        expect(g.hidden, g.key).toBe(inSelection.length < 2);
        if (g.hidden) continue;
        visible++;
        // Same rows, same values, and only selected districts.
        expect(
          g.bars.map((b) => [b.key, b.label]),
          g.key,
        ).toEqual(g.rows.map((r) => [r.key, r.value]));
        expect(
          g.bars.every((b) => selected.includes(b.district!)),
          g.key,
        ).toBe(true);
        // Bar lengths are proportional to the values, and the largest bar fills the area.
        const max = Math.max(...g.bars.map((b) => b.value));
        for (const b of g.bars) expect(b.width, `${g.key} ${b.key}`).toBeCloseTo((b.value / max) * 100, 1);
      }
      const empty = await page.locator('[data-no-groups]').isVisible();
      expect(empty).toBe(visible === 0);
      await page.close();
    });
  }

  it('every figure has its unit, year and a source link', async () => {
    const { page } = await watchedPage(browser);
    await page.goto(url('/en/compare/?d=dongcheng~xicheng'));
    const figures = page.locator('[data-group]:visible');
    expect(await figures.count()).toBeGreaterThan(0);
    for (const figure of await figures.all()) {
      const caption = (await figure.locator('figcaption').textContent())!;
      expect(caption).toMatch(/\b(19|20)\d\d\b/);
      // A unit is named unless it is a plain count.
      const unitless = (await figure.locator('thead th:nth-child(2)').textContent())!.trim() === 'Value';
      if (!unitless) expect(caption).toMatch(/unit: \S/);
      for (const row of await figure.locator('tbody tr:visible').all())
        expect(await row.locator('a[href*="/sources/#"]').count()).toBeGreaterThan(0);
    }
    await page.close();
  });

  it('lists metrics shared only in different years, with each year, and no chart', async () => {
    const { page } = await watchedPage(browser);
    await page.goto(url('/en/compare/?d=dongcheng~beijing'));
    const section = page.locator('[data-other-years]');
    expect(await section.isVisible()).toBe(true);
    for (const body of await section.locator('tbody:visible').all()) {
      const years = await body.locator('tr:visible td:nth-child(3)').allTextContents();
      expect(new Set(years).size).toBeGreaterThan(1);
      expect(
        await body
          .locator('tr:visible')
          .evaluateAll((trs) =>
            trs.map((tr) => (tr as HTMLElement).dataset.district).every((d) => d === 'dongcheng' || d === 'beijing'),
          ),
      ).toBe(true);
    }
    expect(await section.locator('svg').count()).toBe(0);
    await page.close();
  });
});

describe('compare: phone, no JavaScript, accessibility', () => {
  for (const [locale, path] of [
    ['zh', '/compare/'],
    ['en', '/en/compare/?d=dongcheng~xicheng~haidian~beijing'],
  ] as const) {
    it(`fits a 375 px screen without sideways scrolling (${locale})`, async () => {
      const { page, consoleErrors } = await watchedPage(browser, { width: 375 });
      await page.goto(url(path));
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      // Every picker target is at least 24 px.
      for (const box of await page.locator('[data-picker] label').all()) {
        const b = (await box.boundingBox())!;
        expect(Math.min(b.width, b.height)).toBeGreaterThanOrEqual(24);
      }
      expect(await axeViolations(page)).toEqual([]);
      expect(consoleErrors).toEqual([]);
      await page.close();
    });

    it(`has no axe violations at desktop width (${locale})`, async () => {
      const { page, offOrigin } = await watchedPage(browser);
      await page.goto(url(path));
      expect(await axeViolations(page)).toEqual([]);
      expect(offOrigin).toEqual([]);
      await page.close();
    });
  }

  it('reads without JavaScript: the default selection, all server-rendered', async () => {
    const { page } = await watchedPage(browser, { javaScriptEnabled: false });
    await page.goto(url('/compare/?d=dongcheng~xicheng'));
    expect(await shownColumns(page)).toEqual(DEFAULT);
    expect(await page.locator('[data-picker]').isVisible()).toBe(false);
    expect(await page.locator('[data-nojs]').isVisible()).toBe(true);
    expect(await page.locator('[data-group]:visible').count()).toBeGreaterThan(0);
    expect(await page.locator('.theme-matrix tbody tr:visible').count()).toBeGreaterThan(5);
    await page.close();
  });

  it('prints the era table instead of the axis, without the picker or navigation', async () => {
    const { page } = await watchedPage(browser);
    await page.goto(url('/compare/?d=dongcheng~xicheng'));
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('[data-picker]').isVisible()).toBe(false);
    expect(await page.locator('[data-eras-svg]').isVisible()).toBe(false);
    expect(await page.locator('.eras-table').isVisible()).toBe(true);
    expect(await page.locator('.eras-table tbody:visible').count()).toBe(2);
    await page.close();
  });

  for (const path of ['/compare/', '/en/compare/'])
    it(`prints without an address after every link, but once where this comparison lives (${path})`, async () => {
      const { page } = await watchedPage(browser);
      await page.goto(url(path));
      await page.locator('[data-picker] input[value=haidian]').uncheck();
      await page.locator('[data-picker] input[value=beijing]').check();
      await page.emulateMedia({ media: 'print' });
      const after = await page.$$eval('reform-compare a[href]', (links) =>
        links.filter((a) => (a as HTMLElement).offsetParent).map((a) => getComputedStyle(a, '::after').content),
      );
      expect(after.length).toBeGreaterThan(20);
      expect(after.filter((c) => c !== 'none' && c !== 'normal')).toEqual([]);
      const address = page.locator('.print-address');
      expect(await address.isVisible()).toBe(true);
      const printed = (await page.locator('[data-print-address]').textContent())!;
      expect(new URL(printed).pathname).toBe(new URL(url(path)).pathname);
      expect(new URL(printed).search).toBe('?d=dongcheng~xicheng~beijing');
      await page.emulateMedia({ media: 'screen' });
      expect(await address.isVisible()).toBe(false);
      await page.close();
    });
});

describe('compare: weight and housekeeping', () => {
  it('loads at most 8 KB of JavaScript (gzip): no d3-scale for three linear scales', async () => {
    const { pageWeight } = await import('../../scripts/bench/pageWeight.ts');
    const { origin, pathname } = new URL(url('/compare/'));
    expect((await pageWeight(browser, origin, pathname)).jsGzip).toBeLessThanOrEqual(8 * 1024);
  });

  it('releases its listeners when it leaves the page', async () => {
    const { page } = await watchedPage(browser);
    await page.goto(url('/compare/'));
    const cdp = await page.context().newCDPSession(page);
    const popstateListeners = async () => {
      const { result } = await cdp.send('Runtime.evaluate', { expression: 'window' });
      const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId! });
      return listeners.filter((l) => l.type === 'popstate').length;
    };
    const before = await popstateListeners();
    expect(before).toBeGreaterThan(0);
    await page.evaluate(() => document.querySelector('reform-compare')!.remove());
    expect(await popstateListeners()).toBe(before - 1);
    await page.close();
  });

  for (const path of ['/compare/', '/en/compare/'])
    it(`${path} has no duplicate landmarks or other best-practice findings`, async () => {
      const { page } = await watchedPage(browser);
      await page.goto(url(path));
      expect(await axeViolations(page, { bestPractice: true }), path).toEqual([]);
    });
});

describe('compare: no record is not no event', () => {
  it("says where Beijing's record begins, only while Beijing is compared, and awards no first over it", async () => {
    const { page } = await watchedPage(browser);
    await page.goto(url('/en/compare/?d=dongcheng~beijing'));
    const note = page.locator('.theme-matrix caption [data-district="beijing"]');
    expect(await note.textContent()).toMatch(/Beijing’s source begins in 2012/);
    expect(await note.isVisible()).toBe(true);
    // Party building: Dongcheng 2008, Beijing 2018; Beijing has no record before 2012, so no first.
    const party = page.locator('.theme-matrix tbody tr', { has: page.locator('a[href$="/themes/party-building/"]') });
    expect(await party.locator('[data-first]:visible').count()).toBe(0);
    const civility = page.locator('.theme-matrix tbody tr', { has: page.locator('a[href$="/themes/civility/"]') });
    expect(await civility.locator('td[data-district="beijing"]').textContent()).toBe(
      'No record (its source begins in 2012)',
    );
    await page.goto(url('/en/compare/?d=dongcheng~xicheng'));
    expect(await note.isVisible()).toBe(false);
    await page.close();
  });

  it("never counts a national document on a district's lane, and says where a theme is told without a date", async () => {
    const { page } = await watchedPage(browser);
    await page.goto(url('/en/compare/?d=dongcheng~xicheng~haidian'));
    expect(await page.locator('.theme-matrix a[href*="-national-"]').count()).toBe(0);
    const grid = page.locator('.theme-matrix tbody tr', { has: page.locator('a[href$="/themes/grid-management/"]') });
    const haidian = grid.locator('td[data-district="haidian"]');
    expect(await haidian.textContent()).toMatch(/^Told without a date:/);
    expect(await haidian.locator('a').getAttribute('href')).toMatch(/\/en\/eras\/haidian-2009\/$/);
    // Civility: Haidian's campaign is dated only c. 1989–1990; Dongcheng's 1986 measures come first.
    const civility = page.locator('.theme-matrix tbody tr', { has: page.locator('a[href$="/themes/civility/"]') });
    expect(await civility.locator('td[data-district="haidian"] .cell-date').textContent()).toBe('c. 1989–1990');
    await page.close();
  });

  it('draws a hedged value with its hedge, in the chart and the table alike', async () => {
    const { page } = await watchedPage(browser);
    await page.goto(url('/en/compare/?d=dongcheng~xicheng'));
    const income = page.locator('[data-group="per-capita-disposable-income-2015"]');
    expect(await income.locator('g.bar-row[data-district="dongcheng"] text.bar-value').textContent()).toBe(
      'more than 60,000',
    );
    expect(await income.locator('tr[data-district="dongcheng"] td.num').textContent()).toBe('more than 60,000');
    await page.close();
  });

  it("lists Beijing's undated figures with their period, never in a chart", async () => {
    const { page } = await watchedPage(browser);
    await page.goto(url('/en/compare/?d=dongcheng~beijing'));
    const rows = page.locator('[data-other-years] tr[data-district="beijing"]:visible');
    expect(await rows.count()).toBeGreaterThan(0);
    for (const year of await rows.locator('td:nth-child(3)').allTextContents())
      expect(['2012–2021 (no year given)', '2015', '2021', '2018']).toContain(year);
    // Charts exist only for a metric and a year.
    const datedGroups = await page.$$eval('[data-group]', (groups) =>
      groups.map((g) => (g as HTMLElement).dataset.group),
    );
    expect(datedGroups.every((key) => /-\d{4}$/.test(key!))).toBe(true);
    await page.close();
  });
});
