import { describe, expect, it } from 'vitest';
import { inlineText, mdxSections } from '../../../src/lib/search/build/mdxSections.ts';

describe('mdxSections', () => {
  it('cuts a narrative into its intro and "##" sections, as plain text', () => {
    const { intro, sections } = mdxSections(
      [
        '---',
        'title: x',
        '---',
        '',
        'Before the **first** heading.',
        '',
        '## Dongcheng’s role',
        '',
        '- **Political centre**: a [red wall](https://example.org) awareness (红墙意识).',
        '- `code` and *emphasis* and _more_',
        '',
        '### A smaller heading',
        'More text.',
        '## 网格化城市管理：东城的招牌',
        'Text \\* with an escaped star.',
      ].join('\n'),
    );
    expect(intro).toBe('Before the first heading.');
    expect(sections.map((s) => [s.heading, s.slug])).toEqual([
      ['Dongcheng’s role', 'dongchengs-role'],
      ['网格化城市管理：东城的招牌', '网格化城市管理东城的招牌'],
    ]);
    expect(sections[0].text).toBe(
      'Political centre: a red wall awareness (红墙意识).\ncode and emphasis and more\nA smaller heading\nMore text.',
    );
    expect(sections[1].text).toBe('Text * with an escaped star.');
  });

  it('slugs repeated headings as Astro does, counting every level, and skips code blocks', () => {
    const { sections } = mdxSections(
      ['## Results', '### Results', '## Results', '```', '## Not a heading', '```', '## What came of it?'].join('\n'),
    );
    expect(sections.map((s) => s.slug)).toEqual(['results', 'results-2', 'what-came-of-it']);
    expect(sections[1].text).toBe('## Not a heading');
  });

  it('reads an empty or heading-less file', () => {
    expect(mdxSections('')).toEqual({ intro: '', sections: [] });
    expect(mdxSections('\uFEFF---\na: 1\n---\nJust text.')).toEqual({ intro: 'Just text.', sections: [] });
  });

  it('reduces inline Markdown to its text', () => {
    expect(inlineText('**a** __b__ *c* _d_ `e` [f](g) ![h](i) <span>j</span> snake_case_word 2*3*4')).toBe(
      'a b c d e f h j snake_case_word 2*3*4',
    );
  });
});
