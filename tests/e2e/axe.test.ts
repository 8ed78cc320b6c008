// The axe helper (axe.ts) finds what it should, in the page and in its frames, whichever way it runs axe.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations } from './axe.ts';
import { launch, url, watchedPage } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const OTHER_ORIGIN = 'http://other-origin.test';
/** An image without a text alternative: a WCAG 2.2 A failure (image-alt). */
const FAILING = '<!doctype html><html lang="en"><title>Fixture</title><main><img src="data:,"></main></html>';
const withFrame = (src: string) =>
  `<!doctype html><html lang="en"><title>Host</title><main><iframe title="Frame" src="${src}"></iframe></main></html>`;

/** Serves `body` at `path` of the site's origin, or at a full address, for this page only. */
async function serve(page: Page, address: string, body: string) {
  await page.route(address, (route) => route.fulfill({ body, contentType: 'text/html' }));
}

async function scan(main: string, frame?: { address: string; body: string }) {
  const { page } = await watchedPage(browser);
  await serve(page, url('/__axe-fixture__/'), main);
  if (frame) await serve(page, frame.address, frame.body);
  await page.goto(url('/__axe-fixture__/'));
  await page.waitForLoadState('load');
  return axeViolations(page);
}

describe('axeViolations', () => {
  it('reports a violation in the page', async () => {
    expect(await scan(FAILING)).toEqual(['image-alt: img']);
  });

  it('reports a violation in a frame of the same origin', async () => {
    const frame = url('/__axe-frame__/');
    expect(await scan(withFrame(frame), { address: frame, body: FAILING })).toEqual(['image-alt: iframe img']);
  });

  it('reports a violation in a frame of another origin', async () => {
    const frame = `${OTHER_ORIGIN}/frame.html`;
    expect(await scan(withFrame(frame), { address: frame, body: FAILING })).toEqual(['image-alt: iframe img']);
  });
});
