import { describe, expect, it } from 'vitest';
import {
  cacheName,
  carryOver,
  offlineManifest,
  offlinePage,
  pageKey,
  strategyFor,
} from '../../../src/lib/site/offlinePolicy.ts';

const scope = new URL('https://example.org/reform-history/');
const at = (path: string) => new URL(path, scope);

describe('strategyFor', () => {
  it('answers pages from the network first, hashed assets from the cache first, other files stale-while-revalidate', () => {
    expect(strategyFor(at('/reform-history/'), scope, true)).toBe('network-first');
    expect(strategyFor(at('/reform-history/en/timeline/?d=xicheng'), scope, true)).toBe('network-first');
    expect(strategyFor(at('/reform-history/milestones/x/'), scope, false)).toBe('network-first');
    expect(strategyFor(at('/reform-history/_astro/global.abc.css'), scope, false)).toBe('cache-first');
    expect(strategyFor(at('/reform-history/search-index/zh.json'), scope, false)).toBe('stale-while-revalidate');
    expect(strategyFor(at('/reform-history/data/map-shapes.json'), scope, false)).toBe('stale-while-revalidate');
  });

  it('leaves alone other origins, paths outside the site and the worker itself', () => {
    expect(strategyFor(new URL('https://tile.openstreetmap.org/10/1/1.png'), scope, false)).toBeNull();
    expect(strategyFor(at('/other-site/'), scope, true)).toBeNull();
    expect(strategyFor(at('/reform-history/sw.js'), scope, false)).toBeNull();
    expect(strategyFor(at('/reform-history/offline-manifest.json'), scope, false)).toBe('network-first');
  });
});

describe('offlinePage and pageKey', () => {
  it('picks the offline page in the language of the page asked for', () => {
    expect(offlinePage(at('/reform-history/milestones/x/'), scope)).toBe('/reform-history/offline/');
    expect(offlinePage(at('/reform-history/en/milestones/x/'), scope)).toBe('/reform-history/en/offline/');
    expect(offlinePage(at('/reform-history/en/'), scope)).toBe('/reform-history/en/offline/');
    expect(offlinePage(at('/reform-history/english/'), scope)).toBe('/reform-history/offline/');
  });

  it('keeps a page under its address without the query or the fragment', () => {
    expect(pageKey(at('/reform-history/timeline/?d=xicheng#m'))).toBe('https://example.org/reform-history/timeline/');
  });

  it('names caches by version', () => {
    expect(cacheName('abc')).toBe('reform-history-abc');
  });
});

describe('offlineManifest', () => {
  const files = [
    { path: 'index.html', bytes: 10 },
    { path: 'en/index.html', bytes: 11 },
    { path: 'milestones/a/index.html', bytes: 20 },
    { path: 'en/milestones/a/index.html', bytes: 21 },
    { path: '404.html', bytes: 5 },
    { path: 'en/404/index.html', bytes: 5 },
    { path: 'embed/milestone/a/index.html', bytes: 7 },
    { path: 'en/embed/timeline/index.html', bytes: 7 },
    { path: '_astro/app.123.js', bytes: 100 },
    { path: 'search-index/zh.json', bytes: 50 },
    { path: 'search-index/en.json', bytes: 40 },
    { path: 'data/map-shapes.json', bytes: 30 },
    { path: 'data/milestones.csv', bytes: 999 },
    { path: 'favicon.svg', bytes: 1 },
  ];

  it('lists the pages of each language, without the 404 page or embeds, and the files they load', () => {
    const m = offlineManifest(files, '/reform-history/', 'v1');
    expect(m.version).toBe('v1');
    expect(m.pages.zh).toEqual(['/reform-history/', '/reform-history/milestones/a/']);
    expect(m.pages.en).toEqual(['/reform-history/en/', '/reform-history/en/milestones/a/']);
    expect(m.assets.zh).toEqual([
      '/reform-history/_astro/app.123.js',
      '/reform-history/data/map-shapes.json',
      '/reform-history/favicon.svg',
      '/reform-history/search-index/zh.json',
    ]);
    expect(m.assets.en).toContain('/reform-history/search-index/en.json');
    expect(m.assets.en).not.toContain('/reform-history/search-index/zh.json');
    // Downloads are not part of reading.
    expect([...m.assets.zh, ...m.assets.en].some((u) => u.endsWith('.csv'))).toBe(false);
    expect(m.bytes).toEqual({ zh: 10 + 20 + 100 + 50 + 30 + 1, en: 11 + 21 + 100 + 40 + 30 + 1 });
  });

  it('works at the root too', () => {
    expect(offlineManifest(files, '/', 'v').pages.zh[0]).toBe('/');
  });
});

describe('carryOver', () => {
  /** A Cache API stand-in over Maps, keyed by URL. */
  function storage(initial: Record<string, Record<string, string>>) {
    const caches = new Map(Object.entries(initial).map(([name, entries]) => [name, new Map(Object.entries(entries))]));
    const open = async (name: string) => {
      if (!caches.has(name)) caches.set(name, new Map());
      const entries = caches.get(name)!;
      return {
        keys: async () => [...entries.keys()].map((u) => new Request(u)),
        match: async (r: Request) => (entries.has(r.url) ? new Response(entries.get(r.url)) : undefined),
        put: async (r: Request, response: Response) => void entries.set(r.url, await response.text()),
      };
    };
    return {
      caches,
      api: { keys: async () => [...caches.keys()], open, delete: async (name: string) => caches.delete(name) },
    };
  }

  it('moves what the reader kept into the new cache, keeps newer entries, and drops the old caches', async () => {
    const { caches, api } = storage({
      'reform-history-old': { 'https://x.org/a/': 'old a', 'https://x.org/_astro/1.css': 'css 1' },
      'reform-history-new': { 'https://x.org/a/': 'new a' },
      'someone-else': { 'https://x.org/z': 'z' },
    });
    expect(await carryOver(api, 'reform-history-new')).toBe(1);
    expect([...caches.keys()].sort()).toEqual(['reform-history-new', 'someone-else']);
    expect(Object.fromEntries(caches.get('reform-history-new')!)).toEqual({
      'https://x.org/a/': 'new a',
      'https://x.org/_astro/1.css': 'css 1',
    });
  });

  it('does nothing on a first install', async () => {
    const { caches, api } = storage({});
    expect(await carryOver(api, 'reform-history-v1')).toBe(0);
    expect([...caches.keys()]).toEqual(['reform-history-v1']);
  });
});
