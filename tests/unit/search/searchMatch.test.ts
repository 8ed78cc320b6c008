import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { approximateFind, editDistance, spelledOut, typoAllowance } from '../../../src/lib/search/searchMatch.ts';
import { GramIndex } from '../../../src/lib/search/searchCandidates.ts';

/** Fewest edits turning `pattern` into some substring of `text` (Sellers), by dynamic programming. */
function bestSubstringEdits(text: string, pattern: string): number {
  let prev = Array.from({ length: text.length + 1 }, () => 0);
  for (let i = 1; i <= pattern.length; i++) {
    const row = [i];
    for (let j = 1; j <= text.length; j++)
      row.push(Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (pattern[i - 1] === text[j - 1] ? 0 : 1)));
    prev = row;
  }
  return Math.min(...prev);
}

/** Optimal string alignment distance, unbounded. */
function osa(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.length][b.length];
}

const letters = (max: number) =>
  fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'n', 'g', '网', '格'), maxLength: max });

describe('approximateFind', () => {
  it('finds a pattern with at most k edits exactly when one exists', () => {
    fc.assert(
      fc.property(
        letters(30).filter((t) => t.length > 0),
        letters(8).filter((p) => p.length > 0),
        fc.integer({ min: 0, max: 3 }),
        (text, pattern, k) => {
          const found = approximateFind(text, pattern, k);
          const best = bestSubstringEdits(text, pattern);
          if (best <= k) expect(found?.errors).toBe(best);
          else expect(found).toBeNull();
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('refuses patterns it cannot hold', () => {
    expect(approximateFind('abc', '', 1)).toBeNull();
    expect(approximateFind('a'.repeat(40), 'a'.repeat(32), 0)).toBeNull();
  });
});

describe('editDistance', () => {
  it('counts a swap of neighbouring letters as one edit and stops past its limit', () => {
    expect(editDistance('gird', 'grid', 2)).toBe(1);
    expect(editDistance('managment', 'management', 2)).toBe(1);
    fc.assert(
      fc.property(letters(9), letters(9), fc.integer({ min: 0, max: 3 }), (a, b, limit) => {
        expect(editDistance(a, b, limit)).toBe(Math.min(osa(a, b), limit + 1));
      }),
      { numRuns: 3000 },
    );
  });

  it('forgives more in longer words', () => {
    expect([3, 4, 6, 7, 12].map(typoAllowance)).toEqual([0, 1, 1, 2, 2]);
  });
});

describe('GramIndex', () => {
  it('never rules out a value that holds the word with the edits allowed', () => {
    fc.assert(
      fc.property(
        fc.array(letters(20), { minLength: 1, maxLength: 20 }),
        letters(8).filter((w) => w.length > 1),
        fc.integer({ min: 0, max: 2 }),
        (texts, word, errors) => {
          for (const kind of ['han', 'letters'] as const) {
            const index = new GramIndex(texts.map((text) => ({ text, grams: kind })));
            const candidates = index.candidates(word, kind, errors);
            texts.forEach((text, v) => {
              const holds = errors === 0 ? text.includes(word) : bestSubstringEdits(text, word) <= errors;
              // Chinese grams only see Chinese characters: a word with letters is never looked for that way.
              if (holds && (kind === 'letters' || /^[网格]+$/.test(word)))
                expect(candidates === null || candidates.includes(v)).toBe(true);
            });
          }
        },
      ),
      { numRuns: 1500 },
    );
  });
});

describe('spelledOut', () => {
  it('finds an abbreviation spelled out, at most one character between two of its characters', () => {
    const chars = (s: string) => Array.from(s);
    expect(spelledOut('海淀区委社会工委和区社会办成立', chars('社工委'))).toBe(true);
    expect(spelledOut('社会治安综合治理委员会', chars('综治委'))).toBe(true);
    expect(spelledOut('社会建设工作委员会', chars('社工委'))).toBe(false);
    expect(spelledOut('社 工委', chars('社工委'))).toBe(false);
    expect(spelledOut('委工社', chars('社工委'))).toBe(false);
  });
});
