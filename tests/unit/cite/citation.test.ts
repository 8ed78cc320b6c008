import { describe, expect, it } from 'vitest';
import { formatSourceRef, type SourceInfo } from '../../../src/lib/cite/citation.ts';
import { sectionAnchor } from '../../../src/lib/site/anchors.ts';

const sources = new Map<string, SourceInfo>([
  [
    'doc',
    {
      id: 'doc',
      title: { zh: '测试文档', en: 'Test document' },
      sections: [{ id: '2.1', title: { zh: '历程', en: 'Phases' } }],
    },
  ],
]);

describe('formatSourceRef', () => {
  it('names document and section in each language', () => {
    expect(formatSourceRef({ document: 'doc', section: '2.1' }, sources, 'zh')).toBe('《测试文档》第2.1节“历程”');
    expect(formatSourceRef({ document: 'doc', section: '2.1' }, sources, 'en')).toBe(
      '“Test document”, section 2.1, “Phases”',
    );
  });
  it('fails loudly on an unknown document', () => {
    expect(() => formatSourceRef({ document: 'nope', section: '1' }, sources, 'en')).toThrow(
      /unknown source document "nope"/,
    );
  });
});

describe('sectionAnchor', () => {
  it('is a valid, stable fragment id', () => {
    expect(sectionAnchor('dongcheng-review', '2.1.3')).toBe('dongcheng-review-s2-1-3');
  });
});
