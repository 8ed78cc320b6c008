import { describe, expect, it } from 'vitest';
import { joinCjkLines } from '../../../src/lib/format/cjkText.ts';

describe('joinCjkLines', () => {
  it('drops spaces that folding put between Chinese characters', () => {
    expect(joinCjkLines('供各部门作为依据。 规划先盘点“十二五” 期间的成绩， 再提出原则')).toBe(
      '供各部门作为依据。规划先盘点“十二五”期间的成绩，再提出原则',
    );
  });
  it('keeps spaces next to Latin text and numbers', () => {
    expect(joinCjkLines('共 2925 名社区工作者 and more')).toBe('共 2925 名社区工作者 and more');
    expect(joinCjkLines('Dongcheng District plan')).toBe('Dongcheng District plan');
  });
});
