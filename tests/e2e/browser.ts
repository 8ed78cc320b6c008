// Debian's Chromium driven by playwright-core. Never downloads a browser: the run's one Chromium is
// started by globalSetup.ts, and each test file connects to it.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const origin = inject('origin');
export const base = inject('base');
export const url = (path: string) => `${origin}${base}${path.replace(/^\//, '')}`;

const connections = new Set<Browser>();

/** A connection to the run's Chromium; closing it closes the contexts it opened. */
export async function launch(): Promise<Browser> {
  const browser = await chromium.connect(inject('browserEndpoint'));
  connections.add(browser);
  browser.on('disconnected', () => connections.delete(browser));
  return browser;
}

/** The contexts this test file has open (setup.ts closes those a test leaves behind). */
export const openContexts = (): Set<BrowserContext> => new Set([...connections].flatMap((b) => b.contexts()));

export interface WatchedPage {
  page: Page;
  consoleErrors: string[];
  offOrigin: string[];
}

/**
 * A page that records console errors and any request that leaves the site's origin (`alsoFrom`: other
 * origins a test serves itself). The run's Chromium resolves no host but 127.0.0.1 (globalSetup.ts), so
 * such a request fails at once; watching requests instead of routing them keeps the browser's own
 * network path, which is faster. The service worker is blocked unless a test asks for it.
 */
export async function watchedPage(
  browser: Browser,
  options: { javaScriptEnabled?: boolean; width?: number; serviceWorkers?: 'allow' | 'block'; alsoFrom?: string } = {},
): Promise<WatchedPage> {
  const context = await browser.newContext({
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: { width: options.width ?? 1280, height: 900 },
    serviceWorkers: options.serviceWorkers ?? 'block',
  });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  const offOrigin: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(String(error)));
  const allowed = [origin, ...(options.alsoFrom ? [options.alsoFrom] : []), 'data:', 'blob:'];
  page.on('request', (request) => {
    const target = request.url();
    if (!allowed.some((start) => target.startsWith(start))) offOrigin.push(target);
  });
  return { page, consoleErrors, offOrigin };
}

/** The milestones the built site publishes at /data/milestones.json. */
export async function publishedMilestones<T>(): Promise<T[]> {
  return (await fetch(url('/data/milestones.json'))).json() as Promise<T[]>;
}
