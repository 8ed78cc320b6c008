import { describe, expect, it } from 'vitest';
import { SiteConfigError, siteConfig } from '../../../src/lib/site/siteConfig.ts';

describe('siteConfig', () => {
  it('has no origin and the root base when nothing is set', () => {
    expect(siteConfig({})).toEqual({ site: undefined, base: '/' });
    expect(siteConfig({ SITE_URL: '', BASE_PATH: '' })).toEqual({ site: undefined, base: '/' });
  });

  it('takes an http(s) origin and a slash-delimited base path', () => {
    expect(siteConfig({ SITE_URL: 'https://reform-history.example.org', BASE_PATH: '/reform-history/' })).toEqual({
      site: 'https://reform-history.example.org',
      base: '/reform-history/',
    });
    expect(siteConfig({ SITE_URL: 'http://127.0.0.1:8080/' }).site).toBe('http://127.0.0.1:8080');
    expect(siteConfig({ BASE_PATH: '/a/b/' }).base).toBe('/a/b/');
  });

  it('rejects anything else with one line that shows an example', () => {
    const bad = [
      [{ SITE_URL: 'reform-history.example.org' }, 'SITE_URL must be an absolute http(s) URL'],
      [{ SITE_URL: 'ftp://example.org' }, 'SITE_URL must be an absolute http(s) URL'],
      [{ SITE_URL: 'https://example.org/?x=1' }, 'SITE_URL must be an origin only'],
      [{ SITE_URL: 'https://example.org/reform-history' }, 'put the path in BASE_PATH=/reform-history/'],
      [{ BASE_PATH: 'reform-history' }, 'BASE_PATH must start and end with "/"'],
      [{ BASE_PATH: '/reform-history' }, 'BASE_PATH must start and end with "/"'],
      [{ BASE_PATH: '/a b/' }, 'BASE_PATH must start and end with "/"'],
    ] as const;
    for (const [env, message] of bad) {
      let error: unknown;
      try {
        siteConfig(env);
      } catch (e) {
        error = e;
      }
      expect(error, JSON.stringify(env)).toBeInstanceOf(SiteConfigError);
      const text = (error as Error).message;
      expect(text).toContain(message);
      expect(text).toMatch(/for example (SITE_URL=https:\/\/|BASE_PATH=\/reform-history\/)/);
      expect(text).not.toContain('\n');
    }
  });
});
