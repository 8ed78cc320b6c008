// Search in the browser: the header combobox, the /search/ page with filters in the URL, pinyin and
// traditional queries, hostile input, no JavaScript, lazy loading and accessibility.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { base, launch, url, watchedPage } from './browser.ts';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const GRID = 'dongcheng-2005-grid-management';
const LAZY = /search-index\/|searchClient/;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const path = (p: string) => new URL(url(p)).pathname;
const options = (page: Page) => page.locator('#site-search-listbox [role=option]');

/** Waits until the header's list shows the results for the whole query, not for a part typed earlier. */
async function headerResults(page: Page, query: string) {
  await page.waitForFunction((q) => {
    const popup = document.querySelector('[data-popup]') as HTMLElement | null;
    return popup && !popup.hidden && document.querySelector('#site-search-listbox-all')?.textContent?.includes(q);
  }, query);
}

/** Types into the header box and waits for the list of results. */
async function typeInHeader(page: Page, text: string) {
  await page.locator('#site-search-input').click();
  await page.locator('#site-search-input').fill(text);
  await headerResults(page, text);
}

/** Waits until the search page has run its search. */
async function searched(page: Page) {
  await page.waitForFunction(() => {
    const count = document.querySelector('[data-count]')?.textContent ?? '';
    return count !== '' && !/加载|Loading/.test(count);
  });
}

async function axeViolations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('header search box', () => {
  it('shows results as you type, in both languages', async () => {
    const { page, consoleErrors, offOrigin } = await watchedPage(browser);
    await page.goto(url('/'));
    await typeInHeader(page, '网格化');
    expect(await options(page).count()).toBeGreaterThan(1);
    expect(await options(page).first().textContent()).toContain('网格化');
    expect(await page.getAttribute('#site-search-input', 'aria-expanded')).toBe('true');

    await page.goto(url('/en/'));
    await typeInHeader(page, 'Chongwen');
    expect(await options(page).first().textContent()).toMatch(/Chongwen/);
    expect(consoleErrors).toEqual([]);
    expect(offOrigin).toEqual([]);
    await page.context().close();
  });

  it('opens with the "/" key from anywhere but a text field', async () => {
    const { page } = await watchedPage(browser);
    await page.goto(url('/timeline/'));
    await page.locator('h1').click();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-input');
    expect(await page.inputValue('#site-search-input')).toBe('');

    // In a text field, "/" is just a character.
    await page.goto(url('/search/'));
    await page.locator('#search-page-q').click();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-page-q');
    expect(await page.inputValue('#search-page-q')).toBe('/');
    await page.context().close();
  });

  it('can have the "/" shortcut turned off (WCAG 2.1.4)', async () => {
    const { page } = await watchedPage(browser);
    await page.goto(url('/search/'));
    await page.locator('[data-shortcut-toggle]').uncheck();
    await page.goto(url('/'));
    await page.locator('h1').click();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).not.toBe('site-search-input');
    await page.goto(url('/search/'));
    await page.locator('[data-shortcut-toggle]').check();
    await page.goto(url('/'));
    await page.locator('h1').click();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-input');
    await page.context().close();
  });

  it('walks the results with the arrow keys and opens one with Enter', async () => {
    const { page, consoleErrors } = await watchedPage(browser);
    await page.goto(url('/'));
    await page.keyboard.press('/');
    await page.keyboard.type('wanggehua');
    await headerResults(page, 'wanggehua');
    const input = page.locator('#site-search-input');
    await page.keyboard.press('ArrowDown');
    const first = await input.getAttribute('aria-activedescendant');
    expect(first).toBeTruthy();
    expect(await page.getAttribute(`#${first}`, 'aria-selected')).toBe('true');
    await page.keyboard.press('ArrowDown');
    const second = await input.getAttribute('aria-activedescendant');
    expect(second).not.toBe(first);
    expect(await page.getAttribute(`#${first}`, 'aria-selected')).toBe('false');
    await page.keyboard.press('ArrowUp');
    expect(await input.getAttribute('aria-activedescendant')).toBe(first);
    // Focus stays in the box all along.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-input');

    const href = await page.getAttribute(`#${first}`, 'data-href');
    expect(href).toBe(path(`/milestones/${GRID}/`));
    await Promise.all([page.waitForURL((u) => u.pathname === href), page.keyboard.press('Enter')]);
    expect(await page.locator('h1').textContent()).toContain('网格化');
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('closes with Escape, then clears; Enter without a choice opens the search page', async () => {
    const { page } = await watchedPage(browser);
    await page.goto(url('/en/'));
    await typeInHeader(page, 'grid');
    await page.keyboard.press('Escape');
    // Longer than the debounce: nothing still pending may reopen the list.
    await page.waitForTimeout(250);
    expect(await page.locator('[data-popup]').isHidden()).toBe(true);
    expect(await page.getAttribute('#site-search-input', 'aria-expanded')).toBe('false');
    await page.keyboard.press('Escape');
    expect(await page.inputValue('#site-search-input')).toBe('');
    await page.keyboard.type('grid');
    await Promise.all([page.waitForURL((u) => u.pathname === path('/en/search/')), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).searchParams.get('q')).toBe('grid');
    await searched(page);
    expect(await page.inputValue('#search-page-q')).toBe('grid');
    await page.context().close();
  });

  it('stays closed when Escape comes before a slow index has loaded', async () => {
    const { page, consoleErrors } = await watchedPage(browser);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/search-index/**', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(url('/en/'));
    await page.locator('#site-search-input').click();
    await page.locator('#site-search-input').fill('grid');
    await page.waitForFunction(() => /Loading/.test(document.querySelector('[data-popup]')?.textContent ?? ''));
    await page.keyboard.press('Escape');
    const loaded = page.waitForResponse((r) => r.url().includes('/search-index/'));
    release();
    await loaded;
    await page.waitForTimeout(250);
    expect(await page.locator('[data-popup]').isHidden()).toBe(true);
    // The list comes back when the reader asks for it.
    await page.keyboard.press('ArrowDown');
    await page.waitForSelector('#site-search-listbox [role=option]');
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('loads neither Fuse.js nor the index before the box is focused', async () => {
    const { page } = await watchedPage(browser);
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(url('/'), { waitUntil: 'networkidle' });
    await page.mouse.move(400, 400);
    await page.mouse.wheel(0, 600);
    await page.waitForTimeout(300);
    expect(requested.filter((u) => LAZY.test(u))).toEqual([]);
    const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    expect(scripts.filter((u) => LAZY.test(u))).toEqual([]);

    const client = page.waitForResponse((r) => r.url().includes('searchClient'));
    await page.locator('#site-search-input').focus();
    await page.waitForResponse((r) => r.url().includes(`${base}search-index/zh.json`));
    // The engine ships without pinyin-pro or opencc-js (hundreds of KB): they run at build time only.
    const code = await (await client).text();
    expect(code.length).toBeLessThan(60_000);
    expect(code).not.toMatch(/pinyin|opencc/i);
    await page.context().close();
  });
});

describe('search page', () => {
  it('restores the query and the filters from the URL', async () => {
    const { page, consoleErrors } = await watchedPage(browser);
    await page.goto(
      url('/search/?q=%E7%BD%91%E6%A0%BC&d=dongcheng&era=dongcheng-1997&t=grid-management&from=2000&to=2010'),
    );
    await searched(page);
    expect(await page.inputValue('#search-page-q')).toBe('网格');
    expect(await page.isChecked('input[name=d][value=dongcheng]')).toBe(true);
    expect(await page.isChecked('input[name=d][value=xicheng]')).toBe(false);
    expect(await page.inputValue('select[name=era]')).toBe('dongcheng-1997');
    expect(await page.isChecked('input[name=t][value=grid-management]')).toBe(true);
    expect(await page.inputValue('input[name=from]')).toBe('2000');
    expect(await page.inputValue('input[name=to]')).toBe('2010');
    const links = await page
      .locator('.search-result-title a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toContain(path(`/milestones/${GRID}/`));
    expect(links).not.toContain(path('/milestones/xicheng-2014-full-response-it-plan/'));
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('falls back to defaults for malformed parameters', async () => {
    const { page, consoleErrors } = await watchedPage(browser);
    await page.goto(url('/en/search/?q=grid&d=atlantis&era=%3Cscript%3E&t=~~&from=abc&to=99999'));
    await searched(page);
    expect(await page.inputValue('#search-page-q')).toBe('grid');
    expect(await page.locator('input[name=d]:checked').count()).toBe(0);
    expect(await page.inputValue('select[name=era]')).toBe('');
    expect(await page.inputValue('input[name=from]')).toBe('');
    expect(await page.locator('.search-result').count()).toBeGreaterThan(0);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('writes the query and filters into the URL as the reader searches', async () => {
    const { page } = await watchedPage(browser);
    await page.goto(url('/en/search/'));
    await searched(page);
    await page.locator('#search-page-q').fill('committee');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('q') === 'committee');
    await page.locator('input[name=d][value=xicheng]').check();
    await page.waitForFunction(() => new URLSearchParams(location.search).get('d') === 'xicheng');
    await searched(page);
    const meta = await page.locator('.search-result-meta').allTextContents();
    expect(meta.length).toBeGreaterThan(0);
    for (const m of meta) expect(m).toContain('Xicheng');
    await page.goBack();
    await page.waitForFunction(() => !location.search.includes('d='));
    expect(await page.isChecked('input[name=d][value=xicheng]')).toBe(false);
    await page.context().close();
  });

  for (const [locale, query, expected] of [
    ['zh', 'wanggehua', GRID],
    ['zh', 'wgh', GRID],
    ['zh', '網格化', GRID],
    ['zh', 'xuanwu', 'xicheng-2010-merger-with-xuanwu'],
    ['en', 'Xuanwu', 'xicheng-2010-merger-with-xuanwu'],
    ['en', '網格化', GRID],
  ] as const) {
    it(`finds ${expected} for "${query}" (${locale})`, async () => {
      const { page } = await watchedPage(browser);
      await page.goto(url(`${locale === 'en' ? '/en' : ''}/search/?q=${encodeURIComponent(query)}`));
      await searched(page);
      const top = await page
        .locator('.search-result-title a')
        .evaluateAll((as) => as.slice(0, 3).map((a) => a.getAttribute('href')));
      expect(top).toContain(path(`${locale === 'en' ? '/en' : ''}/milestones/${expected}/`));
      await page.context().close();
    });
  }

  it('marks the words of the query in titles and snippets, traditional characters too', async () => {
    const { page } = await watchedPage(browser);
    const marks = () => page.locator('.search-result mark').allTextContents();
    await page.goto(url(`/search/?q=${encodeURIComponent('網格化')}`));
    await searched(page);
    expect(await page.locator('.search-result-title mark').count()).toBeGreaterThan(0);
    expect(new Set(await marks())).toEqual(new Set(['网格化']));
    await page.goto(url('/en/search/?q=GRID'));
    await searched(page);
    expect((await marks()).length).toBeGreaterThan(0);
    expect((await marks()).every((m) => m.toLowerCase() === 'grid')).toBe(true);
    // Found through pinyin: nothing in the text to mark, and the titles read as before.
    await page.goto(url('/search/?q=wanggehua'));
    await searched(page);
    expect(await page.locator('.search-result mark').count()).toBe(0);
    // The header's list marks them too.
    await typeInHeader(page, '崇文');
    expect(await page.locator('#site-search-listbox mark').first().textContent()).toBe('崇文');
    await page.context().close();
  });

  it('leads from a place to its entry beside its district map', async () => {
    const { page } = await watchedPage(browser);
    await page.goto(url('/en/search/?q=Hepingli'));
    await searched(page);
    const link = page.locator('.search-result--p .search-result-title a').first();
    expect(await link.getAttribute('href')).toBe(`${path('/en/districts/dongcheng/')}#place-dongcheng-hepingli`);
    await Promise.all([page.waitForURL((u) => u.hash === '#place-dongcheng-hepingli'), link.click()]);
    expect(await page.locator(':target').getAttribute('data-place')).toBe('dongcheng-hepingli');
    expect(await page.locator(':target [data-name]').textContent()).toMatch(/Hepingli/);
    await page.context().close();
  });

  it('has an entry for every place on its district page', async () => {
    const places = (await (await fetch(url('/data/places.geojson'))).json()) as {
      features: { properties: { id: string; district: string } }[];
    };
    expect(places.features.length).toBeGreaterThan(20);
    const pages = new Map<string, string>();
    for (const { properties: p } of places.features) {
      if (!pages.has(p.district)) pages.set(p.district, await (await fetch(url(`/districts/${p.district}/`))).text());
      expect(pages.get(p.district), p.id).toContain(`id="place-${p.id}"`);
    }
  });

  for (const locale of ['zh', 'en'] as const) {
    it(`has no axe violations with results shown (${locale})`, async () => {
      const { page, consoleErrors, offOrigin } = await watchedPage(browser);
      const prefix = locale === 'en' ? '/en' : '';
      await page.goto(url(`${prefix}/search/?q=${locale === 'en' ? 'grid' : '%E7%BD%91%E6%A0%BC'}&t=grid-management`));
      await searched(page);
      expect(await page.locator('.search-result').count()).toBeGreaterThan(0);
      expect(await axeViolations(page)).toEqual([]);
      // And with the header's list open.
      await typeInHeader(page, locale === 'en' ? 'Chongwen' : '崇文');
      await page.keyboard.press('ArrowDown');
      expect(await axeViolations(page)).toEqual([]);
      expect(consoleErrors).toEqual([]);
      expect(offOrigin).toEqual([]);
      await page.context().close();
    });
  }
});

describe('hostile input', () => {
  const inputs = [
    '<img src=x onerror=alert(1)>',
    '.*+?^${}()|[]\\',
    'x'.repeat(1000),
    '网'.repeat(1000),
    '😀🎉 网格',
    '',
    '"><script>alert(1)</script>',
  ];

  it('renders as text in the header box and on the search page, with no console errors', async () => {
    const { page, consoleErrors } = await watchedPage(browser);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(url('/'));
    for (const text of inputs) {
      await page.locator('#site-search-input').fill(text);
      await page.waitForTimeout(200);
      expect(await page.locator('site-search img, site-search script').count()).toBe(0);
      if (text.trim()) {
        await page.waitForFunction(() => !(document.querySelector('[data-popup]') as HTMLElement).hidden);
        expect(await page.locator('[data-popup]').textContent()).not.toContain('undefined');
      }
    }
    for (const text of inputs) {
      await page.goto(url(`/search/?q=${encodeURIComponent(text)}`));
      await searched(page);
      expect(await page.locator('search-page img, search-page script').count()).toBe(0);
      expect(await page.inputValue('#search-page-q')).toBe(text.trim());
      if (text.startsWith('<img'))
        expect(await page.locator('[data-count]').textContent()).toContain('<img src=x onerror=alert(1)>');
    }
    expect(dialogs).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});

describe('without JavaScript', () => {
  it('the header form submits to the search page, which says results need JavaScript', async () => {
    const { page, consoleErrors } = await watchedPage(browser, { javaScriptEnabled: false });
    await page.goto(url('/en/districts/'));
    await page.locator('#site-search-input').fill('grid');
    await Promise.all([
      page.waitForURL((u) => u.pathname === path('/en/search/')),
      page.locator('#site-search-input').press('Enter'),
    ]);
    expect(new URL(page.url()).searchParams.get('q')).toBe('grid');
    await expect(page.locator('.search-noscript').textContent()).resolves.toMatch(/JavaScript/);
    expect(await page.locator('.search-noscript').isVisible()).toBe(true);

    await page.goto(url('/search/?q=%E7%BD%91%E6%A0%BC'));
    await expect(page.locator('.search-noscript').textContent()).resolves.toMatch(/JavaScript/);
    expect(await page.locator('.search-result').count()).toBe(0);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});
