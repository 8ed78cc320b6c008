// Search in the browser: the header combobox, the /search/ page with filters in the URL, every kind
// of result with its anchor, pinyin and initials on both sites, forgiving English, hostile input,
// no JavaScript, lazy loading and accessibility; and the index the build ships, byte for byte.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { base, launch, url, watchedPage } from './browser.ts';
import { axeViolations } from './axe.ts';
import { loadCorpusInput, searchIndexFiles } from '../../src/lib/search/build/searchIndexFile.ts';
import { isPart, type SearchPart } from '../../src/lib/search/searchIndex.ts';
import { resultRoute } from '../../src/lib/search/searchRoutes.ts';
import { localePath } from '../../src/lib/site/paths.ts';
import { glossaryAnchor } from '../../src/lib/site/anchors.ts';

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
    const popup = document.querySelector<HTMLElement>('[data-popup]');
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
    await page.close();
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
    await page.close();
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
    await page.close();
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

    const hrefs = await options(page).evaluateAll((os) => os.map((o) => o.getAttribute('data-href')));
    expect(hrefs).toContain(path(`/milestones/${GRID}/`));
    const href = (await page.getAttribute(`#${first}`, 'data-href'))!;
    await Promise.all([
      page.waitForURL((u) => decodeURI(`${u.pathname}${u.hash}`) === decodeURI(href)),
      page.keyboard.press('Enter'),
    ]);
    expect(await page.locator(new URL(href, page.url()).hash ? ':target' : 'h1').textContent()).toContain('网格化');
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('closes with Escape, then clears; Enter without a choice opens the search page', async () => {
    const { page } = await watchedPage(browser);
    await page.clock.install();
    await page.goto(url('/en/'));
    await typeInHeader(page, 'grid');
    await page.keyboard.press('Escape');
    // Run every timer the page still has pending (the debounce among them): none may reopen the list.
    await page.clock.runFor(5_000);
    expect(await page.locator('[data-popup]').isHidden()).toBe(true);
    expect(await page.getAttribute('#site-search-input', 'aria-expanded')).toBe('false');
    await page.keyboard.press('Escape');
    expect(await page.inputValue('#site-search-input')).toBe('');
    await page.keyboard.type('grid');
    await Promise.all([page.waitForURL((u) => u.pathname === path('/en/search/')), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).searchParams.get('q')).toBe('grid');
    await searched(page);
    expect(await page.inputValue('#search-page-q')).toBe('grid');
    await page.close();
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
    // The second part is asked for only once the first part's engine is built and handed to the box;
    // once it has arrived, both engines have had their chance to reopen the list.
    const rest = page.waitForRequest((r) => /search-index\/en-sections\.json/.test(r.url()));
    release();
    await (await (await rest).response())?.finished();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(await page.locator('[data-popup]').isHidden()).toBe(true);
    // The list comes back when the reader asks for it.
    await page.keyboard.press('ArrowDown');
    await page.waitForSelector('#site-search-listbox [role=option]');
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('loads neither Fuse.js nor the index before the box is focused', async () => {
    const { page } = await watchedPage(browser);
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(url('/'), { waitUntil: 'networkidle' });
    await page.mouse.move(400, 400);
    await page.mouse.wheel(0, 600);
    // The scroll has been painted: anything loaded on scroll (an IntersectionObserver) has been asked for.
    await page.waitForFunction(() => window.scrollY > 0 || document.documentElement.scrollHeight <= innerHeight);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(requested.filter((u) => LAZY.test(u))).toEqual([]);
    const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    expect(scripts.filter((u) => LAZY.test(u))).toEqual([]);

    const client = page.waitForResponse((r) => r.url().includes('searchClient'));
    await page.locator('#site-search-input').focus();
    await page.waitForResponse((r) => r.url().includes(`${base}search-index/zh.json`));
    // The engine ships without pinyin-pro or opencc-js (hundreds of KB, tone-marked dictionaries): they
    // run at build time only.
    const code = await (await client).text();
    expect(code.length).toBeLessThan(60_000);
    expect(code).not.toMatch(/[āáǎàēéěèōóǒò]|opencc/i);
    // The narratives' sections follow the first part of the index.
    await page.waitForResponse((r) => r.url().includes(`${base}search-index/zh-sections.json`));
    await page.close();
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
    await page.close();
  });

  it('falls back to defaults for malformed parameters, and cleans them from the address bar', async () => {
    const { page, consoleErrors } = await watchedPage(browser);
    await page.goto(url('/en/search/?q=grid&d=atlantis&era=%3Cscript%3E&t=~~&from=abc&to=99999&zz=1&kind=bogus'));
    await searched(page);
    expect(await page.inputValue('#search-page-q')).toBe('grid');
    expect(await page.locator('input[name=d]:checked').count()).toBe(0);
    expect(await page.inputValue('select[name=era]')).toBe('');
    expect(await page.inputValue('input[name=from]')).toBe('');
    expect(await page.locator('.search-result').count()).toBeGreaterThan(0);
    expect(new URL(page.url()).search).toBe('?q=grid');
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('puts the canonical address in the bar and says which years it changed', async () => {
    const { page, consoleErrors } = await watchedPage(browser);
    await page.goto(
      url(
        '/search/?kind=glossary&q=%E7%BD%91%E6%A0%BC&d=xicheng&d=dongcheng&kind=figure&from=2100&to=1990&q=second&x=%',
      ),
    );
    await searched(page);
    expect(new URL(page.url()).search).toBe('?q=%E7%BD%91%E6%A0%BC&d=dongcheng~xicheng&kind=glossary~figure&to=1990');
    expect(await page.locator('[data-note]').textContent()).toContain('2100');
    // Reversed years are turned round, and said so.
    await page.goto(url('/en/search/?q=grid&from=2010&to=1990'));
    await searched(page);
    expect(new URL(page.url()).search).toBe('?q=grid&from=1990&to=2010');
    expect(await page.locator('[data-note]').textContent()).toMatch(/wrong way round/);
    expect(await page.inputValue('input[name=from]')).toBe('1990');
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('offers a year range as wide as the data: first milestone to this year', async () => {
    const { page } = await watchedPage(browser);
    await page.goto(url('/search/'));
    expect(await page.getAttribute('input[name=from]', 'min')).toBe('1978');
    expect(Number(await page.getAttribute('input[name=to]', 'max'))).toBeGreaterThanOrEqual(
      new Date().getUTCFullYear(),
    );
    await page.close();
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
    await page.close();
  });

  const ONE_COMMITTEE = `/sources/#${glossaryAnchor('一委三会一站')}`;
  for (const [locale, query, expected] of [
    ['zh', 'wanggehua', `/milestones/${GRID}/`],
    ['zh', 'wgh', `/milestones/${GRID}/`],
    ['zh', '網格化', `/milestones/${GRID}/`],
    ['zh', 'xuanwu', '/milestones/xicheng-2010-merger-with-xuanwu/'],
    ['zh', 'ywshyz', ONE_COMMITTEE],
    ['zh', 'yi wei san hui yi zhan', ONE_COMMITTEE],
    ['en', 'Xuanwu', '/milestones/xicheng-2010-merger-with-xuanwu/'],
    ['en', '網格化', `/milestones/${GRID}/`],
    ['en', 'wanggehua', `/milestones/${GRID}/`],
    ['en', 'wgh', `/milestones/${GRID}/`],
    ['en', 'ywshyz', ONE_COMMITTEE],
    ['en', 'yīwěi sānhuì yīzhàn', ONE_COMMITTEE],
    ['en', 'neighborhood watch', '/milestones/dongcheng-1978-neighbourhood-watch-groups/'],
  ] as const) {
    it(`finds ${expected} for "${query}" (${locale})`, async () => {
      const { page } = await watchedPage(browser);
      await page.goto(url(`${locale === 'en' ? '/en' : ''}/search/?q=${encodeURIComponent(query)}`));
      await searched(page);
      const top = await page
        .locator('.search-result-title a')
        .evaluateAll((as) => as.slice(0, 5).map((a) => decodeURI(a.getAttribute('href')!)));
      const [route, hash] = expected.split('#');
      expect(top).toContain(path(`${locale === 'en' ? '/en' : ''}${route}`) + (hash ? `#${hash}` : ''));
      await page.close();
    });
  }

  it('marks the words of the query in titles and snippets, traditional characters too', async () => {
    const { page } = await watchedPage(browser);
    const marks = () => page.locator('.search-result mark').allTextContents();
    await page.goto(url(`/search/?q=${encodeURIComponent('網格化')}`));
    await searched(page);
    expect(await page.locator('.search-result-title mark').count()).toBeGreaterThan(0);
    // (and the pinyin itself where a glossary term shows it).
    expect(await marks()).toContain('网格化');
    expect((await marks()).every((m) => m === '网格化' || m === 'wanggehua')).toBe(true);
    await page.goto(url('/en/search/?q=GRID'));
    await searched(page);
    expect((await marks()).length).toBeGreaterThan(0);
    expect((await marks()).every((m) => m.toLowerCase().startsWith('grid'))).toBe(true);
    // Found through pinyin: the Chinese it spells is marked (and the pinyin, where a glossary term shows it).
    await page.goto(url('/search/?q=wanggehua'));
    await searched(page);
    expect(await marks()).toContain('网格化');
    expect((await marks()).every((m) => m === '网格化' || m === 'wanggehua')).toBe(true);
    // An American spelling marks the British one.
    await page.goto(url('/en/search/?q=neighborhood'));
    await searched(page);
    expect((await marks()).map((m) => m.toLowerCase())).toContain('neighbourhood');
    // The header's list marks them too.
    await typeInHeader(page, '崇文');
    expect(await page.locator('#site-search-listbox mark').first().textContent()).toBe('崇文');
    await page.close();
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
    await page.close();
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
      // And with notes (years changed, typos corrected), a kind chosen, and a "did you mean".
      await page.goto(url(`${prefix}/search/?q=gird+managment&kind=glossary&from=2100`));
      await searched(page);
      expect(await page.locator('[data-note]').isVisible()).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
      await page.goto(url(`${prefix}/search/?q=vlnteeers`));
      await searched(page);
      expect(await page.locator('[data-suggestion]').isVisible()).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
      expect(consoleErrors).toEqual([]);
      expect(offOrigin).toEqual([]);
      await page.close();
    });
  }
});

describe('hostile input', () => {
  const inputs = [
    '<img src=x onerror=alert(1)>',
    '.*+?^${}()|[]\\',
    '，。、；：！？（）【】《》',
    'x'.repeat(1000),
    '网'.repeat(1000),
    '😀🎉 网格',
    '网格😀grid Ωмир',
    '\u202eدرب الشبكة\u202c grid \u200f',
    '',
    '"><script>alert(1)</script>',
  ];

  it('renders as text in the header box and on the search page, with no console errors, and stays responsive', async () => {
    const { page, consoleErrors } = await watchedPage(browser);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(url('/'));
    for (const text of inputs) {
      await page.locator('#site-search-input').fill(text);
      if (text.trim()) {
        await page.waitForFunction(() => {
          const popup = document.querySelector('[data-popup]') as HTMLElement;
          return !popup.hidden && !/加载|Loading/.test(popup.textContent ?? '');
        });
        expect(await page.locator('[data-popup]').textContent()).not.toContain('undefined');
      }
      expect(await page.locator('site-search img, site-search script').count()).toBe(0);
      // The page answers at once: the search never blocks it for long.
      const started = Date.now();
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
      expect(Date.now() - started).toBeLessThan(1000);
    }
    // A query too long to read whole says so, in the list and on the page.
    await page.locator('#site-search-input').fill('网格 '.repeat(200));
    await page.waitForFunction(() => /前 100 个字符/.test(document.querySelector('[data-status]')?.textContent ?? ''));
    for (const text of inputs) {
      await page.goto(url(`/search/?q=${encodeURIComponent(text)}`));
      await searched(page);
      expect(await page.locator('search-page img, search-page script').count()).toBe(0);
      expect(await page.inputValue('#search-page-q')).toBe(text.trim());
      if (text.startsWith('<img'))
        expect(await page.locator('[data-count]').textContent()).toContain('<img src=x onerror=alert(1)>');
    }
    await page.goto(url(`/en/search/?q=${'grid '.repeat(50)}`));
    await searched(page);
    expect(await page.locator('[data-note]').textContent()).toMatch(/only its first 100 characters/);
    expect(dialogs).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});

describe('every kind of result', () => {
  it('leads a glossary term, a narrative section, a plan item and a figure to the exact place', async () => {
    const { page, consoleErrors } = await watchedPage(browser);
    for (const [locale, query, kind] of [
      ['zh', '一委三会一站', 'g'],
      ['en', 'one committee three councils one station', 'g'],
      ['zh', '心理服务示范站', 'e'],
      ['en', 'first community-level neighbourhood service centre', 'd'],
      ['zh', '老年餐桌覆盖', 'l'],
      ['en', 'Dongcheng resident population 2015', 'f'],
    ] as const) {
      await page.goto(url(`${locale === 'en' ? '/en' : ''}/search/?q=${encodeURIComponent(query)}`));
      await searched(page);
      const link = page.locator(`.search-result--${kind} .search-result-title a`).first();
      const href = (await link.getAttribute('href'))!;
      expect(href, query).toContain('#');
      expect(await page.locator(`.search-result--${kind} .search-result-meta`).first().textContent()).toBeTruthy();
      await Promise.all([page.waitForURL((u) => u.hash !== ''), link.click()]);
      const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
      expect(await page.evaluate((i) => document.getElementById(i) !== null, id), `${query} → ${href}`).toBe(true);
      expect(await page.locator(':target').count(), `${query} → ${href}`).toBe(1);
    }
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('lets the reader filter by kind, on the search page and in the header box', async () => {
    const { page, consoleErrors } = await watchedPage(browser);
    await page.goto(url('/en/search/?q=grid'));
    await searched(page);
    expect(
      new Set(await page.locator('.search-result').evaluateAll((ls) => ls.map((l) => l.getAttribute('class') ?? ''))),
    ).not.toEqual(new Set(['search-result search-result--g']));
    await page.locator('input[name=kind][value=glossary]').check();
    await page.waitForFunction(() => new URLSearchParams(location.search).get('kind') === 'glossary');
    await searched(page);
    const kinds = await page
      .locator('.search-result')
      .evaluateAll((ls) => ls.map((l) => l.getAttribute('class') ?? ''));
    expect(kinds.length).toBeGreaterThan(0);
    expect(kinds.every((k) => k.endsWith('--g'))).toBe(true);
    const meta = await page.locator('.search-result-meta').allTextContents();
    expect(meta.every((m) => m.startsWith('Glossary'))).toBe(true);

    // The header box: choose a kind, and the list and its "see all" follow it.
    await page.selectOption('select[name=kind]', 'milestone');
    await typeInHeader(page, 'grid');
    const classes = await options(page).evaluateAll((os) =>
      os.filter((o) => o.id.match(/-\d+$/)).map((o) => o.getAttribute('class') ?? ''),
    );
    expect(classes.length).toBeGreaterThan(0);
    expect(classes.every((c) => c.includes('search-option--m'))).toBe(true);
    expect(await page.getAttribute('#site-search-listbox-all', 'data-href')).toContain('kind=milestone');
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('forgives typos and says so, and says "did you mean" when nothing matches', async () => {
    const { page, consoleErrors } = await watchedPage(browser);
    await page.goto(url('/en/search/?q=gird+managment'));
    await searched(page);
    expect(await page.locator('[data-note]').textContent()).toContain('Showing results for “grid management”');
    const hrefs = await page
      .locator('.search-result-title a')
      .evaluateAll((as) => as.slice(0, 5).map((a) => a.getAttribute('href')));
    expect(hrefs).toContain(path(`/en/milestones/${GRID}/`));

    await page.goto(url('/en/search/?q=vlnteeers'));
    await searched(page);
    const suggestion = page.locator('[data-suggestion] a');
    expect(await suggestion.textContent()).toBe('volunteer');
    await suggestion.click();
    await page.waitForFunction(() => new URLSearchParams(location.search).get('q') === 'volunteer');
    await searched(page);
    expect(await page.locator('.search-result').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-suggestion]').isHidden()).toBe(true);

    // In the header box, the suggestion is an option that searches for it.
    await page.locator('#site-search-input').fill('vlnteeers');
    await page.waitForSelector('#site-search-listbox-suggestion');
    const option = page.locator('#site-search-listbox-suggestion');
    expect(await option.textContent()).toContain('volunteer');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await headerResults(page, 'volunteer');
    expect(await page.inputValue('#site-search-input')).toBe('volunteer');
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});

describe('the index the build ships', () => {
  const files = searchIndexFiles(loadCorpusInput(process.env.CONTENT_DIR ?? 'content'));

  it('is, byte for byte, what the one builder makes (the index the unit tests rank)', async () => {
    expect(files.size).toBe(4);
    for (const [name, json] of files) {
      const response = await fetch(url(`/search-index/${name}`));
      expect(response.ok, name).toBe(true);
      expect(await response.text(), name).toBe(json);
    }
  });

  it('leads every result with an anchor to an element of that id on the built page', async () => {
    const pages = new Map<string, Set<string>>();
    const missing: string[] = [];
    for (const locale of ['zh', 'en'] as const) {
      const first = JSON.parse(files.get(`${locale}.json`)!) as SearchPart & { rest: string };
      const rest: unknown = JSON.parse(files.get(first.rest)!);
      expect(isPart(rest)).toBe(true);
      for (const doc of [...first.docs, ...(rest as SearchPart).docs]) {
        const route = resultRoute(doc);
        const hash = route.indexOf('#');
        if (hash < 0) continue;
        const page = localePath(route.slice(0, hash), locale, base);
        let ids = pages.get(page);
        if (!ids) {
          const html = await (await fetch(url(page.slice(base.length)))).text();
          ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, '&')));
          pages.set(page, ids);
        }
        if (!ids.has(route.slice(hash + 1))) missing.push(`${locale} ${route}`);
      }
    }
    expect(pages.size).toBeGreaterThan(20);
    expect(missing).toEqual([]);
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
    await page.close();
  });
});
