// The downloads are read back with an independent parser, citation-js (RIS, biblatex and CSL-JSON).
import { describe, expect, it } from 'vitest';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-bibtex';
import { CITATION_FILES, bibtexText, toBibtex, toCslJson, toRis } from '../../../src/lib/cite/citationFiles.ts';
import { milestoneCitation } from '../../../src/lib/cite/citationData.ts';

interface CslOut {
  type: string;
  title: string;
  author?: { literal?: string; family?: string }[];
  URL?: string;
  issued?: { 'date-parts': number[][] };
  language?: string;
  abstract?: string;
  note?: string;
  id?: string;
}
const parse = (text: string, type?: string): CslOut[] =>
  new Cite(text, type ? { forceType: type } : {}).data as CslOut[];

const zh = milestoneCitation({
  id: 'dongcheng-2005-grid-management',
  siteName: '北京社会建设改革史',
  title: '东城区首创网格化城市管理模式',
  summary: '以万米单元网格划分辖区；首创“城市管理监督中心”与“指挥中心”分设。',
  displayDate: '2005年',
  source: '《东城区社会建设回顾与展望》第2.3节',
  url: 'https://example.org/milestones/dongcheng-2005-grid-management/',
  locale: 'zh',
  updated: '2026-11-23',
});
const tricky = milestoneCitation({
  id: 'x-1',
  siteName: "Beijing's Social Reforms",
  title: 'Grids & {braces}, 100% of $5 #1 _under_ ^hat~ back\\slash',
  summary: 'Line one\nline two',
  displayDate: 'March 2005',
  source: '“Dongcheng”, section 2',
  url: 'https://example.org/en/milestones/x-1/',
  locale: 'en',
});

describe('RIS', () => {
  it('is a web page with title, group author, date, URL, language, abstract and note', () => {
    const ris = toRis(zh);
    expect(ris.startsWith('TY  - ELEC\r\n')).toBe(true);
    expect(ris.endsWith('ER  - \r\n')).toBe(true);
    const [item] = parse(ris, '@ris/file');
    expect(item.type).toBe('webpage');
    expect(item.title).toBe(zh.title);
    expect(item.author?.map((a) => a.literal ?? a.family)).toEqual([zh.siteName]);
    expect(item.URL).toBe(zh.url);
    expect(item.issued?.['date-parts']).toEqual([[2026, 11, 23]]);
    expect(item.language).toBe('zh-CN');
    expect(item.abstract).toBe(zh.abstract);
    expect(item.note).toBe(zh.note);
  });
  it('keeps every value on one line, and leaves out the date and a URL that is not absolute', () => {
    const ris = toRis({ ...tricky, url: '/en/milestones/x-1/' });
    const [item] = parse(ris, '@ris/file');
    expect(item.title).toBe(tricky.title);
    expect(item.abstract).toBe('Line one line two');
    expect(item.URL).toBeUndefined();
    expect(item.issued).toBeUndefined();
    expect(ris).not.toMatch(/^PY|^DA/m);
  });
});

describe('BibTeX', () => {
  it('is a biblatex @online entry that parses back to the same fields', () => {
    const bib = toBibtex(zh);
    expect(bib.startsWith('@online{dongcheng-2005-grid-management,\n')).toBe(true);
    const [item] = parse(bib);
    expect(item.type).toBe('webpage');
    expect(item.id).toBe('dongcheng-2005-grid-management');
    expect(item.title).toBe(zh.title);
    expect(item.author?.map((a) => a.literal ?? a.family)).toEqual([zh.siteName]);
    expect(item.URL).toBe(zh.url);
    expect(item.issued?.['date-parts']).toEqual([[2026, 11, 23]]);
    expect(item.note).toBe(zh.note);
  });
  it('escapes what TeX would read as commands, and reads back as the same text', () => {
    expect(bibtexText('a & b % c $ # _ { } ^ ~ \\')).toBe(
      'a \\& b \\% c \\$ \\# \\_ \\{ \\} \\textasciicircum{} \\textasciitilde{} \\textbackslash{}',
    );
    const [item] = parse(toBibtex(tricky));
    expect(item.title).toBe(tricky.title);
    expect(item.id).toBe('x-1-en');
  });
});

describe('CSL-JSON', () => {
  it('is a list with one webpage item that citation-js accepts as it is', () => {
    const json = CITATION_FILES['citation.json'].render(zh);
    const [item] = parse(json);
    expect(item).toMatchObject({ type: 'webpage', title: zh.title, URL: zh.url, language: 'zh-CN' });
    expect(toCslJson(tricky)[0].URL).toBe(tricky.url);
    expect(toCslJson({ ...tricky, url: '/x/' })[0].URL).toBeUndefined();
  });
});
