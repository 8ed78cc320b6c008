// Closes every browser context a test opened, whether it passed or failed, so that a failing test
// cannot leak pages into the next one. Contexts opened in beforeAll stay open for the whole file.
import { afterEach, beforeEach } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { openContexts } from './browser.ts';

let before = new Set<BrowserContext>();
beforeEach(() => {
  before = openContexts();
});
afterEach(async () => {
  await Promise.all([...openContexts()].filter((c) => !before.has(c)).map((c) => c.close()));
});
