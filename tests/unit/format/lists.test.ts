import { describe, expect, it } from 'vitest';
import { joinList, listSeparator } from '../../../src/lib/format/lists.ts';

describe('joinList', () => {
  it('joins with the enumeration comma in Chinese and a comma in English', () => {
    expect(joinList(['东城', '西城', '海淀'], 'zh')).toBe('东城、西城、海淀');
    expect(joinList(['Dongcheng', 'Xicheng'], 'en')).toBe('Dongcheng, Xicheng');
    expect(listSeparator('zh')).toBe('、');
  });
  it('leaves one item alone and an empty list empty', () => {
    expect(joinList(['东城'], 'zh')).toBe('东城');
    expect(joinList([], 'en')).toBe('');
  });
});
