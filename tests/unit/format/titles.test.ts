import { describe, expect, it } from 'vitest';
import { bookTitle, documentTitle } from '../../../src/lib/format/titles.ts';

describe('documentTitle', () => {
  const title = { zh: '东城区社会建设回顾与展望', en: 'Dongcheng District: Review and Outlook' };
  it('puts a Chinese title between book-title marks', () => {
    expect(documentTitle(title, 'zh')).toBe('《东城区社会建设回顾与展望》');
    expect(bookTitle('总体规划')).toBe('《总体规划》');
  });
  it('writes an English title as it is', () => {
    expect(documentTitle(title, 'en')).toBe('Dongcheng District: Review and Outlook');
  });
});
