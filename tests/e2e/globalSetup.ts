// Serves the built site (dist/, or DIST_DIR) for the browser tests, under BASE_PATH when one is set,
// and starts the run's one Chromium: each test file connects to it (browser.ts, `launch`).
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { launchChromiumServer } from '../../scripts/chromium.ts';
import { originOf, startStaticServer } from '../../scripts/staticServer.ts';

export default async function setup(project: TestProject) {
  const root = process.env.DIST_DIR ?? 'dist';
  if (!existsSync(root)) throw new Error(`${root}/ is missing: run \`astro build\` first (npm run test:e2e does)`);
  const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
  // Any free port unless E2E_PORT names one: two test runs at once must not collide.
  const server = await startStaticServer({ root, base, port: Number(process.env.E2E_PORT ?? 0) });
  // No host resolves but this machine's: a request that leaves the site fails at once, never reaches
  // the network, and the page's watcher (browser.ts) reports it. One renderer process per site and
  // context, not one per page: a new page costs about a fifth less CPU here (docs/benchmarks.md).
  const chromium = await launchChromiumServer([
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    '--process-per-site',
  ]);
  project.provide('origin', originOf(server));
  project.provide('base', base);
  project.provide('browserEndpoint', chromium.wsEndpoint());
  return async () => {
    await chromium.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    origin: string;
    base: string;
    browserEndpoint: string;
  }
}
