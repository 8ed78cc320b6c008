// The glossary (content/glossary/*.yaml) is the single source of English renderings: wherever a
// record's Chinese text uses a glossary term, the record's English text uses the glossary's rendering.
//
// How it is checked, record by record (a YAML record, or an era or overview as its zh/en pair of MDX files):
// - the record's Chinese is every `zh` string in it (every `zh` of a {zh, en} pair, however deep), and its
//   English is the matching `en` strings; for an MDX pair, the whole zh file and the whole en file;
// - titles in 《》 are left out of the Chinese: document titles are carried in Chinese and translated freely;
// - terms are found longest first, and a found term hides the shorter terms inside it (社区议事厅 asks for
//   "community council hall", not also for the rendering of 社区);
// - the rendering asked for is the glossary `en` without its parenthesised gloss, quotation marks and a
//   leading "the" (so “Five Stresses, Four Beauties, Three Loves” campaign is asked for as
//   five stresses, four beauties, three loves campaign); case, quotes, apostrophes and hyphens are ignored,
//   and each word may take a plural ending (-s, -es, y → -ies);
// - a plan period's rendering may be replaced by the years its gloss gives (十三五: "13th Five-Year Plan
//   period" or "2016–2020").
// - a few common words that merely contain a term's characters are skipped (NOT_TERMS: 人民政府 holds 民政).
// A record whose English is right to differ goes into ALLOWED below, with the term and the reason.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../../src/lib/content/build/contentFiles.ts';

const { dataset } = readContent('content');

/** `${record} ${term}` → why the English may differ there. Keep it short. */
const ALLOWED: Record<string, string> = {
  // e.g. 'milestones/some-id 社区': 'quotes a place name whose English keeps the pinyin',
  // Empty today: every record follows the glossary. An entry that is no longer needed fails the test.
};

/** Words that contain a glossary term's characters without being that term. */
const NOT_TERMS = ['人民政府'];

interface Texts { record: string; zh: string; en: string }

function pairs(value: unknown, zh: string[], en: string[]): void {
  if (Array.isArray(value)) { for (const v of value) pairs(v, zh, en); return; }
  if (!value || typeof value !== 'object') return;
  const o = value as Record<string, unknown>;
  if (typeof o.zh === 'string' && typeof o.en === 'string') { zh.push(o.zh); en.push(o.en); }
  for (const [k, v] of Object.entries(o)) if (k !== 'zh' && k !== 'en') pairs(v, zh, en);
}

function records(): Texts[] {
  const out: Texts[] = [];
  for (const collection of ['districts', 'themes', 'sources', 'milestones', 'places', 'indicators', 'plans'] as const) {
    for (const entry of dataset[collection] as { key: string; data: unknown }[]) {
      const zh: string[] = [], en: string[] = [];
      pairs(entry.data, zh, en);
      out.push({ record: `${collection}/${entry.key}`, zh: zh.join('\n'), en: en.join('\n') });
    }
  }
  for (const collection of ['eras', 'overviews'] as const) {
    const ids = new Set(dataset[collection].map((e) => e.key.slice(e.key.indexOf('/') + 1)));
    for (const id of ids) {
      const read = (locale: string) => readFileSync(`content/${collection}/${locale}/${id}.mdx`, 'utf8');
      out.push({ record: `${collection}/${id}`, zh: read('zh'), en: read('en') });
    }
  }
  return out;
}

const normalise = (s: string) =>
  s.toLowerCase().replace(/[“”‘’"'`*_]/g, '').replace(/(?<=[a-z0-9])[-‑–—](?=[a-z0-9])/g, ' ').replace(/\s+/g, ' ');

/** The rendering a text must contain: the glossary `en` without its gloss in parentheses. */
export const renderingOf = (en: string) => normalise(en.replace(/\([^)]*\)/g, ' ')).replace(/^the /, '').replace(/[ ,;:]+$/, '').trim();

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const word = (w: string) =>
  /[a-z]y$/.test(w) && w.length > 3 ? `${escape(w.slice(0, -1))}(?:y|ies)` : /(?:s|x|sh|ch)$/.test(w) ? `${escape(w)}(?:es)?` : /[a-z]$/.test(w) ? `${escape(w)}s?` : escape(w);

/** Matches the rendering in normalised English, allowing plural endings and, for plan periods, the years. */
export function renderingPattern(en: string): RegExp {
  const alternatives = [renderingOf(en).split(' ').map(word).join(' ')];
  const years = /\b(\d{4})[–-](\d{4})\b/.exec(en);
  if (years) alternatives.push(`${years[1]} ${years[2]}`);
  return new RegExp(`(?<![a-z])(?:${alternatives.join('|')})(?![a-z])`);
}

/** The glossary terms a Chinese text uses, longest first, each occurrence hiding the shorter terms inside it. */
export function termsIn(zh: string, terms: string[]): string[] {
  let text = zh.replace(/《[^》]*》/g, '□');
  for (const word of NOT_TERMS) text = text.split(word).join('□');
  const found: string[] = [];
  for (const term of [...terms].sort((a, b) => b.length - a.length)) {
    if (!text.includes(term)) continue;
    found.push(term);
    text = text.split(term).join('□');
  }
  return found;
}

const glossary = dataset.glossary.map((g) => g.data);

describe('glossary renderings', () => {
  it('finds terms longest first and matches renderings loosely but not too loosely', () => {
    expect(termsIn('各社区设立社区议事厅', ['社区', '社区议事厅', '议事厅'])).toEqual(['社区议事厅', '社区']);
    expect(termsIn('《东城区社区建设“十五”规划》', ['社区建设'])).toEqual([]);
    expect(termsIn('北京市东城区人民政府', ['民政'])).toEqual([]);
    expect(renderingOf('“Five Stresses, Four Beauties, Three Loves” campaign')).toBe('five stresses, four beauties, three loves campaign');
    expect(renderingPattern('community').test(normalise('All 182 communities'))).toBe(true);
    expect(renderingPattern('social organisation').test(normalise('hub social organisations'))).toBe(true);
    expect(renderingPattern('13th Five-Year Plan period (2016–2020)').test(normalise('the 2016–2020 plan'))).toBe(true);
    expect(renderingPattern('relocate, rectify and upgrade').test(normalise('relocate, clean up, upgrade'))).toBe(false);
    expect(renderingPattern('sub-districts and townships blow the whistle').test(normalise('sub-districts blow the whistle'))).toBe(false);
  });

  it('every English text uses the glossary rendering of each glossary term its Chinese uses', () => {
    const terms = glossary.map((g) => g.zh);
    const enOf = new Map(glossary.map((g) => [g.zh, g.en]));
    const used = new Set<string>();
    const differing: string[] = [];
    for (const { record, zh, en } of records()) {
      const english = normalise(en);
      for (const term of termsIn(zh, terms)) {
        const key = `${record} ${term}`;
        if (renderingPattern(enOf.get(term)!).test(english)) continue;
        if (key in ALLOWED) { used.add(key); continue; }
        differing.push(`${key}: English lacks “${renderingOf(enOf.get(term)!)}”`);
      }
    }
    expect(differing).toEqual([]);
    expect(Object.keys(ALLOWED).filter((k) => !used.has(k)), 'allow-list entries no longer needed').toEqual([]);
  });
});
