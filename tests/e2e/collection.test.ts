// Lesson collections: /collection/?m=…&title=… in both languages, bad input, reordering, the copy kept
// in the browser, adding from milestone pages, the language switch, no JavaScript, the printed handout
// (A4 PDF), the exports (TimelineJS 3 renders the JSON; CSV with BOM), and the collection embed in a
// 360 px page on another origin.
import { readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, normalize } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, origin, url, watchedPage, publishedMilestones } from './browser.ts';
import { axeViolations } from './axe.ts';
import { closeHost, embedInHost, embeddedFrame, expectFits, fittedFrame, measure } from './embedHost.ts';
import { BOM, parseCsv } from '../../src/lib/data/csv.ts';
import { TITLE_MAX } from '../../src/lib/collection/collectionState.ts';

const UNKNOWN = 'no-such-milestone-1999';

interface Item {
  id: string;
  district: string;
  date: string;
  title: { zh: string; en: string };
  url: { zh: string; en: string };
}

let browser: Browser;
let items: Item[];
/** Three milestones of three districts, not in date order. */
let three: Item[];
beforeAll(async () => {
  browser = await launch();
  items = await publishedMilestones();
  const districts = [...new Set(items.map((m) => m.district))];
  const [a, b, c] = districts.map((d) => items.filter((m) => m.district === d)[3]);
  three = [c, a, b];
});
afterAll(async () => {
  await closeHost();
  await browser?.close();
});

const prefix = (locale: 'zh' | 'en') => (locale === 'en' ? '/en' : '');
const byDate = (list: Item[]) => [...list].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
const shownIds = (page: Page) =>
  page.$$eval('[data-list] > li', (lis) => lis.map((li) => (li as HTMLElement).dataset.id!));
const announced = (page: Page, text: string) =>
  page.waitForFunction((t) => document.querySelector('[data-announce]')?.textContent?.includes(t), text);

async function openCollection(page: Page, query: string, locale: 'zh' | 'en' = 'zh') {
  await page.goto(url(`${prefix(locale)}/collection/${query}`));
  await page.waitForFunction(() => document.querySelector('reform-collection [data-list]') !== null);
}

describe('collection page', () => {
  for (const locale of ['zh', 'en'] as const) {
    it(`a URL with three ids and one unknown shows the three and notes the unknown one (${locale})`, async () => {
      const { page, consoleErrors, offOrigin } = await watchedPage(browser);
      const ids = [three[0].id, UNKNOWN, three[1].id, three[2].id];
      await openCollection(page, `?m=${ids.join('~')}&title=Grid%20management`, locale);
      await page.waitForSelector('[data-list] > li');
      expect(await shownIds(page)).toEqual(byDate(three).map((m) => m.id));
      for (const m of three) await expect(page.locator(`#c-${m.id} h3`).textContent()).resolves.toBe(m.title[locale]);
      // Each shows its summary and its source, linked to the Sources page.
      expect(await page.locator('[data-list] [data-summary]:not(:empty)').count()).toBe(3);
      expect(await page.locator('[data-list] a[data-source][href*="/sources/#"]').count()).toBe(3);
      const notice = page.locator('[data-notices]');
      expect(await notice.isVisible()).toBe(true);
      expect(await notice.textContent()).toMatch(locale === 'zh' ? /有 1 个无法识别/ : /^1 milestone id .* left out/);
      // The address bar is cleaned: the unknown id is gone, the rest kept as written.
      expect(new URL(page.url()).search).toBe(
        `?m=${[three[0].id, three[1].id, three[2].id].join('~')}&title=Grid%20management`,
      );
      expect(await page.locator('h1').textContent()).toBe('Grid management');
      expect(await page.title()).toMatch(/^Grid management · /);
      // The compact timeline has one numbered dot per milestone.
      expect(await page.$$eval('[data-timeline-svg] circle + text', (ts) => ts.map((t) => t.textContent))).toEqual([
        '1',
        '2',
        '3',
      ]);
      expect(await axeViolations(page)).toEqual([]);
      expect(consoleErrors).toEqual([]);
      expect(offOrigin).toEqual([]);
      await page.close();
    });
  }

  it('drops repeated ids with a notice, and reads the title as plain text cut to its limit', async () => {
    const { page } = await watchedPage(browser);
    const title = `<img src=x onerror=alert(1)>${'长'.repeat(TITLE_MAX)}`;
    await openCollection(
      page,
      `?m=${three[0].id}~${three[0].id}&m=${three[1].id}~${three[0].id}&title=${encodeURIComponent(title)}`,
    );
    await page.waitForSelector('[data-list] > li');
    expect((await shownIds(page)).sort()).toEqual([three[0].id, three[1].id].sort());
    const notices = await page.locator('[data-notices] p').allTextContents();
    expect(notices.join(' ')).toContain('2 个重复');
    expect(notices.join(' ')).toContain(`截为 ${TITLE_MAX} 个字符`);
    const heading = await page.locator('h1').textContent();
    expect(heading).toBe(Array.from(title).slice(0, TITLE_MAX).join(''));
    expect(await page.locator('h1 img, img[src="x"]').count()).toBe(0);
    await page.close();
  });

  for (const locale of ['zh', 'en'] as const) {
    it(`an empty collection explains how to add milestones (${locale})`, async () => {
      const { page, consoleErrors } = await watchedPage(browser);
      await openCollection(page, `?m=${UNKNOWN}`, locale);
      const empty = page.locator('[data-empty]');
      await empty.waitFor();
      expect(await empty.textContent()).toContain(locale === 'zh' ? '加入教学合集' : 'Add to lesson collection');
      expect(await page.locator('[data-tools]').isVisible()).toBe(false);
      expect(new URL(page.url()).search).toBe('');
      expect(await axeViolations(page)).toEqual([]);
      expect(consoleErrors).toEqual([]);
      await page.close();
    });
  }

  it('reorders by keyboard, announcing each move, in the teacher’s own order kept in the URL', async () => {
    const { page } = await watchedPage(browser);
    await openCollection(page, `?m=${three.map((m) => m.id).join('~')}`, 'en');
    await page.waitForSelector('[data-list] > li');
    const dated = byDate(three).map((m) => m.id);
    expect(await shownIds(page)).toEqual(dated);
    // Move the last one up with the keyboard.
    await page.focus(`#c-${dated[2]} [data-move="up"]`);
    await page.keyboard.press('Enter');
    await announced(page, 'is now number 2 of 3');
    expect(await page.locator('[data-announce]').textContent()).toContain('Now in your own order.');
    expect(await shownIds(page)).toEqual([dated[0], dated[2], dated[1]]);
    // Focus stays on the moved milestone's button, so it can be moved again.
    expect(await page.evaluate(() => document.activeElement?.closest('li')?.id)).toBe(`c-${dated[2]}`);
    await page.keyboard.press('Enter');
    await announced(page, 'is now number 1 of 3');
    expect(await shownIds(page)).toEqual([dated[2], dated[0], dated[1]]);
    expect(await page.locator('input[name=order][value=own]').isChecked()).toBe(true);
    const search = new URL(page.url()).search;
    expect(search).toBe(`?m=${[dated[2], dated[0], dated[1]].join('~')}&order=own`);
    // Date order again, and back: the teacher's order is still there.
    await page.check('input[name=order][value=date]');
    expect(await shownIds(page)).toEqual(dated);
    await page.check('input[name=order][value=own]');
    expect(await shownIds(page)).toEqual([dated[2], dated[0], dated[1]]);
    // At the top, "move up" says so instead of doing nothing silently.
    await page.focus(`#c-${dated[2]} [data-move="up"]`);
    expect(await page.getAttribute(`#c-${dated[2]} [data-move="up"]`, 'aria-disabled')).toBe('true');
    await page.keyboard.press('Enter');
    await announced(page, 'is already first');
    await page.close();
  });

  it('reorders by dragging the handle', async () => {
    const { page } = await watchedPage(browser);
    await page.setViewportSize({ width: 1280, height: 1600 });
    await openCollection(page, `?m=${three.map((m) => m.id).join('~')}`);
    await page.waitForSelector('[data-list] > li');
    const dated = byDate(three).map((m) => m.id);
    const handle = (await page.locator(`#c-${dated[2]} [data-drag]`).boundingBox())!;
    const first = (await page.locator(`#c-${dated[0]}`).boundingBox())!;
    await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
    await page.mouse.down();
    for (let step = 1; step <= 8; step++)
      await page.mouse.move(handle.x + handle.width / 2, handle.y + (first.y + 5 - handle.y) * (step / 8));
    await page.mouse.up();
    await announced(page, '现在是第 1 个');
    expect(await shownIds(page)).toEqual([dated[2], dated[0], dated[1]]);
    expect(new URL(page.url()).searchParams.get('order')).toBe('own');
    await page.close();
  });

  it('each milestone carries the same "add to collection" control, which takes it out here, focus kept', async () => {
    const { page, consoleErrors } = await watchedPage(browser);
    await openCollection(page, `?m=${three.map((m) => m.id).join('~')}&title=Week%203`, 'en');
    await page.waitForSelector('[data-list] > li');
    const dated = byDate(three).map((m) => m.id);
    const control = page.locator(`#c-${dated[1]} add-to-collection button`);
    expect(await control.textContent()).toBe('Remove from lesson collection');
    expect(await page.locator('[data-list] [data-remove]').count()).toBe(0);
    await control.focus();
    await page.keyboard.press('Enter');
    await announced(page, 'removed; 2 left');
    expect(await shownIds(page)).toEqual([dated[0], dated[2]]);
    expect(new URL(page.url()).search).toBe(`?m=${[dated[0], dated[2]].join('~')}&title=Week%203`);
    // The keyboard is on the control of the milestone that took its place.
    expect(await page.evaluate(() => document.activeElement?.closest('li')?.id)).toBe(`c-${dated[2]}`);
    // Another tab's change shows at once.
    await page.evaluate(
      ([id]) => {
        localStorage.setItem('reform-history:collection', `?m=${id}`);
        window.dispatchEvent(new StorageEvent('storage', { key: 'reform-history:collection' }));
      },
      [dated[2]],
    );
    await page.waitForFunction((id) => location.search === `?m=${id}`, dated[2]);
    expect(await shownIds(page)).toEqual([dated[2]]);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('is kept in this browser: a bare /collection/ restores it; clearing empties it, and Back brings it back', async () => {
    const { page } = await watchedPage(browser);
    const query = `?m=${three.map((m) => m.id).join('~')}&title=Week%203`;
    await openCollection(page, query);
    await page.waitForSelector('[data-list] > li');
    await openCollection(page, '');
    await page.waitForSelector('[data-list] > li');
    expect(new URL(page.url()).search).toBe(query);
    expect(await page.locator('h1').textContent()).toBe('Week 3');
    await page.reload();
    await page.waitForSelector('[data-list] > li');
    expect(await page.locator('h1').textContent()).toBe('Week 3');
    // Something unreadable in storage is read as nothing (the parser never throws).
    await page.click('[data-clear]');
    await page.locator('[data-empty]').waitFor();
    expect(new URL(page.url()).search).toBe('');
    expect(await page.evaluate(() => localStorage.getItem('reform-history:collection'))).toBeNull();
    await page.goBack();
    await page.waitForSelector('[data-list] > li');
    expect(new URL(page.url()).search).toBe(query);
    await page.evaluate(() => localStorage.setItem('reform-history:collection', '{"broken": [json'));
    await openCollection(page, '');
    await page.locator('[data-empty]').waitFor();
    await page.close();
  });

  it('opening a shared link replaces the collection kept here, and offers the way back to it', async () => {
    const { page } = await watchedPage(browser);
    await openCollection(page, `?m=${three[0].id}`);
    await page.waitForSelector('[data-list] > li');
    await openCollection(page, `?m=${three[1].id}~${three[2].id}`);
    await page.waitForSelector('[data-list] > li');
    const back = page.locator('[data-notices] a');
    expect(await back.textContent()).toBe('回到原来的合集');
    await back.click();
    await page.waitForFunction((id) => location.search === `?m=${id}`, three[0].id);
    await page.close();
  });

  it('"Add to lesson collection" on milestone pages builds the collection, and its link opens it', async () => {
    const { page, consoleErrors } = await watchedPage(browser);
    for (const m of three.slice(0, 2)) {
      await page.goto(`${origin}${m.url.en}`);
      const button = page.locator('add-to-collection button');
      await button.click();
      await page.waitForFunction(() => document.querySelector('add-to-collection [role=status]')?.textContent !== '');
      expect(await button.textContent()).toBe('Remove from lesson collection');
      expect(await button.getAttribute('aria-label')).toBe(`Remove from lesson collection: ${m.title.en}`);
    }
    const open = page.locator('add-to-collection a[data-open]');
    expect(await open.textContent()).toBe('Open lesson collection (2)');
    await open.click();
    await page.waitForSelector('[data-list] > li');
    expect(await shownIds(page)).toEqual(byDate(three.slice(0, 2)).map((m) => m.id));
    expect(page.url()).toContain('/en/collection/?m=');
    // Taking one out on its page updates the count.
    await page.goto(`${origin}${three[0].url.en}`);
    await page.click('add-to-collection button');
    await page.waitForFunction(() =>
      document.querySelector('add-to-collection a[data-open]')?.textContent?.includes('(1)'),
    );
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('without JavaScript, "add" is a link that starts a collection with the milestone', async () => {
    const { page } = await watchedPage(browser, { javaScriptEnabled: false });
    await page.goto(`${origin}${three[0].url.zh}`);
    const start = page.locator('add-to-collection a[data-start]');
    expect(await start.isVisible()).toBe(true);
    expect(await start.getAttribute('href')).toMatch(new RegExp(`/collection/\\?m=${three[0].id}$`));
    expect(await page.locator('add-to-collection button').isVisible()).toBe(false);
    await page.close();
  });

  it('switching language keeps the collection', async () => {
    const { page } = await watchedPage(browser);
    const query = `?m=${three.map((m) => m.id).join('~')}&title=%E7%BD%91%E6%A0%BC&order=own`;
    await openCollection(page, query);
    await page.waitForSelector('[data-list] > li');
    await page.click('.site-header a[hreflang="en"]');
    await page.waitForSelector('[data-list] > li');
    expect(new URL(page.url()).pathname).toMatch(/\/en\/collection\/$/);
    expect(new URL(page.url()).search).toBe(query);
    expect(await shownIds(page)).toEqual(three.map((m) => m.id));
    expect(await page.locator(`#c-${three[0].id} h3`).textContent()).toBe(three[0].title.en);
    await page.close();
  });

  it('without JavaScript, the page says why it cannot show the collection and lists every milestone', async () => {
    const { page } = await watchedPage(browser, { javaScriptEnabled: false });
    await openCollection(page, `?m=${three.map((m) => m.id).join('~')}`, 'en');
    const note = page.locator('.note:has(details)');
    expect(await note.textContent()).toContain('needs JavaScript');
    await page.click('.note details summary');
    const links = await page.$$eval('details a[href*="/milestones/"]', (as) => as.length);
    expect(links).toBe(items.length);
    await page.close();
  });

  it('prints a one- or two-page A4 handout with the title, milestones, sources, citations, QR code and link', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'handout-'));
    for (const [locale, list] of [
      ['zh', three],
      ['en', items.filter((_, i) => i % 10 === 0).slice(0, 8)],
    ] as const) {
      const { page } = await watchedPage(browser);
      await openCollection(page, `?m=${list.map((m) => m.id).join('~')}&title=Handout`, locale);
      await page.waitForSelector('[data-qr-print] svg', { state: 'attached' });
      await page.emulateMedia({ media: 'print' });
      for (const selector of ['h1', '[data-timeline-svg]', '[data-handout-footer] svg', '[data-handout-link]'])
        expect(await page.locator(selector).isVisible(), selector).toBe(true);
      for (const selector of ['.site-header', '[data-tools]', '[data-controls]', '[data-move]', '[data-notices]'])
        expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
      expect(await page.locator('[data-list] [data-cite]:visible').count()).toBe(list.length);
      expect(await page.locator('[data-list] [data-source]:visible').count()).toBe(list.length);
      const citation = await page.locator('[data-list] [data-cite]').first().textContent();
      expect(citation).toMatch(
        locale === 'zh'
          ? /\[EB\/OL\]\. \(\d{4}-\d{2}-\d{2}\)\[\d{4}-\d{2}-\d{2}\]\. http/
          : /\. \(\d{4}, \w+ \d+\)\. .+ Retrieved .+, from http/,
      );
      expect(await page.locator('[data-handout-link]').textContent()).toBe(page.url());
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      writeFileSync(join(folder, `handout-${locale}.pdf`), pdf);
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length;
      expect(pages, `${locale}: ${list.length} milestones`).toBeGreaterThanOrEqual(1);
      expect(pages, `${locale}: ${list.length} milestones`).toBeLessThanOrEqual(2);
      await page.close();
    }
    // Kept for looking at: pdftoppm -png handout-zh.pdf
    console.log(`handouts in ${folder}`);
  });

  it('the link, QR code and embed code are made from the page’s own origin', async () => {
    const { page } = await watchedPage(browser);
    const query = `?m=${three.map((m) => m.id).join('~')}`;
    await openCollection(page, query);
    await page.waitForSelector('[data-qr] svg');
    expect(await page.inputValue('[data-share-link]')).toBe(`${origin}${new URL(page.url()).pathname}${query}`);
    expect(await page.getAttribute('[data-qr] svg', 'aria-label')).toBe('本合集链接的二维码');
    const code = await page.inputValue('[data-embed-code]');
    expect(code).toContain(`<iframe src="${url('/embed/collection/')}${query}"`);
    expect(code).not.toContain('localhost:4321');
    await page.close();
  });
});

describe('collection exports', () => {
  const require = createRequire(import.meta.url);
  const TLJS = join(dirname(require.resolve('@knight-lab/timelinejs/package.json')), 'dist');

  async function download(page: Page, kind: 'timelinejs' | 'csv') {
    const [file] = await Promise.all([page.waitForEvent('download'), page.click(`[data-export="${kind}"]`)]);
    // Connected to the run's browser server: the file is read through a stream, not from its path.
    const chunks: Buffer[] = [];
    for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
    return { name: file.suggestedFilename(), body: Buffer.concat(chunks) };
  }

  it('exports TimelineJS JSON that TimelineJS 3 renders, one slide per milestone', async () => {
    const { page } = await watchedPage(browser);
    await openCollection(page, `?m=${[three[0].id, UNKNOWN, three[1].id, three[2].id].join('~')}&title=Three`, 'en');
    await page.waitForSelector('[data-list] > li');
    const { name, body } = await download(page, 'timelinejs');
    expect(name).toBe('collection-timelinejs.json');
    const json = JSON.parse(body.toString('utf8')) as {
      title: { text: { headline: string } };
      events: { unique_id: string; text: { text: string } }[];
    };
    expect(json.title.text.headline).toBe('Three');
    expect(json.events.map((e) => e.unique_id)).toEqual(byDate(three).map((m) => m.id));
    expect(json.events[0].text.text).toContain(`${origin}/`);

    // TimelineJS from node_modules, served on the site's origin by the test (never a CDN).
    const lib = url('/__timelinejs__/lib/');
    await page.route(`${url('/__timelinejs__/')}**`, (route) => {
      const target = new URL(route.request().url());
      if (target.pathname.endsWith('/harness.html'))
        return route.fulfill({
          contentType: 'text/html; charset=utf-8',
          body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>TimelineJS</title>
<link rel="stylesheet" href="${lib}css/timeline.css"></head><body><div id="tl" style="width:1000px;height:650px"></div>
<script src="${lib}js/timeline.js"></script><script>
window.tlReady = false; window.tlError = null;
try {
  const t = new TL.Timeline('tl', ${JSON.stringify(json)}, { script_path: ${JSON.stringify(`${lib}js/`)}, font: null, hash_bookmark: false });
  t.on('loaded', () => { window.tlReady = true; });
} catch (e) { window.tlError = String(e); }
</script></body></html>`,
        });
      const file = normalize(join(TLJS, decodeURIComponent(target.pathname.slice(new URL(lib).pathname.length))));
      if (!file.startsWith(TLJS)) return route.abort();
      try {
        return route.fulfill({
          body: readFileSync(file),
          contentType: file.endsWith('.css') ? 'text/css' : 'text/javascript',
        });
      } catch {
        return route.fulfill({ status: 404, body: 'not found' });
      }
    });
    await page.goto(url('/__timelinejs__/harness.html'));
    await page.waitForFunction(
      () => (window as unknown as { tlReady: boolean }).tlReady || (window as unknown as { tlError: string }).tlError,
      null,
      { timeout: 30_000 },
    );
    expect(await page.evaluate(() => (window as unknown as { tlError: string }).tlError)).toBeNull();
    const slides = await page.$$eval('.tl-slide', (els) => els.map((e) => e.id));
    expect(await page.locator('.tl-timemarker').count()).toBe(3);
    expect(slides.length).toBe(4);
    for (const m of three) expect(slides).toContain(m.id);
    await page.close();
  });

  it('exports CSV with a BOM and the open-data columns, one row per milestone in the collection order', async () => {
    const { page } = await watchedPage(browser);
    await openCollection(page, `?m=${three.map((m) => m.id).join('~')}&order=own`);
    await page.waitForSelector('[data-list] > li');
    const { name, body } = await download(page, 'csv');
    expect(name).toBe('collection.csv');
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = body.toString('utf8');
    expect(text.startsWith(BOM)).toBe(true);
    const rows = parseCsv(text);
    const published = parseCsv(await (await fetch(url('/data/milestones.csv'))).text());
    expect(rows[0]).toEqual(published[0]);
    expect(rows.slice(1).map((r) => r[0])).toEqual(three.map((m) => m.id));
    await page.close();
  });
});

describe('collection embed', () => {
  for (const locale of ['zh', 'en'] as const) {
    it(`its embed code, in a 360 px page on another origin, shows every milestone with nothing scrolling inside (${locale})`, async () => {
      const { page: source } = await watchedPage(browser);
      await openCollection(source, `?m=${three.map((m) => m.id).join('~')}&title=Week%203`, locale);
      await source.waitForSelector('[data-list] > li');
      const code = await source.inputValue('[data-embed-code]');
      await source.close();

      const { page, consoleErrors } = await embedInHost(browser, code);
      const fit = await fittedFrame(page);
      expectFits(fit);
      expect(fit.frameHeight).toBe(fit.scrollHeight);
      const frame = await embeddedFrame(page);
      expect(await frame.locator('h1').textContent()).toBe('Week 3');
      expect(await frame.$$eval('[data-list] > li', (lis) => lis.length)).toBe(3);
      // "View on the site" opens the same collection.
      const full = await frame.$eval('.embed-credit a:last-child', (a) => (a as HTMLAnchorElement).href);
      expect(new URL(full).pathname).toMatch(/\/collection\/$/);
      expect(new URL(full).search).toBe(`?m=${three.map((m) => m.id).join('~')}&title=Week%203`);
      // Without the script, the code's own height is enough at 360 px.
      const height = Number(/ height="(\d+)"/.exec(code)![1]);
      const bare = await embedInHost(browser, code.replace(/<script>[\s\S]*<\/script>/, ''));
      const bareFrame = await embeddedFrame(bare.page);
      await bareFrame.waitForSelector('[data-list] > li');
      const bareFit = await measure(bare.page, bareFrame);
      expectFits(bareFit);
      expect(bareFit.frameHeight).toBe(height);
      await bare.page.close();
      expect(consoleErrors).toEqual([]);
      await page.close();
    });
  }

  it('is axe-clean, and without JavaScript says it needs it', async () => {
    const { page } = await watchedPage(browser);
    await page.goto(url(`/en/embed/collection/?m=${three.map((m) => m.id).join('~')}`));
    await page.waitForSelector('[data-list] > li');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
    const { page: bare } = await watchedPage(browser, { javaScriptEnabled: false });
    await bare.goto(url(`/embed/collection/?m=${three[0].id}`));
    expect(await bare.locator('noscript, .note').first().textContent()).toContain('需要 JavaScript');
    await bare.close();
  });
});
