// After each test, closes every browser context and page it opened, whether it passed or failed, so
// that a failing test cannot leak pages into the next one, and clears the file's shared contexts
// (browser.ts). Contexts opened in beforeAll stay open for the whole file.
import { afterEach, beforeEach } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { isShared, openContexts, resetSharedContexts, sharedPages } from './browser.ts';

let contextsBefore = new Set<BrowserContext>();
let pagesBefore = new Set<Page>();
beforeEach(() => {
  contextsBefore = openContexts();
  pagesBefore = sharedPages();
});
afterEach(async () => {
  const opened = [...openContexts()].filter((c) => !contextsBefore.has(c) && !isShared(c));
  await Promise.all([...opened.map((c) => c.close()), resetSharedContexts(pagesBefore)]);
});
