import { cpSync, mkdtempSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

// Each test reads its own copy of the content folder: touching a file cannot disturb other tests, and
// the process-wide memo of one copy is that test's alone, whatever order the tests run in.
const copies: string[] = [];
const contentCopy = () => {
  const root = mkdtempSync(join(tmpdir(), 'content-once-'));
  cpSync('content', root, { recursive: true });
  copies.push(root);
  return root;
};
afterAll(() => copies.forEach((root) => rmSync(root, { recursive: true, force: true })));

// Astro runs the collections' loader and the search-index route in separate module graphs of one
// process: each import below after vi.resetModules() is such a fresh module instance.
const fresh = async () => {
  vi.resetModules();
  return import('../../../src/lib/content/build/contentOnce.ts');
};

describe('readContentOnce', () => {
  it('reads and checks the folder once for the loader and the search-index route together', async () => {
    const root = contentCopy();
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
    const root = contentCopy();
    const { readContentOnce, contentReads } = await fresh();
    readContentOnce(root);
    const before = contentReads(root);
    readContentOnce(root);
    expect(contentReads(root)).toBe(before);
    utimesSync(join(root, 'districts.yaml'), new Date(), new Date(Date.now() + 5_000));
    readContentOnce(root);
    expect(contentReads(root)).toBe(before + 1);
  }, 60_000);
});
