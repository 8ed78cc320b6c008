// Debian's Chromium, driven by playwright-core: the one way tests, screenshots and benchmarks start a
// browser. Never downloads one.
import { chromium, type Browser, type BrowserServer } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const options = (extraArgs: string[] = []) => ({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [...CHROMIUM_ARGS, ...extraArgs],
});

export function launchChromium(): Promise<Browser> {
  return chromium.launch(options());
}

/** One Chromium that several processes connect to (the browser tests share one per run). */
export function launchChromiumServer(extraArgs: string[] = []): Promise<BrowserServer> {
  return chromium.launchServer(options(extraArgs));
}
