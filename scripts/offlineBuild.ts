// After `astro build`: writes offline-manifest.json (what "save everything" fetches) and bundles the
// service worker to sw.js with the build's version and the offline pages it keeps from the start.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { MANIFEST_FILE, offlineManifest, type BuiltFile } from '../src/lib/site/offlinePolicy.ts';
import { LOCALES, localePath, normaliseBase } from '../src/lib/site/paths.ts';
import { ROUTES } from '../src/lib/site/routes.ts';

const OUTPUTS = new Set(['sw.js', MANIFEST_FILE]);

/** The styles and scripts a built page links to, as site-relative addresses. */
function linkedAssets(html: string): string[] {
  return [...html.matchAll(/<(?:link[^>]+rel="stylesheet"[^>]*href|script[^>]+src)="([^"]+)"/g)].map((m) => m[1]);
}

export async function writeOffline(distUrl: URL, base: string): Promise<void> {
  const dist = fileURLToPath(distUrl);
  const root = normaliseBase(base);
  const hash = createHash('sha256');
  const files: BuiltFile[] = [];
  for (const path of (readdirSync(dist, { recursive: true }) as string[]).map((p) => p.split('\\').join('/')).sort()) {
    const full = join(dist, path);
    const info = statSync(full);
    if (OUTPUTS.has(path) || !info.isFile()) continue;
    hash.update(path).update(readFileSync(full));
    files.push({ path, bytes: info.size });
  }
  const manifest = offlineManifest(files, root, hash.digest('hex').slice(0, 12));
  writeFileSync(join(dist, MANIFEST_FILE), JSON.stringify(manifest));

  const offlinePages = LOCALES.map((locale) => localePath(ROUTES.offline, locale, root));
  const precache = new Set([...offlinePages, `${root}${MANIFEST_FILE}`]);
  for (const page of offlinePages) {
    for (const asset of linkedAssets(readFileSync(join(dist, page.slice(root.length), 'index.html'), 'utf8')))
      precache.add(asset);
  }
  await build({
    entryPoints: [fileURLToPath(new URL('../src/serviceWorker/sw.ts', import.meta.url))],
    outfile: join(dist, 'sw.js'),
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2022',
    define: { VERSION: JSON.stringify(manifest.version), PRECACHE: JSON.stringify([...precache]) },
    logLevel: 'warning',
  });
}
