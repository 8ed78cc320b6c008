// Offline reading: which requests the service worker answers and how, and which files make up the
// whole site in one language (for "save everything"). Pure: the service worker, the offline page and
// the build all use it.
import { localePath, normaliseBase, type Locale } from './paths.ts';
import { ROUTES } from './routes.ts';

/** Every cache of the site starts with this; the build's version follows. */
export const CACHE_PREFIX = 'reform-history-';

export const cacheName = (version: string) => `${CACHE_PREFIX}${version}`;

/**
 * How a request is answered:
 * - hashed assets (`_astro/`), which never change under one name: from the cache first;
 * - everything else (pages, the manifest of what can be saved, and the files pages load: search index,
 *   map shapes, icon): from the network, the copy kept answering only offline. So data never comes from
 *   an older build than the page asking for it, even just after an update, when the cache still holds
 *   the previous build's files.
 * Requests to other origins (map tiles the reader switched on) and outside the site are left alone.
 */
export type Strategy = 'network-first' | 'cache-first';

export function strategyFor(url: URL, scope: URL, navigate: boolean): Strategy | null {
  if (url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return null;
  const path = url.pathname.slice(scope.pathname.length);
  if (path === 'sw.js') return null;
  return !navigate && path.startsWith('_astro/') ? 'cache-first' : 'network-first';
}

/** The page that answers, offline, for a page never saved: the offline page in the page's language. */
export function offlinePage(url: URL, scope: URL): string {
  const path = url.pathname.startsWith(scope.pathname) ? url.pathname.slice(scope.pathname.length) : '';
  return localePath(ROUTES.offline, localeOfPath(path), scope.pathname);
}

/** Pages are kept under their address without the query: /timeline/?d=x is the page /timeline/. */
export function pageKey(url: URL): string {
  return `${url.origin}${url.pathname}`;
}

export const MANIFEST_FILE = 'offline-manifest.json';

export interface OfflineManifest {
  /** Changes with any file of the build; names the cache. */
  version: string;
  /** Site-relative addresses (with the base path) of every page, by language. */
  pages: Record<Locale, string[]>;
  /** Files the pages of a language load: scripts, styles, the search index, map shapes. */
  assets: Record<Locale, string[]>;
  /** What saving a language downloads, in bytes. */
  bytes: Record<Locale, number>;
}

/** True for a manifest of the shape above (what the network returns may be anything: a portal's page, a proxy's error). */
export function isOfflineManifest(value: unknown): value is OfflineManifest {
  if (!value || typeof value !== 'object') return false;
  const { version, pages, assets, bytes } = value as Record<string, unknown>;
  const perLocale = (v: unknown, ok: (x: unknown) => boolean) =>
    !!v && typeof v === 'object' && ok((v as Record<string, unknown>).zh) && ok((v as Record<string, unknown>).en);
  const strings = (x: unknown) => Array.isArray(x) && x.every((s) => typeof s === 'string');
  return (
    typeof version === 'string' &&
    perLocale(pages, strings) &&
    perLocale(assets, strings) &&
    perLocale(bytes, (x) => typeof x === 'number')
  );
}

export interface BuiltFile {
  /** Relative to the build folder, with "/" separators: "en/timeline/index.html". */
  path: string;
  bytes: number;
}

const localeOfPath = (path: string): Locale => (path === 'en' || path.startsWith('en/') ? 'en' : 'zh');

/** Files no reader needs offline: the 404 page, embeds (made for other sites), downloads. */
function isPage(path: string): boolean {
  return path.endsWith('index.html') && !/^(en\/)?(embed|404)\//.test(path);
}

/** Shared files every page may load; the search index belongs to its language. */
function assetLocales(path: string): Locale[] {
  const index = /^search-index\/(zh|en)(?:-sections)?\.json$/.exec(path);
  if (index) return [index[1] as Locale];
  if (path.startsWith('_astro/') || path === 'data/map-shapes.json' || path === 'favicon.svg') return ['zh', 'en'];
  return [];
}

/** The manifest of a build: what "save everything" fetches for each language. */
export function offlineManifest(files: readonly BuiltFile[], base: string, version: string): OfflineManifest {
  const root = normaliseBase(base);
  const manifest: OfflineManifest = {
    version,
    pages: { zh: [], en: [] },
    assets: { zh: [], en: [] },
    bytes: { zh: 0, en: 0 },
  };
  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    if (isPage(file.path)) {
      const locale = localeOfPath(file.path);
      manifest.pages[locale].push(root + file.path.slice(0, -'index.html'.length));
      manifest.bytes[locale] += file.bytes;
      continue;
    }
    for (const locale of assetLocales(file.path)) {
      manifest.assets[locale].push(root + file.path);
      manifest.bytes[locale] += file.bytes;
    }
  }
  return manifest;
}

/** The parts of the Cache API that carryOver uses (so that it can be tested without a browser). */
export interface CacheLike {
  keys(): Promise<readonly Request[]>;
  match(request: Request): Promise<Response | undefined>;
  put(request: Request, response: Response): Promise<void>;
}
export interface CacheStorageLike {
  keys(): Promise<string[]>;
  open(name: string): Promise<CacheLike>;
  delete(name: string): Promise<boolean>;
}

/**
 * When a new build takes over, what the reader kept (opened or saved pages, and the files they load)
 * moves into the new build's cache instead of being thrown away: offline, an old page with its own old
 * files still reads; online, pages come fresh from the network. Entries the new cache has win. Other
 * sites' caches are left alone. Returns how many entries moved.
 */
export async function carryOver(storage: CacheStorageLike, current: string): Promise<number> {
  const target = await storage.open(current);
  let moved = 0;
  for (const name of (await storage.keys()).filter((k) => k.startsWith(CACHE_PREFIX) && k !== current)) {
    const source = await storage.open(name);
    for (const request of await source.keys()) {
      if (await target.match(request)) continue;
      const response = await source.match(request);
      if (response) {
        await target.put(request, response);
        moved++;
      }
    }
    await storage.delete(name);
  }
  return moved;
}
