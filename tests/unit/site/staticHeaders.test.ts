import { describe, expect, it } from 'vitest';
import { staticHeaders } from '../../../src/lib/site/staticHeaders.ts';

const paths = (text: string) => text.split('\n').filter((line) => line.startsWith('/'));

describe('staticHeaders', () => {
  it('covers every page, the hashed assets and the embeds at the root', () => {
    const text = staticHeaders('/');
    expect(paths(text)).toEqual(['/*', '/_astro/*', '/sw.js', '/offline-manifest.json', '/embed/*', '/en/embed/*']);
    expect(text).toContain("frame-ancestors 'self'");
    expect(text).toMatch(/\/embed\/\*\n {2}! Content-Security-Policy\n {2}Content-Security-Policy: frame-ancestors \*/);
  });

  it('puts the base path in front of every path, however the base is written', () => {
    for (const base of ['/reform-history/', '/reform-history', 'reform-history/']) {
      expect(paths(staticHeaders(base))).toEqual([
        '/reform-history/*',
        '/reform-history/_astro/*',
        '/reform-history/sw.js',
        '/reform-history/offline-manifest.json',
        '/reform-history/embed/*',
        '/reform-history/en/embed/*',
      ]);
    }
    expect(paths(staticHeaders('/a/b/'))[0]).toBe('/a/b/*');
  });
});
