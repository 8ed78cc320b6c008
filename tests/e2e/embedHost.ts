// A page on another origin that embeds one of our embed codes, as a course page would, at a phone's
// width, and measured. It is served by a second small server on this machine (another port, so another
// origin): a page the test fulfilled itself would count as public, and Chromium does not let a public
// page frame one on this machine (local network access checks).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { watchedPage, type WatchedPage } from './browser.ts';

const pages = new Map<string, string>();
let server: Promise<Server> | undefined;

function hostServer(): Promise<Server> {
  server ??= new Promise((resolve) => {
    const s = createServer((request, response) => {
      const body = pages.get(request.url ?? '');
      response.writeHead(body ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(body ?? 'not found');
    });
    s.listen(0, '127.0.0.1', () => resolve(s));
  });
  return server;
}

/** Stops the host server (call in afterAll). */
export async function closeHost() {
  if (server) (await server).close();
  server = undefined;
}

export async function embedInHost(browser: Browser, code: string, width = 360): Promise<WatchedPage> {
  const { port } = (await hostServer()).address() as AddressInfo;
  const path = `/course-${pages.size}.html`;
  pages.set(
    path,
    `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>A course page</title>
<link rel="icon" href="data:,"></head>
<body><h1>Week 3</h1>${code}<p>Questions for discussion.</p></body></html>`,
  );
  const host = `http://127.0.0.1:${port}`;
  const watched = await watchedPage(browser, { width, alsoFrom: host });
  await watched.page.goto(`${host}${path}`);
  return watched;
}

export interface FrameFit {
  /** The frame element's height in the host page. */
  frameHeight: number;
  /** The embedded document: its scroll size and its viewport. */
  scrollHeight: number;
  scrollWidth: number;
  clientHeight: number;
  clientWidth: number;
  /** Bottom of the last line of content (the credit), in the frame's viewport. */
  contentBottom: number;
}

/** The embedded page, once it has loaded (a lazy frame starts as about:blank). */
export async function embeddedFrame(page: Page): Promise<Frame> {
  const embedded = () => page.frames().find((f) => f.url().includes('/embed/'));
  const frame =
    embedded() ??
    (await page.waitForEvent('framenavigated', { predicate: (f) => f.url().includes('/embed/'), timeout: 15_000 }));
  await frame.waitForLoadState('load');
  await frame.waitForSelector('.embed-credit', { state: 'attached' });
  return frame;
}

/** Waits until the script has fitted the frame (its height no longer changes), then measures. */
export async function fittedFrame(page: Page): Promise<FrameFit> {
  const frame = await embeddedFrame(page);
  // Fitted: the frame is as tall as the height its page reports (postHeight.ts), with its fonts in.
  await frame.waitForFunction(() => document.fonts.status === 'loaded');
  const reported = () =>
    frame.evaluate(() => `${Math.ceil(document.querySelector('main')!.getBoundingClientRect().bottom + scrollY)}px`);
  const given = () => page.evaluate(() => document.querySelector('iframe')!.style.height);
  await expect.poll(async () => (await given()) === (await reported()), { timeout: 10_000 }).toBe(true);
  return measure(page, frame);
}

export async function measure(page: Page, frame: Frame): Promise<FrameFit> {
  const frameHeight = await page.evaluate(() =>
    Math.round(document.querySelector('iframe')!.getBoundingClientRect().height),
  );
  const inner = await frame.evaluate(() => {
    const root = document.documentElement;
    return {
      scrollHeight: root.scrollHeight,
      scrollWidth: root.scrollWidth,
      clientHeight: root.clientHeight,
      clientWidth: root.clientWidth,
      contentBottom: Math.ceil(document.querySelector('.embed-credit')!.getBoundingClientRect().bottom),
    };
  });
  return { frameHeight, ...inner };
}

/** Nothing scrolls inside the frame and nothing is cut off. */
export function expectFits(fit: FrameFit) {
  expect(fit.scrollHeight, 'no vertical scrolling inside the frame').toBeLessThanOrEqual(fit.clientHeight);
  expect(fit.scrollWidth, 'no horizontal scrolling inside the frame').toBeLessThanOrEqual(fit.clientWidth);
  expect(fit.contentBottom, 'the last line is inside the frame').toBeLessThanOrEqual(fit.clientHeight);
}
