// Tools for educators: citations (and their files for reference managers), copy link, embeds that fit
// a phone, neighbours and related milestones on milestone pages; citations of the source documents;
// theme pages (the open-data page and its files: openData.test.ts). Every new page type is axe-clean in
// both languages.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-bibtex';
import { launch, origin, url, watchedPage, publishedMilestones } from './browser.ts';
import { axeViolations } from './axe.ts';
import { closeHost, embedInHost, embeddedFrame, expectFits, fittedFrame, measure } from './embedHost.ts';
import { citeApa7, citeGbt7714 } from '../../src/lib/cite/citeMilestone.ts';
import { recordDates } from '../../src/lib/cite/build/recordDates.ts';
import { EMBED_HEIGHT_MESSAGE } from '../../src/lib/embed/embedCode.ts';

const SITE = { zh: '北京社会建设改革史', en: "Beijing's Social Reforms" };

interface Item {
  id: string;
  district: string;
  era: string;
  date: string;
  themes: string[];
  title: { zh: string; en: string };
  url: { zh: string; en: string };
}

let browser: Browser;
let items: Item[];
let sample: Item;
beforeAll(async () => {
  browser = await launch();
  items = await publishedMilestones();
  // A milestone in the middle of its district, so it has a previous and a next one.
  sample =
    items.find((m) => m.id === 'dongcheng-2005-grid-management') ??
    items.filter((m) => m.district === items[0].district)[2];
});
afterAll(async () => {
  await closeHost();
  await browser?.close();
});

const localToday = (page: Page) =>
  page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });

describe('milestone page: cite this', () => {
  const updated = () => recordDates(`${process.env.CONTENT_DIR ?? 'content'}/milestones`).get(sample.id);

  for (const locale of ['zh', 'en'] as const) {
    it(`gives GB/T 7714-2015 and APA 7 citations dated by the record's last change, with the reader's today (${locale})`, async () => {
      const { page, consoleErrors } = await watchedPage(browser);
      await page.goto(`${origin}${sample.url[locale]}`);
      // Without SITE_URL (this build) the page's URL is completed from the origin serving it.
      const pageUrl = `${origin}${sample.url[locale]}`;
      expect(await page.locator('link[rel=canonical]').count()).toBe(0);
      const accessed = await localToday(page);
      const data = {
        key: '',
        siteName: SITE[locale],
        title: sample.title[locale],
        url: pageUrl,
        locale,
        updated: updated(),
      };
      expect(data.updated, 'the content is in git, so the milestone has an update date').toMatch(/^\d{4}-\d{2}-\d{2}$/);
      await page.waitForFunction(
        (date) => document.querySelector<HTMLElement>('[data-cite]')?.dataset.accessed === date,
        accessed,
      );
      expect(await page.locator('#cite-gbt7714').textContent()).toBe(citeGbt7714(data, accessed).text);
      expect(await page.locator('#cite-gbt7714').textContent()).toContain(`[EB/OL]. (${data.updated})[${accessed}]. `);
      expect(await page.locator('#cite-apa7').textContent()).toBe(citeApa7(data, accessed).text);
      expect(await page.locator('#cite-apa7').textContent()).not.toContain('n.d.');
      // APA sets the title in italics.
      expect(await page.locator('#cite-apa7 i').textContent()).toBe(sample.title[locale]);
      expect(consoleErrors).toEqual([]);
      await page.close();
    });

    it(`offers RIS, BibTeX and CSL-JSON files that an independent parser reads back (${locale})`, async () => {
      const { page } = await watchedPage(browser);
      await page.goto(`${origin}${sample.url[locale]}`);
      const links = await page.$$eval('.cite-files a', (as) =>
        as.map((a) => ({ href: (a as HTMLAnchorElement).href, download: a.getAttribute('download') })),
      );
      expect(links.map((l) => l.href.split('/').pop())).toEqual(['citation.ris', 'citation.bib', 'citation.json']);
      const key = locale === 'zh' ? sample.id : `${sample.id}-en`;
      expect(links.map((l) => l.download)).toEqual([`${key}.ris`, `${key}.bib`, `${key}.json`]);
      for (const [link, type] of [
        [links[0], '@ris/file'],
        [links[1], '@biblatex/text'],
        [links[2], '@csl/list+object'],
      ] as const) {
        const response = await fetch(link.href);
        expect(response.status, link.href).toBe(200);
        const text = await response.text();
        const input: unknown = type === '@csl/list+object' ? JSON.parse(text) : text;
        const [item] = new Cite(input, { forceType: type }).data as {
          type: string;
          title: string;
          author: { literal?: string; family?: string }[];
          issued?: { 'date-parts': number[][] };
          abstract?: string;
          language?: string;
        }[];
        expect(item.type, link.href).toBe('webpage');
        expect(item.title, link.href).toBe(sample.title[locale]);
        expect(
          item.author.map((a) => a.literal ?? a.family),
          link.href,
        ).toEqual([SITE[locale]]);
        expect(item.issued?.['date-parts'][0], link.href).toEqual(updated()!.split('-').map(Number));
      }
      await page.close();
    });
  }

  it('without JavaScript, the citations carry the build date', async () => {
    const { page } = await watchedPage(browser, { javaScriptEnabled: false });
    await page.goto(`${origin}${sample.url.zh}`);
    const built = await page.getAttribute('[data-cite]', 'data-accessed');
    expect(built).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await page.locator('#cite-gbt7714').textContent()).toContain(`[EB/OL]. (${updated()})[${built}]. `);
    // Copy buttons need JavaScript, so they are not offered.
    expect(await page.locator('[data-copy-from]:visible').count()).toBe(0);
    await page.close();
  });
});

describe('milestone page: copy link', () => {
  it('copies the permalink with the clipboard API and confirms it politely; a citation keeps its italics', async () => {
    const { page } = await watchedPage(browser);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    await page.goto(`${origin}${sample.url.en}`);
    // The test server listens on a random port: the copied link must name it.
    const permalink = await page.inputValue('#share-link');
    expect(permalink).toBe(`${origin}${sample.url.en}`);
    expect(await page.locator('a.permalink').textContent()).toBe(permalink);
    await page.click('[data-copy-from="share-link"]');
    const live = page.locator('[data-announce]');
    expect(await live.getAttribute('aria-live')).toBe('polite');
    await page.waitForFunction(() => document.querySelector('[data-announce]')?.textContent === 'Link copied');
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(permalink);
    // The citation copies as plain text and as rich text, with the title in italics.
    await page.click('[data-copy-from="cite-apa7"]');
    await page.waitForFunction(() => document.querySelector('[data-announce]')?.textContent === 'Citation copied');
    const copied = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return {
        types: item.types,
        html: await (await item.getType('text/html')).text(),
        text: await (await item.getType('text/plain')).text(),
      };
    });
    expect(copied.types).toEqual(expect.arrayContaining(['text/html', 'text/plain']));
    expect(copied.text).toBe(await page.locator('#cite-apa7').textContent());
    expect(copied.html).toContain(`<i>${sample.title.en.replace(/&/g, '&amp;')}</i>`);
    await page.close();
  });

  it('falls back when the clipboard API is missing: the link is selected and the reader told', async () => {
    const { page, consoleErrors } = await watchedPage(browser);
    await page.addInitScript(() =>
      Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined, configurable: true }),
    );
    await page.goto(`${origin}${sample.url.zh}`);
    expect(await page.evaluate(() => navigator.clipboard)).toBeUndefined();
    await page.click('[data-copy-from="share-link"]');
    await page.waitForFunction(() => (document.querySelector('[data-announce]')?.textContent ?? '') !== '');
    expect(await page.locator('[data-announce]').textContent()).toMatch(/^(链接已复制|无法自动复制)/);
    const selection = await page.evaluate(() => {
      const input = document.activeElement as HTMLInputElement;
      return { id: input.id, start: input.selectionStart, end: input.selectionEnd, length: input.value.length };
    });
    expect(selection).toEqual({ id: 'share-link', start: 0, end: selection.length, length: selection.length });
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});

describe('sources page: citations of the five source documents', () => {
  for (const locale of ['zh', 'en'] as const) {
    it(`gives each document a GB/T 7714 and an APA 7 citation, copyable (${locale})`, async () => {
      const { page, consoleErrors } = await watchedPage(browser);
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
      await page.goto(url(locale === 'en' ? '/en/sources/' : '/sources/'));
      const blocks = page.locator('.source-citation');
      expect(await blocks.count()).toBe(5);
      const gbt = await page.$$eval('.source-citation [id$="-gbt7714"]', (ps) => ps.map((p) => p.textContent ?? ''));
      expect(gbt).toHaveLength(5);
      // GB/T marks the document type and never guesses a year the data does not give.
      for (const text of gbt) expect(text).toMatch(/\[(M|R|Z)\]/);
      expect(gbt.join('\n')).toContain('北京市东城区人民政府. 东城区“十三五”时期社区治理规划[Z]');
      const apa = await page.$$eval('.source-citation [id$="-apa7"]', (ps) => ps.map((p) => p.textContent ?? ''));
      expect(apa.every((text) => text.includes(locale === 'zh' ? '(无日期)' : '(n.d.)'))).toBe(true);
      await page.locator('.source-citation button[data-copy-from]').first().click();
      await page.waitForFunction(() =>
        [...document.querySelectorAll('.source-citation [data-announce]')].some((live) => live.textContent),
      );
      await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(gbt[0]);
      expect(await axeViolations(page)).toEqual([]);
      expect(consoleErrors).toEqual([]);
      await page.close();
    });
  }
});

describe('milestone page: navigation between milestones', () => {
  it('links the previous and next milestone of the same district, in time order', async () => {
    const { page } = await watchedPage(browser);
    await page.goto(`${origin}${sample.url.zh}`);
    const own = items.filter((m) => m.district === sample.district);
    const i = own.findIndex((m) => m.id === sample.id);
    const prev = await page.getAttribute('.milestone-pager a[rel=prev]', 'href');
    const next = await page.getAttribute('.milestone-pager a[rel=next]', 'href');
    expect(prev).toBe(own[i - 1]?.url.zh ?? null);
    expect(next).toBe(own[i + 1]?.url.zh ?? null);
    await page.close();
  });

  it('lists related milestones of other districts that share a theme', async () => {
    const { page } = await watchedPage(browser);
    await page.goto(`${origin}${sample.url.en}`);
    const hrefs = await page.$$eval('.related-list a', (as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) {
      const other = items.find((m) => m.url.en === href)!;
      expect(other, href).toBeDefined();
      expect(other.district).not.toBe(sample.district);
      expect(other.themes.some((t) => sample.themes.includes(t))).toBe(true);
    }
    await page.close();
  });
});

describe('embeds', () => {
  const codeOn = async (path: string, field: string) => {
    const { page } = await watchedPage(browser);
    await page.goto(`${origin}${path}`);
    const code = await page.inputValue(field);
    await page.close();
    return code;
  };
  const srcOf = (code: string) => /<iframe src="([^"]+)"/.exec(code)![1].replace(/&amp;/g, '&');
  const heightOf = (code: string) => Number(/ height="(\d+)"/.exec(code)![1]);

  for (const locale of ['zh', 'en'] as const) {
    it(`the milestone embed renders without header, navigation or footer (${locale})`, async () => {
      const code = await codeOn(sample.url[locale], '#embed-milestone');
      const src = srcOf(code);
      expect(src).toMatch(new RegExp(`/${locale === 'en' ? 'en/' : ''}embed/milestone/${sample.id}/$`));
      expect(code).toMatch(/ title="[^"]+"/);
      expect(code).toContain(' data-reform-embed');
      expect(code).toContain(`"${EMBED_HEIGHT_MESSAGE}"`);
      const timelineCode = await codeOn(sample.url[locale], '#embed-timeline');
      expect(srcOf(timelineCode)).toMatch(new RegExp(`/embed/timeline/\\?d=${sample.district}$`));

      const { page, consoleErrors, offOrigin } = await watchedPage(browser, { width: 480 });
      const response = await page.goto(`${origin}${new URL(src).pathname}`);
      expect(response?.status()).toBe(200);
      expect(await page.getAttribute('html', 'lang')).toBe(locale === 'zh' ? 'zh-CN' : 'en');
      expect(await page.locator('h1').textContent()).toBe(sample.title[locale]);
      expect(await page.locator('header, nav, footer, .site-header, .site-nav, .site-footer').count()).toBe(0);
      expect(await page.locator('.embed-credit a').count()).toBe(2);
      expect(await axeViolations(page)).toEqual([]);
      expect(consoleErrors).toEqual([]);
      expect(offOrigin).toEqual([]);
      await page.close();
    });

    it(`the milestone embed code, in a 360 px page on another origin, shows everything with nothing scrolling inside (${locale})`, async () => {
      const code = await codeOn(sample.url[locale], '#embed-milestone');
      const { page, consoleErrors } = await embedInHost(browser, code);
      const fit = await fittedFrame(page);
      expectFits(fit);
      // Fitted to the content: not a fixed height that happens to be large enough.
      expect(fit.frameHeight).toBe(fit.scrollHeight);
      expect(fit.frameHeight).toBeLessThan(heightOf(code));
      const frame = await embeddedFrame(page);
      expect(await frame.locator('h1').textContent()).toBe(sample.title[locale]);
      for (const selector of ['.lede', 'a[href*="/sources/"]', '.embed-credit']) {
        const bottom = await frame.$eval(selector, (el) => el.getBoundingClientRect().bottom);
        expect(bottom, selector).toBeLessThanOrEqual(fit.clientHeight);
      }
      expect(consoleErrors).toEqual([]);
      await page.close();
    });

    it(`the district-timeline embed shows its chart first, with filters and list folded, and fits a 360 px page (${locale})`, async () => {
      const code = await codeOn(sample.url[locale], '#embed-timeline');
      const { page, consoleErrors } = await embedInHost(browser, code);
      const fit = await fittedFrame(page);
      expectFits(fit);
      expect(fit.frameHeight).toBe(fit.scrollHeight);
      const frame = await embeddedFrame(page);
      // First screen: the chart, whole, right under the title; filters and list are folded away.
      const [chart, title] = await Promise.all(
        ['svg.timeline-svg', 'h1'].map((selector) =>
          frame.$eval(selector, (el) => ({
            top: el.getBoundingClientRect().top,
            bottom: el.getBoundingClientRect().bottom,
          })),
        ),
      );
      expect(chart.top).toBeLessThan(title.bottom + 40);
      expect(chart.bottom).toBeLessThanOrEqual(Math.min(fit.clientHeight, 640));
      expect(await frame.locator('[data-filters]').isVisible()).toBe(false);
      expect(await frame.locator('.timeline-list').isVisible()).toBe(false);
      // Only this district's lane is drawn.
      expect(await frame.locator(`.lane-labels g[data-lane="${sample.district}"]`).isVisible()).toBe(true);
      // Unfolding the filters and the list grows the frame with them: still nothing scrolls inside.
      for (const fold of ['filters', 'list']) {
        const button = frame.locator(`button[data-fold="${fold}"]`);
        expect(await button.getAttribute('aria-expanded')).toBe('false');
        await button.click();
        expect(await button.getAttribute('aria-expanded')).toBe('true');
      }
      expect(await frame.locator('[data-filters]').isVisible()).toBe(true);
      expect(await frame.locator('.timeline-list').isVisible()).toBe(true);
      await page.waitForFunction(
        (before) => document.querySelector('iframe')!.getBoundingClientRect().height > before + 500,
        fit.frameHeight,
      );
      expectFits(await fittedFrame(page));
      expect(consoleErrors).toEqual([]);
      await page.close();
    });

    it(`the district timeline embed shows that district's timeline, chrome-less, axe-clean (${locale})`, async () => {
      const { page, consoleErrors, offOrigin } = await watchedPage(browser);
      await page.goto(url(`${locale === 'en' ? '/en' : ''}/embed/timeline/?d=xicheng`));
      expect(await page.locator('.site-header, .site-nav, .site-footer').count()).toBe(0);
      expect(await page.locator('reform-timeline svg.timeline-svg').count()).toBe(1);
      await page.waitForFunction(
        () =>
          [...document.querySelectorAll<HTMLInputElement>('reform-timeline input[name="d"]')]
            .filter((i) => i.checked)
            .map((i) => i.value)
            .join() === 'xicheng',
      );
      expect(await axeViolations(page)).toEqual([]);
      for (const fold of ['filters', 'list']) await page.click(`button[data-fold="${fold}"]`);
      expect(await axeViolations(page)).toEqual([]);
      expect(consoleErrors).toEqual([]);
      expect(offOrigin).toEqual([]);
      await page.close();
    });
  }

  for (const locale of ['zh', 'en'] as const)
    it(`without the script (a platform that strips it), every milestone embed fits its fallback height at 360 px (${locale})`, async () => {
      // The fallback heights, as the milestone pages write them into the embed code.
      const fallback = new Map<string, number>();
      for (const m of items) {
        const html = await (await fetch(`${origin}${m.url[locale]}`)).text();
        const code = /<textarea id="embed-milestone"[^>]*>([^<]*)</.exec(html)![1];
        fallback.set(m.id, Number(/height=&quot;(\d+)&quot;/.exec(code)![1]));
      }
      // The frame in a 360 px page is 344 px wide (the page's 8 px margins).
      const { page } = await watchedPage(browser, { width: 344 });
      const tooShort: string[] = [];
      for (const [id, height] of fallback) {
        await page.setViewportSize({ width: 344, height });
        await page.goto(url(`${locale === 'en' ? '/en' : ''}/embed/milestone/${id}/`));
        const fit = await page.evaluate(() => ({
          scrollHeight: document.documentElement.scrollHeight,
          clientHeight: document.documentElement.clientHeight,
          scrollWidth: document.documentElement.scrollWidth,
        }));
        if (fit.scrollHeight > fit.clientHeight || fit.scrollWidth > 344)
          tooShort.push(`${id}: ${JSON.stringify(fit)}`);
      }
      expect(tooShort).toEqual([]);
      await page.close();
    });

  for (const field of ['#embed-milestone', '#embed-timeline']) {
    it(`the script-free embed code (${field}) also fits, in a real 360 px page`, async () => {
      const code = (await codeOn(sample.url.en, field)).replace(/<script>[\s\S]*<\/script>/, '');
      expect(code).not.toContain('<script');
      const { page } = await embedInHost(browser, code);
      const frame = await embeddedFrame(page);
      await frame.waitForFunction(() => document.fonts.status === 'loaded');
      // Laid out and painted with those fonts.
      await frame.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const fit = await measure(page, frame);
      expectFits(fit);
      expect(fit.frameHeight).toBe(heightOf(code));
      await page.close();
    });
  }

  it("the resizing script ignores messages that are not the frame's own, or not well formed", async () => {
    const code = await codeOn(sample.url.zh, '#embed-milestone');
    const { page } = await embedInHost(browser, code);
    const fitted = (await fittedFrame(page)).frameHeight;
    // Every height the frame is given from now on, in order.
    await page.evaluate(() => {
      const iframe = document.querySelector('iframe')!;
      const w = window as unknown as { heights: string[] };
      w.heights = [];
      new MutationObserver(() => w.heights.push(iframe.style.height)).observe(iframe, { attributeFilter: ['style'] });
    });
    // From the host page itself (not the frame), in the right shape; then from the frame, in wrong shapes,
    // and last a good one: messages from one window arrive in order, so once the good one has been
    // applied, the others have been read (and must have been ignored).
    await page.evaluate((type) => window.postMessage({ type, height: 50 }, '*'), EMBED_HEIGHT_MESSAGE);
    const frame = await embeddedFrame(page);
    const good = fitted + 7;
    await frame.evaluate(
      ([type, good]) => {
        for (const data of [
          { type, height: '50' },
          { type, height: -5 },
          { type, height: 1e9 },
          { type: 'other', height: 50 },
          `{"type":"${type}","height":50}`,
          null,
          { type, height: good },
        ])
          window.parent.postMessage(data, '*');
      },
      [EMBED_HEIGHT_MESSAGE, good] as const,
    );
    await page.waitForFunction(() => (window as unknown as { heights: string[] }).heights.length > 0);
    expect((await page.evaluate(() => (window as unknown as { heights: string[] }).heights))[0]).toBe(`${good}px`);
    await page.close();
  });

  it('works from a page opened from a file (file://), fitted to its content', async () => {
    const code = await codeOn(sample.url.zh, '#embed-milestone');
    const file = join(mkdtempSync(join(tmpdir(), 'embed-file-')), 'lesson.html');
    writeFileSync(
      file,
      `<!doctype html><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Lesson</title>${code}`,
    );
    // Not watchedPage: its request filter would refuse the file itself.
    const context = await browser.newContext({ viewport: { width: 360, height: 900 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    const consoleErrors: string[] = [];
    page.on('pageerror', (error) => consoleErrors.push(String(error)));
    await page.goto(pathToFileURL(file).href);
    const fit = await fittedFrame(page);
    expectFits(fit);
    expect(fit.frameHeight).toBe(fit.scrollHeight);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});

describe('theme pages', () => {
  for (const locale of ['zh', 'en'] as const) {
    it(`list a theme's milestones across districts in time order (${locale})`, async () => {
      const theme = 'grid-management';
      const { page, consoleErrors } = await watchedPage(browser);
      await page.goto(url(`${locale === 'en' ? '/en' : ''}/themes/${theme}/`));
      const expected = items.filter((m) => m.themes.includes(theme));
      const listed = await page.$$eval('section:has(#theme-milestones) ol.milestones > li', (lis) =>
        lis.map((li) => ({ id: li.id, date: li.querySelector('time')!.getAttribute('datetime')! })),
      );
      expect(listed.map((l) => l.id)).toEqual(expected.map((m) => m.id));
      expect(new Set(expected.map((m) => m.district)).size).toBeGreaterThan(1);
      const dates = listed.map((l) => l.date);
      expect([...dates].sort()).toEqual(dates);
      expect(await axeViolations(page)).toEqual([]);
      expect(consoleErrors).toEqual([]);
      await page.close();
    });
  }

  it('every theme a milestone carries has a page, linked from the milestone', async () => {
    const { page } = await watchedPage(browser);
    await page.goto(`${origin}${sample.url.zh}`);
    const links = await page.$$eval('.theme-links a', (as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links.length).toBe(sample.themes.length);
    for (const link of links) expect((await fetch(link)).status).toBe(200);
    await page.close();
  });
});

describe('milestone page: print', () => {
  it('prints the citation but not the navigation, buttons or embed code', async () => {
    const { page } = await watchedPage(browser);
    await page.goto(`${origin}${sample.url.zh}`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.site-footer').isVisible()).toBe(false);
    expect(await page.locator('.share').isVisible()).toBe(false);
    expect(await page.locator('[data-copy-from]:visible').count()).toBe(0);
    expect(await page.locator('#cite-gbt7714').isVisible()).toBe(true);
    // No address after each link (the permalink and the citations carry it: see print.test.ts).
    const after = await page.$eval('.breadcrumbs a', (a) => getComputedStyle(a, '::after').content);
    expect(after).toBe('none');
    await page.close();
  });
});
