// Debian's Chromium driven by playwright-core. Never downloads a browser: the run's one Chromium is
// started by globalSetup.ts, and each test file connects to it.
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
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
 * A file's tests share one context per JavaScript setting, and each test gets a fresh page in it:
 * a new context costs this machine about 0.45 CPU s more than a new page (docs/benchmarks.md). After
 * each test, setup.ts closes the test's pages and gives the context back as a new one would be:
 * storage, service workers, HTTP cache, cookies and permissions cleared (`resetSharedContexts`).
 * The pages of a context are tabs of one window: only the one in front gets animation frames at full
 * rate, so a test that goes back to an earlier page calls `bringToFront()` first.
 */
interface SharedContext {
  context: BrowserContext;
  /** A blank page that stays open, and the session through which the context is cleared. */
  janitorPage: Page;
  janitor: CDPSession;
  /** Every origin the file's pages were allowed to load from, whose storage is cleared. */
  origins: Set<string>;
  /** A page was opened since the context was last cleared. */
  used: boolean;
}
const VIEWPORT = { width: 1280, height: 900 };
/** Per connection, the shared context of each JavaScript setting, made on first use. */
const sharedContexts = new WeakMap<Browser, Map<boolean, Promise<SharedContext>>>();
/** Those made so far and still open, by their context. */
const created = new Map<BrowserContext, SharedContext>();

function sharedContext(browser: Browser, javaScriptEnabled: boolean): Promise<SharedContext> {
  const byScript = sharedContexts.get(browser) ?? new Map<boolean, Promise<SharedContext>>();
  sharedContexts.set(browser, byScript);
  let shared = byScript.get(javaScriptEnabled);
  if (!shared) {
    shared = (async () => {
      const context = await browser.newContext({ javaScriptEnabled, viewport: VIEWPORT, serviceWorkers: 'block' });
      const janitorPage = await context.newPage();
      const janitor = await context.newCDPSession(janitorPage);
      const made = { context, janitorPage, janitor, origins: new Set([origin]), used: false };
      context.on('page', () => (made.used = true));
      context.on('close', () => created.delete(context));
      created.set(context, made);
      return made;
    })();
    byScript.set(javaScriptEnabled, shared);
  }
  return shared;
}

/** The contexts a test did not open itself: those of the file (shared) stay open between tests. */
export const isShared = (context: BrowserContext) => created.has(context);

/** The shared contexts' open pages, the janitors' included. */
export const sharedPages = (): Set<Page> => new Set([...created.keys()].flatMap((context) => context.pages()));

/** Closes the shared pages a test opened (all but `keep`), then clears what they may have left. */
export async function resetSharedContexts(keep: Set<Page>): Promise<void> {
  await Promise.all(
    [...created.values()].map(async (shared) => {
      if (!shared.used) return;
      const { context, janitorPage, janitor, origins } = shared;
      const opened = context.pages().filter((page) => page !== janitorPage && !keep.has(page));
      await Promise.all(opened.map((page) => page.close()));
      await Promise.all([
        ...[...origins].map((o) => janitor.send('Storage.clearDataForOrigin', { origin: o, storageTypes: 'all' })),
        janitor.send('Network.clearBrowserCache'),
        context.clearCookies(),
        context.clearPermissions(),
      ]);
      shared.used = false;
    }),
  );
}

/**
 * A page that records console errors and any request that leaves the site's origin (`alsoFrom`: other
 * origins a test serves itself). The run's Chromium resolves no host but 127.0.0.1 (globalSetup.ts), so
 * such a request fails at once; watching requests instead of routing them keeps the browser's own
 * network path, which is faster. The service worker is blocked unless a test asks for it; a page that
 * allows it gets a context of its own. A test that changes its page's context itself (offline, routes
 * or init scripts on the context) must use such a context, or one it opens: the shared one is not
 * reset for those.
 */
export async function watchedPage(
  browser: Browser,
  options: { javaScriptEnabled?: boolean; width?: number; serviceWorkers?: 'allow' | 'block'; alsoFrom?: string } = {},
): Promise<WatchedPage> {
  const javaScriptEnabled = options.javaScriptEnabled ?? true;
  const viewport = { ...VIEWPORT, width: options.width ?? VIEWPORT.width };
  let page: Page;
  if (options.serviceWorkers === 'allow') {
    const context = await browser.newContext({ javaScriptEnabled, viewport, serviceWorkers: 'allow' });
    page = await context.newPage();
  } else {
    const shared = await sharedContext(browser, javaScriptEnabled);
    if (options.alsoFrom) shared.origins.add(options.alsoFrom);
    page = await shared.context.newPage();
    if (viewport.width !== VIEWPORT.width) await page.setViewportSize(viewport);
  }
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
