import { describe, expect, it } from 'vitest';
import { SITE, siteUrls, withOrigin } from '../../../src/lib/site/siteUrl.ts';

describe('siteUrls', () => {
  it('makes absolute URLs from a known origin, under the base path', () => {
    const urls = siteUrls('https://reform-history.example.org/', '/reform-history/');
    expect(urls.origin).toBe('https://reform-history.example.org');
    const path = urls.path('/milestones/x/', 'en');
    expect(path).toBe('/reform-history/en/milestones/x/');
    expect(urls.absolute(path)).toBe('https://reform-history.example.org/reform-history/en/milestones/x/');
    expect(urls.link(path)).toBe('https://reform-history.example.org/reform-history/en/milestones/x/');
  });

  it('without an origin, makes none: absolute URLs are null and links root-relative', () => {
    const urls = siteUrls(undefined, '/');
    expect(urls.origin).toBeNull();
    expect(urls.absolute('/eras/x/')).toBeNull();
    expect(urls.link('/eras/x/')).toBe('/eras/x/');
  });

  it('SITE is this build’s (no SITE_URL under the unit tests)', () => {
    expect(SITE.origin).toBeNull();
    expect(SITE.base).toBe('/');
  });
});

describe('withOrigin', () => {
  it('completes root-relative URLs only', () => {
    expect(withOrigin('/en/milestones/x/', 'http://127.0.0.1:5173')).toBe('http://127.0.0.1:5173/en/milestones/x/');
    expect(withOrigin('https://a.org/x/', 'http://127.0.0.1:5173')).toBe('https://a.org/x/');
    expect(withOrigin('//cdn.example/x', 'http://127.0.0.1:5173')).toBe('//cdn.example/x');
    expect(withOrigin('', 'http://127.0.0.1:5173')).toBe('');
  });
});
