import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fitLabel, textWidth } from '../../../src/lib/timeline/labelFit.ts';

const m = { fontSize: 12 };

describe('textWidth', () => {
  it('counts a Chinese character as one em and Latin letters as about half', () => {
    expect(textWidth('社会建设', m)).toBe(48);
    expect(textWidth('abcd', m)).toBeCloseTo(4 * 0.56 * 12);
    expect(textWidth('il.', m)).toBeLessThan(textWidth('abc', m));
    expect(textWidth('MW', m)).toBeGreaterThan(textWidth('ab', m));
    // A character outside the basic plane counts once, not as two halves.
    expect(textWidth('𠀀', m)).toBe(12);
    expect(textWidth('abc', { ...m, latinScale: 2 })).toBeCloseTo(2 * textWidth('abc', m));
    // Quotes and dashes are full width in Chinese text, narrow in English; an ellipsis is an em.
    expect(textWidth('“网格”', m)).toBe(48);
    expect(textWidth('“grid”', m)).toBeLessThan(48);
    expect(textWidth('…', m)).toBe(12);
  });
});

describe('fitLabel', () => {
  it('keeps text that fits', () => {
    expect(fitLabel('网格化管理', 60, m)).toBe('网格化管理');
    expect(fitLabel('Grid', 100, m)).toBe('Grid');
  });

  it('cuts Chinese anywhere, with an ellipsis, never after punctuation', () => {
    expect(fitLabel('恢复建制：重搭基层社会', 66, m)).toBe('恢复建制…');
    expect(fitLabel('恢复建制与基层重建', 48, m)).toBe('恢复建…');
  });

  it('ends a Latin cut at a word when that keeps most of the room', () => {
    const cut = fitLabel('Dongcheng pioneers grid-based city management', 150, m);
    expect(cut).toBe('Dongcheng pioneers…');
    // A single long word is cut inside it rather than dropped.
    expect(fitLabel('Internationalisation', 60, m)).toMatch(/^Inter\w*…$/);
  });

  it('shows nothing when too little would remain', () => {
    expect(fitLabel('社会建设', 20, m)).toBe('');
    expect(fitLabel('社会建设', 24, { ...m, minChars: 1 })).toBe('社…');
    expect(fitLabel('anything', 0, m)).toBe('');
  });

  it('never exceeds the room, and the result is a start of the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.integer({ min: 0, max: 400 }), (text, room) => {
        const out = fitLabel(text, room, m);
        if (out === '') return;
        expect(textWidth(out, m)).toBeLessThanOrEqual(room + 1e-9);
        const body = out.endsWith('…') && out !== text ? out.slice(0, -1) : out;
        expect(text.startsWith(body)).toBe(true);
      }),
    );
  });
});
