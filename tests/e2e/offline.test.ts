// Offline reading: the service worker keeps the pages a reader opens, answers with the offline page for
// the others, and the offline page saves a whole language at once. After an update, nothing a page
// loads comes from the previous build.
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { parseDocument } from 'yaml';
import { originOf, startStaticServer } from '../../scripts/staticServer.ts';
import { base, launch, publishedMilestones, url, watchedPage } from './browser.ts';
import { astroBuild } from './build.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

/** Waits until the service worker is active and controls the page. */
async function controlled(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
    }
  });
}

describe('offline reading', () => {
  it('keeps the pages the reader opened, and answers for the others with the offline page', async () => {
    const { page, consoleErrors } = await watchedPage(browser, { serviceWorkers: 'allow' });
    const [first, last] = await publishedMilestones<{ id: string; title: { zh: string } }>().then((all) => [
      all[0],
      all.at(-1)!,
    ]);
    await page.goto(url('/'));
    await controlled(page);
    // Read for a moment: what the pages load lazily is kept too.
    await page.goto(url('/timeline/'), { waitUntil: 'networkidle' });
    await page.goto(url(`/milestones/${first.id}/`), { waitUntil: 'networkidle' });
    await page.context().setOffline(true);

    await page.goto(url('/timeline/?d=xicheng'));
    expect(await page.locator('h1').textContent()).toBe('时间轴');
    expect(await page.locator('a.mark').count()).toBeGreaterThan(10);
    await page.goto(url(`/milestones/${first.id}/`));
    expect(await page.locator('h1').textContent()).toBe(first.title.zh);
    // Styles came from the cache too.
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).not.toBe('');
    expect(await page.evaluate(() => document.styleSheets.length)).toBeGreaterThan(0);

    await page.goto(url(`/milestones/${last.id}/`));
    expect(await page.locator('h1').textContent()).toBe('离线阅读');
    expect(await page.locator('[data-missing]').isVisible()).toBe(true);
    await page.goto(url('/en/milestones/nowhere/'));
    expect(await page.locator('h1').textContent()).toBe('Offline reading');
    await page.context().setOffline(false);
    // Back online, pages come from the network again.
    await page.goto(url(`/milestones/${last.id}/`));
    expect(await page.locator('h1').textContent()).toBe(last.title.zh);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('saves every page of one language from the offline page, and they read offline, search included', async () => {
    const { page } = await watchedPage(browser, { serviceWorkers: 'allow' });
    const all = await publishedMilestones<{ id: string; title: { en: string } }>();
    await page.goto(url('/en/offline/'));
    await controlled(page);
    expect(await page.locator('[data-missing]').isHidden()).toBe(true);
    const save = page.locator('[data-save]');
    await save.waitFor();
    expect(await save.textContent()).toMatch(/Save all English pages \(\d+ pages, about [\d.]+ MB\)/);
    await save.click();
    await page.waitForFunction(
      () => /pages are saved/.test(document.querySelector('offline-saver [data-status]')?.textContent ?? ''),
      undefined,
      { timeout: 60_000 },
    );
    const status = await page.locator('offline-saver [data-status]').textContent();
    const [done, total] = /(\d+) of (\d+)/.exec(status!)!.slice(1).map(Number);
    expect(done).toBe(total);
    expect(total).toBeGreaterThan(all.length);

    await page.context().setOffline(true);
    for (const m of [all[3], all.at(-1)!]) {
      await page.goto(url(`/en/milestones/${m.id}/`));
      expect(await page.locator('h1').textContent()).toBe(m.title.en);
    }
    await page.goto(url('/en/search/?q=grid'));
    await page.waitForFunction(() => /result/.test(document.querySelector('[data-count]')?.textContent ?? ''));
    expect(await page.locator('.search-result').count()).toBeGreaterThan(0);
    await page.close();
  });
});

describe('after an update', () => {
  /** The site as the tests serve it, and the same site rebuilt with one milestone renamed. */
  const served = process.env.DIST_DIR ?? 'dist';
  let work: string;
  let rebuilt: string;
  let renamed: { before: string; after: string };

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'update-'));
    const content = join(work, 'content');
    cpSync('content', content, { recursive: true });
    const file = join(content, 'milestones', readdirSync(join(content, 'milestones')).sort()[0]);
    const doc = parseDocument(readFileSync(file, 'utf8'));
    renamed = { before: String(doc.getIn([0, 'title', 'en'])), after: 'Quokkaville pilot: renamed by the update test' };
    doc.setIn([0, 'title', 'en'], renamed.after);
    writeFileSync(file, doc.toString());
    rebuilt = join(work, 'dist');
    const built = await astroBuild(rebuilt, content, { BASE_PATH: base });
    if (built.status !== 0) throw new Error(`the second build failed:\n${built.stderr}`);
  }, 300_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  const serve = (root: string, port = 0) => startStaticServer({ root, base, port });
  const stop = (server: Server) => new Promise<void>((done) => server.close(() => done()));

  /** Types into the header search and waits for its answer (a list, or "nothing found for …"): the titles shown. */
  async function headerSearch(page: Page, query: string): Promise<string[]> {
    const input = page.locator('site-search input[role=combobox]');
    await input.fill('');
    await input.fill(query);
    await page.waitForFunction((q) => {
      const box = document.querySelector<HTMLInputElement>('site-search input[role=combobox]');
      const status = document.querySelector('site-search [data-status]')?.textContent ?? '';
      const options = document.querySelectorAll('site-search [role=option]').length;
      return box?.value === q && (options > 0 || status.includes(q));
    }, query);
    return page.locator('site-search [role=option] .search-option-title').allTextContents();
  }

  it(
    'the first header search answers from the new build’s index, not the one kept offline',
    { timeout: 120_000 },
    async () => {
      let server = await serve(served);
      const origin = originOf(server);
      const port = Number(new URL(origin).port);
      const at = (path: string) => `${origin}${base}${path.replace(/^\//, '')}`;
      // Not a watchedPage: these servers are not the test origin it lets through.
      const page = await (await browser.newContext({ serviceWorkers: 'allow' })).newPage();
      const consoleErrors: string[] = [];
      page.on('console', (msg) => void (msg.type() === 'error' && consoleErrors.push(msg.text())));
      page.on('pageerror', (error) => consoleErrors.push(String(error)));
      try {
        await page.goto(at('/en/'));
        await controlled(page);
        // The old build's index is fetched through the service worker, and kept.
        expect(await headerSearch(page, renamed.before)).toContain(renamed.before);

        await stop(server);
        server = await serve(rebuilt, port);
        await page.goto(at('/en/'));
        expect(await headerSearch(page, 'Quokkaville')).toContain(renamed.after);
        expect(consoleErrors).toEqual([]);
      } finally {
        await page.close();
        await stop(server);
      }
    },
  );
});
