// The service worker (bundled to sw.js by scripts/offlineBuild.ts): pages the reader opens are kept for
// reading offline, and a page never saved answers with the offline page. What it answers and how is
// decided in src/lib/site/offlinePolicy.ts.
/// <reference lib="webworker" />
import { cacheName, carryOver, offlinePage, pageKey, strategyFor } from '../lib/site/offlinePolicy.ts';

declare const self: ServiceWorkerGlobalScope;
/** Set by the build: the manifest's version, and the offline pages with what they load. */
declare const VERSION: string;
declare const PRECACHE: string[];

const CACHE = cacheName(VERSION);
const scope = new URL(self.registration.scope);

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  // What the reader kept under an older build stays readable offline (a local copy, no download).
  event.waitUntil(carryOver(caches, CACHE).then(() => self.clients.claim()));
});

async function networkFirst(request: Request, url: URL, navigate: boolean): Promise<Response> {
  const cache = await caches.open(CACHE);
  try {
    // Files a page loads are checked with the server even when the HTTP cache holds them (a navigation
    // cannot be rebuilt with other options; the pages' own headers decide).
    const response = await fetch(navigate ? request : new Request(request, { cache: 'no-cache' }));
    if (response.ok && response.type === 'basic') await cache.put(pageKey(url), response.clone());
    return response;
  } catch {
    const kept = await cache.match(pageKey(url));
    if (kept) return kept;
    return (navigate && (await cache.match(offlinePage(url, scope)))) || Response.error();
  }
}

async function cacheFirst(request: Request): Promise<Response> {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  const navigate = request.mode === 'navigate';
  const strategy = strategyFor(url, scope, navigate);
  if (strategy === 'network-first') event.respondWith(networkFirst(request, url, navigate));
  else if (strategy === 'cache-first') event.respondWith(cacheFirst(request));
});
