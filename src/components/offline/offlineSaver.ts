// <offline-saver>: saves every page of one language, with the files they load, into the service
// worker's cache, a few at a time, and shows how far it got. Already saved files are skipped, so a
// second click resumes where a lost connection stopped.
import { cacheName, isOfflineManifest, type OfflineManifest } from '../../lib/site/offlinePolicy.ts';
import type { Locale } from '../../lib/site/paths.ts';
import { fill } from '../../lib/format/fillTemplate.ts';

export interface OfflineSaverStrings {
  save: string;
  saving: string;
  saved: string;
  failed: string;
  unsupported: string;
}

/** Requests at once: enough to go quickly, few enough not to crowd out the reader's own. */
const PARALLEL = 6;

class OfflineSaver extends HTMLElement {
  private strings!: OfflineSaverStrings;
  private abort?: AbortController;
  private button!: HTMLButtonElement;
  private status!: HTMLElement;
  private progress!: HTMLProgressElement;
  private locale: Locale = 'zh';

  connectedCallback() {
    this.abort = new AbortController();
    this.strings = JSON.parse(this.dataset.strings ?? '{}') as OfflineSaverStrings;
    this.locale = this.dataset.locale === 'en' ? 'en' : 'zh';
    this.button = this.querySelector('[data-save]')!;
    this.status = this.querySelector('[data-status]')!;
    this.progress = this.querySelector('[data-progress]')!;
    this.querySelector('[data-nojs]')?.setAttribute('hidden', '');
    // Served in place of a page that was never saved.
    const missing = this.querySelector<HTMLElement>('[data-missing]')!;
    missing.hidden = location.pathname === this.dataset.page;
    if (!('caches' in window) || !('serviceWorker' in navigator)) {
      this.status.textContent = this.strings.unsupported;
      return;
    }
    // Storage can be refused (a private window, a full disk): then saving is not possible here.
    this.prepare().catch(() => (this.status.textContent = this.strings.unsupported));
  }

  private async prepare() {
    const manifest = await this.manifest();
    if (!manifest) return;
    const urls = this.urls(manifest);
    const pages = manifest.pages[this.locale].length;
    this.button.textContent = fill(this.strings.save, { n: pages, mb: (manifest.bytes[this.locale] / 1e6).toFixed(1) });
    this.button.hidden = false;
    this.button.addEventListener(
      'click',
      () => {
        this.save(manifest, urls).catch(() => {
          this.report('failed', manifest, 0);
          this.button.disabled = false;
        });
      },
      { signal: this.abort?.signal },
    );
    const done = await this.savedCount(manifest, urls);
    if (done > 0) this.report('saved', manifest, done);
  }

  disconnectedCallback() {
    this.abort?.abort();
  }

  private async manifest(): Promise<OfflineManifest | null> {
    try {
      // Never an older manifest from the HTTP cache: its version names the cache the worker reads.
      const response = await fetch(this.dataset.manifest!, { cache: 'no-cache' });
      const manifest: unknown = response.ok ? await response.json() : null;
      return isOfflineManifest(manifest) ? manifest : null;
    } catch {
      return null;
    }
  }

  private urls(manifest: OfflineManifest): string[] {
    return [...manifest.pages[this.locale], ...manifest.assets[this.locale]].map(
      (u) => new URL(u, location.origin).href,
    );
  }

  /** How many of the language's pages are already saved. */
  private async savedCount(manifest: OfflineManifest, urls: string[]): Promise<number> {
    const cache = await caches.open(cacheName(manifest.version));
    const kept = new Set((await cache.keys()).map((r) => r.url));
    return urls.slice(0, manifest.pages[this.locale].length).filter((u) => kept.has(u)).length;
  }

  private report(state: 'saving' | 'saved' | 'failed', manifest: OfflineManifest, done: number) {
    this.status.textContent = fill(this.strings[state], { done, n: manifest.pages[this.locale].length });
  }

  private async save(manifest: OfflineManifest, urls: string[]) {
    this.button.disabled = true;
    const cache = await caches.open(cacheName(manifest.version));
    const kept = new Set((await cache.keys()).map((r) => r.url));
    const todo = urls.filter((u) => !kept.has(u));
    const pages = new Set(manifest.pages[this.locale].map((u) => new URL(u, location.origin).href));
    let done = urls.filter((u) => kept.has(u) && pages.has(u)).length;
    let failed = false;
    this.progress.hidden = false;
    this.progress.max = urls.length;
    this.progress.value = urls.length - todo.length;
    this.report('saving', manifest, done);
    const worker = async () => {
      for (let url = todo.shift(); url && !failed; url = todo.shift()) {
        try {
          await cache.add(url);
          this.progress.value++;
          // The status is a live region: it speaks every tenth page, the bar shows each.
          if (pages.has(url) && ++done % 10 === 0) this.report('saving', manifest, done);
        } catch {
          failed = true;
        }
      }
    };
    await Promise.all(Array.from({ length: PARALLEL }, worker));
    this.report(failed ? 'failed' : 'saved', manifest, done);
    this.progress.hidden = !failed;
    this.button.disabled = false;
  }
}

customElements.define('offline-saver', OfflineSaver);
