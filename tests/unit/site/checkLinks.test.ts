import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLinks } from '../../../scripts/checkLinks.ts';

const root = mkdtempSync(join(tmpdir(), 'links-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
function site(files: Record<string, string>) {
  const dir = mkdtempSync(join(root, 'site-'));
  for (const [path, html] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), html);
  }
  return dir;
}

describe('checkLinks', () => {
  it('accepts pages, files and anchors that exist, and skips external links', () => {
    const dir = site({
      'index.html':
        '<a href="/a/">a</a><a href="/a/#x">x</a><a href="#top">top</a><p id="top"></p><a href="https://example.org/">e</a><img src="/img.svg">',
      'a/index.html': '<h2 id="x">x</h2><a href="../">up</a>',
      'img.svg': '<svg/>',
    });
    expect(checkLinks(dir)).toEqual({ pages: 2, links: 5, broken: [] });
  });
  it('reports missing pages, missing anchors and links outside the base path', () => {
    const dir = site({
      'index.html': '<a href="/base/missing/">m</a><a href="/base/#nope">n</a><a href="/other/">o</a>',
    });
    expect(checkLinks(dir, '/base/').broken).toEqual([
      { page: '/base/', href: '/base/missing/', reason: 'no such page or file' },
      { page: '/base/', href: '/base/#nope', reason: 'no element with id "nope"' },
      { page: '/base/', href: '/other/', reason: 'outside the base path /base/' },
    ]);
  });
  it('reports a malformed percent sequence instead of stopping', () => {
    const dir = site({ 'index.html': '<a href="/a%E4%B8/">p</a><a href="/#%">f</a><p id="x"></p>' });
    expect(checkLinks(dir).broken).toEqual([
      { page: '/', href: '/a%E4%B8/', reason: 'malformed percent-encoding' },
      { page: '/', href: '/#%', reason: 'malformed percent-encoding in the fragment' },
    ]);
  });
});
