import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalAddress, fragmentId } from '../../../src/lib/site/fragment.ts';
import { hashArbitrary } from '../../fixtures/urlArbitraries.ts';

describe('fragments', () => {
  it('decodes a fragment, and gives null for an empty or broken one', () => {
    expect(fragmentId('#place-%E4%B8%AD')).toBe('place-中');
    expect(fragmentId('place-x')).toBe('place-x');
    for (const bad of ['', '#', '#%', '#place-%E4%B8', '#%zz']) expect(fragmentId(bad), bad).toBeNull();
  });

  it('keeps a fragment only when it names something on the page', () => {
    const ids = new Set(['main', 'place-中']);
    const exists = (id: string) => ids.has(id);
    expect(canonicalAddress('/map/', '', '#place-%E4%B8%AD', exists)).toBe('/map/#place-%E4%B8%AD');
    expect(canonicalAddress('/map/', '?d=x', '#main', exists)).toBe('/map/?d=x#main');
    for (const bad of ['#%', '#place-%E4%B8', '#nowhere', '#'])
      expect(canonicalAddress('/map/', '', bad, exists), bad).toBe('/map/');
  });

  it('never throws, and is stable once written back, for any fragment', () => {
    const exists = (id: string) => id === 'main' || id === 'place-中';
    fc.assert(
      fc.property(hashArbitrary, (hash) => {
        const address = canonicalAddress('/p/', '', hash, exists);
        const kept = address.slice('/p/'.length);
        expect(canonicalAddress('/p/', '', kept, exists)).toBe(address);
      }),
    );
  });
});
