import { cpSync, mkdtempSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

// A copy of the content folder, so that touching a file here cannot disturb other tests.
const root = mkdtempSync(join(tmpdir(), 'content-once-'));
cpSync('content', root, { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));

// Astro runs the collections' loader and the search-index route in separate module graphs of one
// process: each import below after vi.resetModules() is such a fresh module instance.
const fresh = async () => {
  vi.resetModules();
  return import('../../../src/lib/content/build/contentOnce.ts');
};

describe('readContentOnce', () => {
  it('reads and checks the folder once for the loader and the search-index route together', async () => {
    const loader = await fresh();
    const first = loader.readContentOnce(root);
    expect(first.issues).toEqual([]);
    expect(loader.readContentOnce(root)).toBe(first);

    const route = await fresh();
    const { loadCorpusInput } = await import('../../../src/lib/search/build/searchIndexFile.ts');
    expect(route.readContentOnce(root)).toBe(first);
    expect(loadCorpusInput(root).milestones.length).toBe(first.dataset.milestones.length);
    expect(route.contentReads(root)).toBe(1);
  }, 60_000);

  it('reads again when a file has changed (astro dev)', async () => {
    const { readContentOnce, contentReads } = await fresh();
    const before = contentReads(root);
    readContentOnce(root);
    utimesSync(join(root, 'districts.yaml'), new Date(), new Date(Date.now() + 5_000));
    readContentOnce(root);
    expect(contentReads(root)).toBe(before + 1);
  }, 60_000);
});
