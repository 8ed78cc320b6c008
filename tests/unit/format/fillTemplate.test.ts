import { describe, expect, it } from 'vitest';
import { fill } from '../../../src/lib/format/fillTemplate.ts';

describe('fill', () => {
  it('fills placeholders, numbers too', () => {
    expect(fill('共 {n} 条结果', { n: 3 })).toBe('共 3 条结果');
    expect(fill('{done} of {n}', { done: 0, n: 12 })).toBe('0 of 12');
  });

  it('keeps a placeholder without a value, and never reads a value as a template', () => {
    expect(fill('{a} {b}', { a: 'x' })).toBe('x {b}');
    expect(fill('“{q}”', { q: '{n}', n: 5 })).toBe('“{n}”');
  });
});
