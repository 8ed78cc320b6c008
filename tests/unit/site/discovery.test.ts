import { describe, expect, it } from 'vitest';
import { robotsTxt, webManifest } from '../../../src/lib/site/discovery.ts';
import { icoFromPng, iconPng } from '../../../src/lib/site/build/icons.ts';

describe('robots.txt', () => {
  it('names the sitemap only when there is one', () => {
    expect(robotsTxt('https://example.org/sitemap-index.xml')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap-index.xml\n',
    );
    expect(robotsTxt(null)).toBe('User-agent: *\nAllow: /\n');
  });
});

describe('web app manifest', () => {
  it('starts at the base path and lists 192 and 512 px icons', () => {
    const m = webManifest('/reform-history/', { name: 'N', shortName: 'S', description: 'D' });
    expect(m.start_url).toBe('/reform-history/');
    expect(m.scope).toBe('/reform-history/');
    expect(m.icons.map((i) => i.sizes)).toEqual(['192x192', '512x512', 'any']);
    expect(m.icons[0].src).toBe('/reform-history/icon-192.png');
  });
});

describe('icons', () => {
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="#7a4a12"/></svg>';
  it('draws PNGs at the asked size and wraps one in an .ico', () => {
    const png = iconPng(svg, 192);
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([192, 192]);
    const small = iconPng(svg, 32);
    const ico = icoFromPng(small, 32);
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, 1]);
    expect([ico[6], ico[7]]).toEqual([32, 32]);
    expect(ico.readUInt32LE(14)).toBe(small.length);
    expect(ico.readUInt32LE(18)).toBe(22);
    expect(ico.subarray(22).equals(small)).toBe(true);
  });
});
