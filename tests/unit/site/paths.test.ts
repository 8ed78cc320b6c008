import { describe, expect, it } from 'vitest';
import { localePath, normaliseBase, otherLocale } from '../../../src/lib/site/paths.ts';

describe('localePath', () => {
  it('puts Chinese at the root and English under /en/', () => {
    expect(localePath('/', 'zh')).toBe('/');
    expect(localePath('/', 'en')).toBe('/en/');
    expect(localePath('/milestones/a-1/', 'zh')).toBe('/milestones/a-1/');
    expect(localePath('/milestones/a-1/', 'en')).toBe('/en/milestones/a-1/');
  });
  it('respects a base path however it is written', () => {
    for (const base of ['/reform-history/', '/reform-history', 'reform-history', '//reform-history//']) {
      expect(localePath('/eras/x/', 'en', base)).toBe('/reform-history/en/eras/x/');
    }
    expect(localePath('/', 'zh', '/reform-history/')).toBe('/reform-history/');
  });
  it('keeps a query string', () => {
    expect(localePath('/timeline/?d=dongcheng', 'en')).toBe('/en/timeline/?d=dongcheng');
  });
});

describe('normaliseBase and otherLocale', () => {
  it('normalise', () => {
    expect(normaliseBase('')).toBe('/');
    expect(normaliseBase('/')).toBe('/');
    expect(otherLocale('zh')).toBe('en');
    expect(otherLocale('en')).toBe('zh');
  });
});
