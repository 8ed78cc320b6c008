// The comparative timeline as a reader uses it, at 375 px and 1280 px, in both languages: headlines
// beside the marks, bounded zoom, keys that follow the lanes as drawn, the detail view, URL state,
// phones, no JavaScript, print, and axe.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, url, watchedPage, publishedMilestones } from './browser.ts';
import { axeViolations } from './axe.ts';

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

const LOCALES = ['zh', 'en'] as const;
const WIDTHS = [375, 1280] as const;
const path = (locale: 'zh' | 'en', p: string) => (locale === 'en' ? `/en${p}` : p);

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
/** The zoom factor, once the view has settled on `k` (zoom changes are drawn on the next frame). */
const zoomIs = (page: Page, k: number) =>
  page.waitForFunction((want) => {
    const m = /scale\(([\d.]+),1\)/.exec(document.querySelector('[data-zoom-layer]')!.getAttribute('transform') ?? '');
    return m !== null && Math.abs(Number(m[1]) - want) < 1e-6;
  }, k);
const zoom = (page: Page) =>
  page.$eval('[data-zoom-layer]', (g) => Number(/scale\(([\d.]+),1\)/.exec(g.getAttribute('transform') ?? '')![1]));
/** Headlines drawn now: id, text, and box. */
const headlines = (page: Page) =>
  page.$$eval('text.mark-label', (texts) =>
    texts
      .filter((t) => !t.parentElement!.classList.contains('is-stale'))
      .map((t) => {
        const b = t.getBoundingClientRect();
        return { id: t.dataset.id!, text: t.textContent, box: [b.left, b.top, b.right, b.bottom] };
      }),
  );

/** No headline overlaps another headline or a mark, and none leaves the chart. */
async function expectTidyHeadlines(page: Page) {
  const labels = await headlines(page);
  const marks = await page.$$eval('a.mark:not(.is-hidden) line', (lines) =>
    lines
      .filter((l) => l.getBoundingClientRect().width > 0)
      .map((l) => {
        const b = l.getBoundingClientRect();
        return [b.left, b.top, b.right, b.bottom];
      }),
  );
  const frame = await page.locator('svg.timeline-svg').boundingBox();
  const overlap = (a: number[], b: number[]) =>
    Math.min(a[2], b[2]) - Math.max(a[0], b[0]) > 1 && Math.min(a[3], b[3]) - Math.max(a[1], b[1]) > 3;
  for (const [i, l] of labels.entries()) {
    expect(l.box[0]).toBeGreaterThanOrEqual(frame!.x - 1);
    expect(l.box[2]).toBeLessThanOrEqual(frame!.x + frame!.width + 1);
    for (const other of labels.slice(i + 1)) expect(overlap(l.box, other.box), `${l.text} / ${other.text}`).toBe(false);
    for (const m of marks) expect(overlap(l.box, m), `${l.text} covers a mark`).toBe(false);
  }
  return labels;
}

describe('headlines on the chart', () => {
  for (const locale of LOCALES) {
    for (const width of WIDTHS) {
      it(`are written beside their marks without collisions, key events first (${locale}, ${width} px)`, async () => {
        const { page, consoleErrors } = await watchedPage(browser, { width });
        await page.goto(url(path(locale, '/timeline/')));
        await ready(page);
        const labels = await expectTidyHeadlines(page);
        const titles = new Map(items.map((i) => [i.id, i.title[locale]]));
        for (const l of labels) {
          // Whole, or a start of the title with an ellipsis.
          const title = titles.get(l.id)!;
          expect(l.text === title || (l.text.endsWith('…') && title.startsWith(l.text.slice(0, -1)))).toBe(true);
        }
        const keys = await page.$$eval('a.mark.is-key', (marks) => marks.map((m) => (m as SVGAElement).dataset.id!));
        expect(keys.length).toBeGreaterThan(5);
        const labelled = new Set(labels.map((l) => l.id));
        // Every key event says what it is at the opening zoom (on a phone, nearly every one).
        const share = keys.filter((id) => labelled.has(id)).length / keys.length;
        expect(share).toBeGreaterThanOrEqual(width === 1280 ? 1 : 0.8);
        expect(labels.length).toBeGreaterThan(width === 1280 ? 40 : 20);
        expect(consoleErrors).toEqual([]);
        await page.close();
      });
    }
  }

  it('writes more of them, and in full, when zoomed in; truncated ones read in full on hover and focus', async () => {
    const { page } = await watchedPage(browser);
    await page.goto(url('/en/timeline/'));
    await ready(page);
    const before = await headlines(page);
    await page.goto(url('/en/timeline/?d=dongcheng&from=2008&to=2012'));
    await ready(page);
    await zoomIs(page, await zoom(page)); // settled
    const after = await expectTidyHeadlines(page);
    const dongcheng = before.filter((l) => l.id.startsWith('dongcheng'));
    expect(after.length).toBeGreaterThan(dongcheng.filter((l) => /^dongcheng-20(0[89]|1[012])/.test(l.id)).length);
    expect(after.filter((l) => !l.text.endsWith('…')).length).toBeGreaterThan(
      dongcheng.filter((l) => !l.text.endsWith('…')).length,
    );
    // A cut headline, hovered: the tooltip holds the whole title.
    const cut = after.find((l) => l.text.endsWith('…')) ?? before.find((l) => l.text.endsWith('…'))!;
    const title = items.find((i) => i.id === cut.id)!.title.en;
    await page.locator(`text.mark-label[data-id="${cut.id}"]`).hover();
    await expect.poll(() => page.locator('[data-tooltip]').textContent()).toBe(title);
    await page.locator(`a.mark[data-id="${cut.id}"]`).focus();
    await expect.poll(() => page.locator('[data-tooltip]').textContent()).toBe(title);
    await page.close();
  });
});

describe('zoom', () => {
  for (const locale of LOCALES) {
    for (const width of WIDTHS) {
      it(`zooms 2× per wheel notch, pinch step or button at most, never below a few years (${locale}, ${width} px)`, async () => {
        const { page } = await watchedPage(browser, { width });
        await page.goto(url(path(locale, '/timeline/')));
        await ready(page);
        const [lo, hi] = (await page.getAttribute('reform-timeline', 'data-bounds'))!.split(',').map(Number);
        const svg = page.locator('svg.timeline-svg');
        await svg.scrollIntoViewIfNeeded();
        const box = (await svg.boundingBox())!;
        await page.mouse.move(box.x + box.width / 2, box.y + 100);
        await page.keyboard.down('Control');
        await page.mouse.wheel(0, -100);
        await zoomIs(page, 2);
        await page.mouse.wheel(0, -400); // a big notch is still one step
        await zoomIs(page, 4);
        for (let i = 0; i < 8; i++) await page.mouse.wheel(0, -100);
        await page.keyboard.up('Control');
        // The deepest zoom still shows at least three years, and the URL says which.
        await page.waitForFunction(() => new URL(location.href).searchParams.has('from'));
        await expect
          .poll(() => {
            const p = new URL(page.url()).searchParams;
            return Number(p.get('to')) - Number(p.get('from')) + 1;
          })
          .toBeGreaterThanOrEqual(3);
        await expect.poll(() => zoom(page)).toBeLessThanOrEqual((hi - lo) / 3 + 1e-6);
        // Buttons step 2× too, and "All years" goes back.
        await page.click('[data-tools] [data-zoom=reset]');
        await zoomIs(page, 1);
        await page.click('[data-zoom=in]');
        await zoomIs(page, 2);
        await page.click('[data-zoom=in]');
        await zoomIs(page, 4);
        await page.click('[data-zoom=out]');
        await zoomIs(page, 2);
        await page.click('[data-tools] [data-zoom=reset]');
        await zoomIs(page, 1);
        // Two fingers spreading six times apart in one movement: one step, 2×.
        await svg.evaluate((el, y) => {
          const at = (type: string, id: number, x: number) =>
            el.dispatchEvent(
              new PointerEvent(type, {
                pointerId: id,
                pointerType: 'touch',
                clientX: x,
                clientY: y,
                bubbles: true,
                button: 0,
              }),
            );
          at('pointerdown', 1, 100);
          at('pointerdown', 2, 140);
          at('pointermove', 2, 340);
          at('pointerup', 2, 340);
          at('pointerup', 1, 100);
        }, box.y + 100);
        await zoomIs(page, 2);
        await page.close();
      });
    }
  }

  for (const locale of LOCALES) {
    it(`shows "nothing in this range" with a way back, never empty headings (${locale})`, async () => {
      const { page, consoleErrors } = await watchedPage(browser, { width: 375 });
      await page.goto(url(path(locale, '/timeline/?d=beijing&from=1980&to=1990')));
      await ready(page);
      const empty = page.locator('[data-empty]');
      await expect(empty.isVisible()).resolves.toBe(true);
      await expect(empty.textContent()).resolves.toMatch(/1980.*1990/);
      await expect(page.locator('[data-list-empty]').isVisible()).resolves.toBe(true);
      // No district heading stands alone in the list.
      expect(
        await page
          .locator('.timeline-list h3')
          .evaluateAll((hs) => hs.filter((h) => (h as HTMLElement).offsetParent).length),
      ).toBe(0);
      await page.click('[data-show-all]');
      await expect.poll(() => empty.isVisible()).toBe(false);
      expect((await visibleMarkIds(page)).length).toBeGreaterThan(0);
      expect(new URL(page.url()).searchParams.get('from')).toBeNull();
      // A zoom that leaves a district with nothing hides its heading.
      await page.goto(url(path(locale, '/timeline/?from=1996&to=2008')));
      await ready(page);
      await expect(page.locator('.timeline-list section[data-lane="beijing"]').isVisible()).resolves.toBe(false);
      await expect(page.locator('.timeline-list section[data-lane="dongcheng"]').isVisible()).resolves.toBe(true);
      expect(consoleErrors).toEqual([]);
      await page.close();
    });
  }
});

describe('keyboard', () => {
  for (const locale of LOCALES) {
    for (const width of WIDTHS) {
      it(`is one tab stop; ←/→ follow time in a lane, ↑/↓ the lanes as drawn (${locale}, ${width} px)`, async () => {
        const { page } = await watchedPage(browser, { width });
        await page.goto(url(path(locale, '/timeline/')));
        await ready(page);
        expect(await page.locator('a.mark[tabindex="0"]').count()).toBe(1);
        await page.locator('a.mark[tabindex="0"]').focus();
        const lane = async () => {
          const id = await focusedId(page);
          return items.find((i) => i.id === id)!.district;
        };
        expect(await lane()).toBe('dongcheng');
        const first = await focusedId(page);
        await page.keyboard.press('ArrowRight');
        const secondId = await focusedId(page);
        const second = items.find((i) => i.id === secondId)!;
        expect(second.district).toBe('dongcheng');
        expect(second.date >= items.find((i) => i.id === first)!.date).toBe(true);
        await page.keyboard.press('ArrowLeft');
        expect(await focusedId(page)).toBe(first);
        // Down the lanes in the order they are drawn, and back up.
        const order: string[] = [];
        for (let i = 0; i < 4; i++) {
          order.push(await lane());
          await page.keyboard.press('ArrowDown');
        }
        expect(order).toEqual(['dongcheng', 'xicheng', 'haidian', 'beijing']);
        await page.keyboard.press('ArrowUp');
        expect(await lane()).toBe('haidian');
        await page.keyboard.press('End');
        const last = items
          .filter((i) => i.district === 'haidian')
          .sort((a, b) => a.date.localeCompare(b.date))
          .at(-1)!;
        const lastId = await focusedId(page);
        expect(items.find((i) => i.id === lastId)!.date).toBe(last.date);
        expect(await page.locator('a.mark[tabindex="0"]').count()).toBe(1);
        const label = await page.locator('a.mark[tabindex="0"]').getAttribute('aria-label');
        expect(label).toContain(items.find((i) => i.id === last.id)!.title[locale].slice(0, 4));
        await page.close();
      });
    }
  }
});

describe('detail view', () => {
  for (const locale of LOCALES) {
    for (const width of WIDTHS) {
      it(`a shared ?m= link shows the headline in the first screen, beside the chart or as a sheet (${locale}, ${width} px)`, async () => {
        const target = items.find((i) => i.id === 'dongcheng-2005-grid-management') ?? items[20];
        const { page, consoleErrors } = await watchedPage(browser, { width });
        await page.goto(url(path(locale, `/timeline/?m=${target.id}`)));
        await ready(page);
        await page.locator('[data-panel]').waitFor({ state: 'visible' });
        const title = page.locator('[data-panel] .panel-title');
        await expect(title.textContent()).resolves.toBe(target.title[locale]);
        const box = (await title.boundingBox())!;
        const viewport = page.viewportSize()!;
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
        const panel = (await page.locator('[data-panel]').boundingBox())!;
        const chart = (await page.locator('.timeline-figure').boundingBox())!;
        if (width === 1280) {
          // Beside the chart, which stays in view.
          expect(panel.x).toBeGreaterThanOrEqual(chart.x + chart.width);
          expect(chart.y).toBeLessThan(viewport.height);
        } else {
          // A sheet along the bottom of the screen.
          expect(Math.round(panel.y + panel.height)).toBe(viewport.height);
          expect(panel.width).toBe(viewport.width);
        }
        // The selected mark is in view on the chart and marked.
        const mark = (await page.locator(`a.mark[data-id="${target.id}"] line`).boundingBox())!;
        expect(mark.x).toBeGreaterThanOrEqual(chart.x);
        expect(mark.x).toBeLessThanOrEqual(chart.x + chart.width);
        await expect(page.locator(`a.mark[data-id="${target.id}"]`).getAttribute('class')).resolves.toContain(
          'is-selected',
        );
        expect(await axeViolations(page)).toEqual([]);
        expect(consoleErrors).toEqual([]);
        await page.close();
      });
    }
  }

  for (const locale of LOCALES) {
    for (const width of WIDTHS) {
      it(`opens with Enter, steps through time across the lanes shown (buttons, keys, swipe), closes with Escape (${locale}, ${width} px)`, async () => {
        const { page } = await watchedPage(browser, { width });
        await page.goto(url(path(locale, '/timeline/?d=dongcheng~xicheng')));
        await ready(page);
        await page.locator('a.mark[tabindex="0"]').focus();
        const start = (await focusedId(page))!;
        await page.keyboard.press('Enter');
        const panel = page.locator('[data-panel]');
        await expect(panel.isVisible()).resolves.toBe(true);
        expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-panel'))).toBe(true);
        expect(new URL(page.url()).searchParams.get('m')).toBe(start);
        const date = (id: string) => items.find((i) => i.id === id)!.date.slice(0, 4);
        const current = () => new URL(page.url()).searchParams.get('m')!;
        const seen = [start];
        await page.click('[data-step="1"]');
        await page.waitForFunction((id) => new URL(location.href).searchParams.get('m') !== id, start);
        seen.push(current());
        await page.keyboard.press('ArrowRight');
        await page.waitForFunction((id) => new URL(location.href).searchParams.get('m') !== id, seen.at(-1));
        seen.push(current());
        // A swipe to the left is "later".
        await panel.evaluate((el) => {
          const at = (type: string, x: number) =>
            el.dispatchEvent(new PointerEvent(type, { pointerType: 'touch', clientX: x, clientY: 600, bubbles: true }));
          at('pointerdown', 300);
          at('pointerup', 150);
        });
        await page.waitForFunction((id) => new URL(location.href).searchParams.get('m') !== id, seen.at(-1));
        seen.push(current());
        for (let i = 1; i < seen.length; i++) expect(date(seen[i]) >= date(seen[i - 1])).toBe(true);
        expect(new Set(seen.map((id) => items.find((i) => i.id === id)!.district)).size).toBeGreaterThan(0);
        expect(seen.every((id) => /^(dongcheng|xicheng)/.test(id))).toBe(true);
        await expect(panel.locator('.panel-title').textContent()).resolves.toBe(
          items.find((i) => i.id === seen.at(-1))!.title[locale],
        );
        // Back with the button, and the live region says where we are.
        await page.click('[data-step="-1"]');
        await page.waitForFunction((id) => new URL(location.href).searchParams.get('m') === id, seen.at(-2));
        await expect(page.locator('[data-panel-live]').textContent()).resolves.toContain(
          items.find((i) => i.id === seen.at(-2))!.title[locale],
        );
        await page.keyboard.press('Escape');
        await expect(panel.isVisible()).resolves.toBe(false);
        expect(await focusedId(page)).toBe(seen.at(-2));
        // "Read from here" leads to the story at this milestone, for these districts.
        await page.keyboard.press('Enter');
        const story = await page.locator('[data-panel] .panel-links a:not(.c-button)').getAttribute('href');
        expect(story).toMatch(new RegExp(`/story/\\?d=dongcheng~xicheng#${seen.at(-2)}$`));
        await page.close();
      });
    }
  }
});

describe('URL state', () => {
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
    await expect.poll(() => zoom(page)).toBeGreaterThan(1);

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
    await page.close();
  });

  it('falls back to the default view for malformed parameters, cleans the address bar, and reads ids as text', async () => {
    const { page, consoleErrors } = await watchedPage(browser);
    await page.goto(
      url('/timeline/?d=%3Cscript%3E&t=~~&from=abc&to=99999&m=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E'),
    );
    await ready(page);
    expect(await visibleMarkIds(page)).toEqual(items.map((i) => i.id).sort());
    await expect(page.locator('[data-panel]').isVisible()).resolves.toBe(false);
    expect(await page.inputValue('input[name=from]')).toBe('1978');
    expect(new URL(page.url()).search).toBe('');
    expect(await page.locator('img[src=x]').count()).toBe(0);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});

describe('phones, no JavaScript, print', () => {
  it('hints match the input in use: touch on a phone, mouse and keyboard on a desktop', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });
    const phone = await context.newPage();
    await phone.goto(url('/en/timeline/'));
    await ready(phone);
    await expect(phone.locator('[data-hint=touch]').isVisible()).resolves.toBe(true);
    await expect(phone.locator('[data-hint=pointer]').isVisible()).resolves.toBe(false);
    await expect(phone.locator('[data-hint=touch]').textContent()).resolves.toMatch(/Pinch/);
    await context.close();
    const { page } = await watchedPage(browser);
    await page.goto(url('/en/timeline/'));
    await ready(page);
    await expect(page.locator('[data-hint=pointer]').isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-hint=touch]').isVisible()).resolves.toBe(false);
    // A touch on a laptop's screen switches the hint.
    await page.locator('h1').dispatchEvent('pointerdown', { pointerType: 'touch' });
    await expect.poll(() => page.locator('[data-hint=touch]').isVisible()).toBe(true);
    await page.close();
  });

  for (const locale of LOCALES) {
    it(`era and annotation labels fit a phone, and a tap shows them in full (${locale})`, async () => {
      const { page } = await watchedPage(browser, { width: 375 });
      await page.goto(url(path(locale, '/timeline/')));
      await ready(page);
      const frame = (await page.locator('svg.timeline-svg').boundingBox())!;
      const boxes = await page.$$eval('.annotation-labels text, .era-label', (texts) =>
        texts
          .filter((t) => t.textContent)
          .map((t) => {
            const b = t.getBoundingClientRect();
            return [b.left, b.right];
          }),
      );
      expect(boxes.length).toBeGreaterThan(10);
      for (const [left, right] of boxes) {
        expect(left).toBeGreaterThanOrEqual(frame.x - 1);
        expect(right).toBeLessThanOrEqual(frame.x + frame.width + 1);
      }
      const annotation = page.locator('.annotation-labels text').first();
      const full = await annotation.getAttribute('data-tip');
      await annotation.click();
      await expect.poll(() => page.locator('[data-tooltip]').textContent()).toBe(full);
      // An era's title, cut to its band, reads in full on a tap.
      const era = page.locator('svg.era-box').first();
      await era.locator('text').click();
      await expect.poll(() => page.locator('[data-tooltip]').textContent()).toBe(await era.getAttribute('data-tip'));
      await page.close();
    });
  }

  it('without JavaScript shows the marks and the list, and hides what cannot work', async () => {
    const { page } = await watchedPage(browser, { javaScriptEnabled: false, width: 375 });
    await page.goto(url('/en/timeline/'));
    expect(await page.locator('a.mark').count()).toBe(items.length);
    expect(await page.locator('.timeline-list [data-item]').count()).toBe(items.length);
    const first = await page.locator('a.mark').first().getAttribute('href');
    expect(first).toMatch(/\/en\/milestones\//);
    for (const selector of ['[data-filters]', '[data-tools]', '[data-empty]', '[data-panel]'])
      await expect(page.locator(selector).isVisible(), selector).resolves.toBe(false);
    // Era titles stay inside their bands.
    const overflow = await page.$$eval('svg.era-box', (boxes) =>
      boxes.some((box) => {
        const text = box.querySelector('text')!.getBoundingClientRect();
        const b = box.getBoundingClientRect();
        return text.width > 0 && text.left < b.left - 1;
      }),
    );
    expect(overflow).toBe(false);
    await page.close();
  });

  it('prints the whole chart with a legend, then the list', async () => {
    const { page } = await watchedPage(browser);
    await page.goto(url('/timeline/?from=2000&to=2010'));
    await ready(page);
    await expect.poll(() => zoom(page)).toBeGreaterThan(1);
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    await zoomIs(page, 1);
    const shown = (selector: string) =>
      page.$eval(selector, (el) => getComputedStyle(el).display !== 'none' && (el as HTMLElement).offsetHeight > 0);
    expect(await shown('.timeline-figure')).toBe(true);
    expect(await shown('.timeline-legend')).toBe(true);
    expect(await shown('.timeline-legend .legend-lane')).toBe(true);
    expect(await shown('.timeline-list')).toBe(true);
    expect(await shown('[data-tools]')).toBe(false);
    expect(await shown('[data-filters]')).toBe(false);
    const order = await page.evaluate(() =>
      ['.timeline-figure', '.timeline-legend', '.timeline-list'].map(
        (s) => document.querySelector(s)!.getBoundingClientRect().top,
      ),
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
    // The headlines are laid out for the page, in percentages of its width.
    await expectTidyHeadlines(page);
    expect(await page.$eval('text.mark-label', (t) => t.getAttribute('x'))).toMatch(/%$/);
    await page.emulateMedia({ media: 'screen' });
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await expect.poll(() => zoom(page)).toBeGreaterThan(1);
    await page.close();
  });
});

describe('the page', () => {
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
    await page.close();
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
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBeLessThan(0.001);
    await page.close();
  });

  it('fits a 375 px phone without the page scrolling sideways', async () => {
    const { page } = await watchedPage(browser, { width: 375 });
    await page.goto(url('/timeline/'));
    await ready(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    const box = await page.locator('a.mark line').first().boundingBox();
    expect(box!.height).toBeGreaterThan(4);
    expect(box!.x + box!.width).toBeLessThanOrEqual(375);
    await page.close();
  });

  it('releases its listeners and observers when removed from the page', async () => {
    const { page, consoleErrors } = await watchedPage(browser);
    await page.addInitScript(() => {
      const w = window as unknown as { released: { abort: number; disconnect: number } };
      w.released = { abort: 0, disconnect: 0 };
      const { abort } = Object.getOwnPropertyDescriptors(AbortController.prototype);
      AbortController.prototype.abort = function (this: AbortController, reason?: unknown) {
        w.released.abort++;
        (abort.value as (r?: unknown) => void).call(this, reason);
      };
      const { disconnect } = Object.getOwnPropertyDescriptors(ResizeObserver.prototype);
      ResizeObserver.prototype.disconnect = function (this: ResizeObserver) {
        w.released.disconnect++;
        (disconnect.value as () => void).call(this);
      };
    });
    await page.goto(url('/timeline/'));
    await ready(page);
    const released = await page.evaluate(() => {
      document.querySelector('reform-timeline')!.remove();
      document.dispatchEvent(new CustomEvent('reform:highlight', { detail: { ids: [] } }));
      window.dispatchEvent(new Event('resize'));
      return (window as unknown as { released: { abort: number; disconnect: number } }).released;
    });
    expect(released.abort).toBeGreaterThanOrEqual(1);
    expect(released.disconnect).toBeGreaterThanOrEqual(1);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('has a compact timeline with the era highlighted on era pages, and a district lane with headlines', async () => {
    const { page } = await watchedPage(browser);
    const era = 'dongcheng-1997';
    await page.goto(url(`/eras/${era}/`));
    expect(await page.locator(`rect.band--highlight[data-era="${era}"]`).count()).toBe(1);
    await page.goto(url('/districts/haidian/'));
    await ready(page);
    const lanes = await page.$$eval('.timeline a.mark', (marks) => [
      ...new Set(marks.map((m) => (m as SVGAElement).dataset.lane)),
    ]);
    expect(lanes).toEqual(['haidian']);
    await page.locator('.timeline').scrollIntoViewIfNeeded();
    expect((await headlines(page)).length).toBeGreaterThan(3);
    // A headline leads where its mark does.
    const label = page.locator('text.mark-label').first();
    const id = await label.getAttribute('data-id');
    await label.click();
    await page.waitForURL(new RegExp(`/milestones/${id}/$`));
    await page.close();
  });
});
