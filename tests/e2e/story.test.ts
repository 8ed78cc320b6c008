// The story mode as a reader meets it, at 375 px and 1280 px, in both languages: every milestone in
// date order, one step at a time, with its own address; keys, swipes, the rail and the map move it and
// follow it; announced politely; without JavaScript a plain article; reachable from home, the timeline
// and the district pages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, url, watchedPage, publishedMilestones } from './browser.ts';
import { axeViolations } from './axe.ts';

interface Item {
  id: string;
  district: string;
  era: string;
  date: string;
  places: string[];
  title: { zh: string; en: string };
}

let browser: Browser;
let items: Item[];
/** The story's order: date, then district as drawn, then id. */
let order: Item[];
const DISTRICTS = ['dongcheng', 'xicheng', 'haidian', 'beijing'];
beforeAll(async () => {
  browser = await launch();
  items = await publishedMilestones();
  order = [...items].sort(
    (a, b) =>
      (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) ||
      DISTRICTS.indexOf(a.district) - DISTRICTS.indexOf(b.district) ||
      (a.id < b.id ? -1 : 1),
  );
});
afterAll(() => browser?.close());

const LOCALES = ['zh', 'en'] as const;
const WIDTHS = [375, 1280] as const;
const path = (locale: 'zh' | 'en', p: string) => (locale === 'en' ? `/en${p}` : p);
const ready = (page: Page) => page.waitForSelector('reform-story.is-ready');
const visibleSteps = (page: Page) =>
  page.$$eval('li.story-step', (lis) =>
    lis.filter((li) => (li as HTMLElement).offsetParent !== null).map((li) => li.id),
  );
const hashId = (page: Page) => decodeURIComponent(new URL(page.url()).hash.slice(1));
/** Waits for the story to show a step, and returns its id. */
const showing = async (page: Page, id: string) => {
  await page.waitForFunction((want) => document.querySelector('li.story-step.is-current')?.id === want, id);
  return id;
};

describe('the story, one step at a time', () => {
  for (const locale of LOCALES) {
    for (const width of WIDTHS) {
      it(`shows one step with its headline, date, district, summary, source and link (${locale}, ${width} px)`, async () => {
        const { page, consoleErrors, offOrigin } = await watchedPage(browser, { width });
        await page.goto(url(path(locale, '/story/')));
        await ready(page);
        expect(await visibleSteps(page)).toEqual([order[0].id]);
        const step = page.locator('li.story-step.is-current');
        await expect(step.locator('.story-title').textContent()).resolves.toContain(order[0].title[locale]);
        await expect(step.locator('time').getAttribute('datetime')).resolves.toBe(order[0].date);
        await expect(step.locator('.district-tag').count()).resolves.toBe(1);
        await expect(step.locator('.story-summary').textContent()).resolves.toMatch(/\S{10}/);
        await expect(step.locator('.story-source a').first().getAttribute('href')).resolves.toMatch(/\/sources\/#/);
        await expect(step.locator('.story-more a').getAttribute('href')).resolves.toMatch(
          new RegExp(`/milestones/${order[0].id}/$`),
        );
        // The first step opens its era.
        await expect(step.locator('.story-era').isVisible()).resolves.toBe(true);
        await expect(page.locator('[data-counter]').textContent()).resolves.toMatch(
          new RegExp(`\\b1\\b.*\\b${items.length}\\b`),
        );
        expect(await axeViolations(page)).toEqual([]);
        expect(consoleErrors).toEqual([]);
        expect(offOrigin).toEqual([]);
        await page.close();
      });
    }
  }

  for (const locale of LOCALES) {
    for (const width of WIDTHS) {
      it(`moves with ←/→ and Page Up/Down, gives each step its own address, and announces it politely (${locale}, ${width} px)`, async () => {
        const { page } = await watchedPage(browser, { width });
        await page.goto(url(path(locale, '/story/')));
        await ready(page);
        await page.keyboard.press('ArrowRight');
        expect(await showing(page, order[1].id)).toBe(hashId(page));
        await page.keyboard.press('PageDown');
        await showing(page, order[2].id);
        expect(hashId(page)).toBe(order[2].id);
        await expect(page.locator('reform-story [data-live]').getAttribute('aria-live')).resolves.toBe('polite');
        await expect(page.locator('reform-story [data-live]').textContent()).resolves.toContain(order[2].title[locale]);
        await expect(page.locator('reform-story [data-live]').textContent()).resolves.toMatch(
          locale === 'en' ? /Step 3 of/ : /第 3 \/ \d+ 步/,
        );
        await expect(page.locator('[data-counter]').textContent()).resolves.toMatch(/\b3\b/);
        await page.keyboard.press('PageUp');
        await showing(page, order[1].id);
        await page.keyboard.press('ArrowLeft');
        await showing(page, order[0].id);
        // At the start, "previous" goes nowhere.
        await expect(page.locator('[data-go="-1"]').isDisabled()).resolves.toBe(true);
        // Typing in the search box is not a move.
        await page.locator('#site-search-input').focus();
        await page.keyboard.press('ArrowRight');
        expect(await page.locator('li.story-step.is-current').getAttribute('id')).toBe(order[0].id);
        await page.locator('[data-go="1"]').click();
        await showing(page, order[1].id);
        await page.close();
      });
    }
  }

  for (const width of WIDTHS) {
    it(`opens at the step its address names, headline in view (${width} px)`, async () => {
      const target = order[11];
      const { page } = await watchedPage(browser, { width });
      await page.goto(url(`/story/#${encodeURIComponent(target.id)}`));
      await ready(page);
      await showing(page, target.id);
      await expect(page.locator('[data-counter]').textContent()).resolves.toMatch(/\b12\b/);
      const box = (await page.locator('li.story-step.is-current .story-title').boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(page.viewportSize()!.height);
      await page.close();
    });
  }

  it('treats the address as text: an unknown or hostile step falls back to the first, and is cleaned', async () => {
    const { page, consoleErrors } = await watchedPage(browser);
    await page.goto(url('/story/?d=%3Cb%3E&x=1#%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E'));
    await ready(page);
    await showing(page, order[0].id);
    expect(new URL(page.url()).search).toBe('');
    expect(new URL(page.url()).hash).toBe('');
    expect(await page.locator('img[src=x]').count()).toBe(0);
    await page.goto(url('/story/#%E0%A4%A'));
    await ready(page);
    await showing(page, order[0].id);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('reads ?d= as the timeline does, and the district boxes change it', async () => {
    const { page } = await watchedPage(browser);
    const haidian = order.filter((i) => i.district === 'haidian');
    await page.goto(url('/story/?d=haidian'));
    await ready(page);
    await showing(page, haidian[0].id);
    await expect(page.locator('[data-counter]').textContent()).resolves.toMatch(new RegExp(`\\b${haidian.length}\\b`));
    expect(await page.isChecked('input[name=d][value=haidian]')).toBe(true);
    expect(await page.isChecked('input[name=d][value=dongcheng]')).toBe(false);
    // Every step of the story is Haidian's.
    for (let i = 1; i < haidian.length; i++) {
      await page.keyboard.press('ArrowRight');
      await showing(page, haidian[i].id);
    }
    await page.check('input[name=d][value=xicheng]');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('d') === 'xicheng~haidian');
    // The step stays where it was.
    expect(await page.locator('li.story-step.is-current').getAttribute('id')).toBe(haidian.at(-1)!.id);
    // A step named in the address shows, whatever the districts say.
    const dongcheng = order.find((i) => i.district === 'dongcheng')!;
    await page.goto(url(`/story/?d=xicheng#${dongcheng.id}`));
    await ready(page);
    await showing(page, dongcheng.id);
    expect(new URL(page.url()).searchParams.get('d')).toBe('dongcheng~xicheng');
    await page.close();
  });

  it('opens each era once, at its first step', async () => {
    const { page } = await watchedPage(browser, { javaScriptEnabled: false });
    await page.goto(url('/story/'));
    const opened = await page.$$eval('li.story-step:has(.story-era)', (lis) => lis.map((li) => li.id));
    const firsts = [...new Set(order.map((i) => i.era))].map((era) => order.find((i) => i.era === era)!.id);
    expect(opened).toEqual(firsts);
    await page.close();
  });
});

describe('the rail and the map follow the story, and move it', () => {
  for (const width of WIDTHS) {
    it(`the rail marks the step and is a slider: click a dot, or use the keys on it (${width} px)`, async () => {
      const { page } = await watchedPage(browser, { width });
      await page.goto(url('/story/'));
      await ready(page);
      const rail = page.locator('[data-rail]');
      await expect(rail.getAttribute('role')).resolves.toBe('slider');
      await expect(rail.getAttribute('aria-valuemax')).resolves.toBe(String(items.length));
      const target = order[30];
      const dot = (await page.locator(`.story-rail-dot[data-id="${target.id}"]`).boundingBox())!;
      await page.mouse.click(dot.x + dot.width / 2, dot.y + dot.height / 2);
      const shown = await page.$eval('li.story-step.is-current', (li) => li.id);
      // The nearest dot: that step, or one of the same moment.
      expect(order.find((i) => i.id === shown)!.date.slice(0, 4)).toBe(target.date.slice(0, 4));
      await expect(rail.getAttribute('aria-valuenow')).resolves.toBe(
        String(order.findIndex((i) => i.id === shown) + 1),
      );
      await expect(rail.getAttribute('aria-valuetext')).resolves.toContain(order.find((i) => i.id === shown)!.title.zh);
      // The ring sits on the step's dot.
      const ring = await page.$eval('[data-ring]', (c) => c.getAttribute('cx'));
      expect(ring).toBe(await page.$eval(`.story-rail-dot[data-id="${shown}"]`, (c) => c.getAttribute('cx')));
      await rail.focus();
      await page.keyboard.press('End');
      await showing(page, order.at(-1)!.id);
      await page.keyboard.press('Home');
      await showing(page, order[0].id);
      await page.keyboard.press('ArrowUp');
      await showing(page, order[1].id);
      await page.close();
    });
  }

  it('the map draws the step’s district and places, with the boundaries of its time, without tiles or Leaflet', async () => {
    const { page, offOrigin } = await watchedPage(browser);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const early = order.find((i) => i.district === 'dongcheng' && i.date < '2010')!;
    await page.goto(url(`/story/#${early.id}`));
    await ready(page);
    await page.locator('[data-map]').scrollIntoViewIfNeeded();
    await page.waitForSelector('[data-map] svg');
    await expect(page.locator('.sm-district.is-current[data-district="dongcheng"]').count()).resolves.toBe(1);
    // Before 2010, the boundaries of the time: Chongwen and Xuanwu are still districts.
    const oldShown = () => page.$eval('.sm-old', (g) => getComputedStyle(g).display !== 'none');
    expect(await oldShown()).toBe(true);
    await expect(page.locator('[data-map-before]').isVisible()).resolves.toBe(true);
    // A step with places: they are marked and named, and the map says where.
    const withPlaces = order.find((i) => i.places.length > 1)!;
    await page.evaluate((id) => (location.hash = id), withPlaces.id);
    await showing(page, withPlaces.id);
    await expect(page.locator('circle.sm-place.is-current').count()).resolves.toBe(withPlaces.places.length);
    await expect(page.locator(`.sm-district.is-current[data-district="${withPlaces.district}"]`).count()).resolves.toBe(
      1,
    );
    await expect(page.locator('[data-map]').getAttribute('aria-label')).resolves.toContain(
      await page.locator('li.story-step.is-current .story-places a').first().textContent(),
    );
    await expect.poll(oldShown).toBe(withPlaces.date < '2010');
    expect(await axeViolations(page)).toEqual([]);
    expect(requests.some((r) => /leaflet|tile\.openstreetmap/.test(r))).toBe(false);
    expect(offOrigin).toEqual([]);
    await page.close();
  });

  it('a click on a place or a district on the map moves the story there', async () => {
    const { page } = await watchedPage(browser);
    const withPlaces = order.filter((i) => i.places.length > 0);
    await page.goto(url('/story/'));
    await ready(page);
    await page.locator('[data-map]').scrollIntoViewIfNeeded();
    await page.waitForSelector('[data-map] svg');
    const place = withPlaces[0].places[0];
    await page.locator(`circle.sm-place[data-place="${place}"]`).dispatchEvent('click');
    const shown = await page.$eval('li.story-step.is-current', (li) => li.id);
    expect(order.find((i) => i.id === shown)!.places).toContain(place);
    // A district: its next step.
    const from = order.findIndex((i) => i.id === shown);
    const nextHaidian = [...order.slice(from + 1), ...order.slice(0, from + 1)].find((i) => i.district === 'haidian')!;
    await page.locator('path.sm-district[data-district="haidian"]').dispatchEvent('click');
    await showing(page, nextHaidian.id);
    await page.close();
  });
});

describe('phones, motion, no JavaScript', () => {
  it('swipes: to the left is the next step, to the right the previous one; the hint speaks of swiping', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(url('/en/story/'));
    await ready(page);
    await expect(page.locator('[data-hint=touch]').isVisible()).resolves.toBe(true);
    const swipe = (from: number, to: number) =>
      page.locator('.story-main').evaluate(
        (el, [a, b]) => {
          const at = (type: string, x: number) =>
            el.dispatchEvent(new PointerEvent(type, { pointerType: 'touch', clientX: x, clientY: 400, bubbles: true }));
          at('pointerdown', a);
          at('pointerup', b);
        },
        [from, to],
      );
    await swipe(300, 120);
    await showing(page, order[1].id);
    await swipe(80, 300);
    await showing(page, order[0].id);
    // A short or slanted movement is reading, not a swipe.
    await swipe(200, 180);
    expect(await page.$eval('li.story-step.is-current', (li) => li.id)).toBe(order[0].id);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await context.close();
  });

  it('leaves motion out when the reader asks for less', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(url('/story/'));
    await ready(page);
    await page.keyboard.press('ArrowRight');
    await showing(page, order[1].id);
    expect(await page.$eval('li.story-step.is-current', (li) => getComputedStyle(li).animationName)).toBe('none');
    await context.close();
  });

  for (const locale of LOCALES) {
    it(`without JavaScript is a plain chronological article with every step (${locale})`, async () => {
      const { page } = await watchedPage(browser, { javaScriptEnabled: false, width: 375 });
      await page.goto(url(path(locale, '/story/')));
      expect(await visibleSteps(page)).toEqual(order.map((i) => i.id));
      for (const selector of ['[data-controls]', '[data-rail]', '.story-nav', '.story-map'])
        await expect(page.locator(selector).isVisible(), selector).resolves.toBe(false);
      await expect(page.locator('.story-era').first().isVisible()).resolves.toBe(true);
      // An address still leads to its step.
      await page.goto(url(path(locale, `/story/#${order[40].id}`)));
      const top = await page.locator(`li[id="${order[40].id}"]`).boundingBox();
      expect(top!.y).toBeLessThan(page.viewportSize()!.height);
      await page.close();
    });
  }
});

describe('ways in', () => {
  // One test per language: each has its own timeout.
  for (const locale of LOCALES)
    it(`from the home page, the timeline and every district page (starting with that district), in ${locale}`, async () => {
      const { page } = await watchedPage(browser);
      await page.goto(url(path(locale, '/')));
      await expect(page.locator(`a[href$="${path(locale, '/story/')}"]`).count()).resolves.toBeGreaterThan(0);
      await page.goto(url(path(locale, '/timeline/?d=haidian')));
      await page.waitForFunction(() =>
        document.querySelector<HTMLAnchorElement>('[data-story-link]')?.href.includes('?d=haidian'),
      );
      for (const d of DISTRICTS) {
        await page.goto(url(path(locale, `/districts/${d}/`)));
        const link = page.locator(`a[href$="/story/?d=${d}"]`);
        await expect(link.count()).resolves.toBe(1);
      }
      await page.locator('a[href$="/story/?d=beijing"]').click();
      await ready(page);
      await showing(page, order.find((i) => i.district === 'beijing')!.id);
    });

  it('releases its listeners and observers when removed from the page', async () => {
    const { page, consoleErrors } = await watchedPage(browser);
    await page.addInitScript(() => {
      const w = window as unknown as { aborted: number };
      w.aborted = 0;
      const { abort } = Object.getOwnPropertyDescriptors(AbortController.prototype);
      AbortController.prototype.abort = function (this: AbortController, reason?: unknown) {
        w.aborted++;
        (abort.value as (r?: unknown) => void).call(this, reason);
      };
    });
    await page.goto(url('/story/'));
    await ready(page);
    const aborted = await page.evaluate(() => {
      document.querySelector('reform-story')!.remove();
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight' }));
      return (window as unknown as { aborted: number }).aborted;
    });
    expect(aborted).toBeGreaterThanOrEqual(1);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
