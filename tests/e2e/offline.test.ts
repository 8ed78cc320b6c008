// Offline reading: the service worker keeps the pages a reader opens, answers with the offline page for
// the others, and the offline page saves a whole language at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, publishedMilestones, url, watchedPage } from './browser.ts';

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
    await page.context().close();
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
    await page.context().close();
  });
});
