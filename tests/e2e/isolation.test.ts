// Tests of a file share a browser context (browser.ts): what one test leaves in it must not reach the next.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, origin, url, watchedPage } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('a shared context, between two tests', () => {
  it('is given storage, a cookie and a permission, and its page is closed by the test', async () => {
    const { page } = await watchedPage(browser);
    await page.goto(url('/en/'));
    await page.evaluate(() => {
      localStorage.setItem('left-behind', '1');
      document.cookie = 'left-behind=1; path=/';
    });
    await page.context().grantPermissions(['clipboard-read'], { origin });
    await page.close();
  });

  it('comes back empty', async () => {
    const { page } = await watchedPage(browser);
    await page.goto(url('/en/'));
    expect(await page.evaluate(() => [localStorage.length, document.cookie])).toEqual([0, '']);
    expect(
      await page.evaluate(
        async () => (await navigator.permissions.query({ name: 'clipboard-read' as PermissionName })).state,
      ),
    ).not.toBe('granted');
  });
});
