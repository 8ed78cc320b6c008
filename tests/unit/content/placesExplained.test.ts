// Every place on the map has a story: a reader who clicks it must find out why it is there.
//
// The rule: a place (content/places/*.yaml) is explained when
//   (a) a milestone lists it in `places:` (the map and the place's panel then show that milestone), or
//   (b) the era and overview narratives name it in both languages: its Chinese name in at least one
//       zh narrative AND its English name in at least one en narrative, so that neither reader is left
//       without the story.
// A name counts in its full form or in a short form: parentheses are dropped (广外南里社区（东花市街道）,
// "Huitian area (回天地区), Changping District"), and so are a leading 原 / 北京 / Former / Beijing's and a
// trailing generic word (街道, 社区, 小区, 地区; Sub-district, Community, residential compound, area,
// (Haidian part)). A short form must keep at least two Chinese characters or four Latin letters.
// English is compared without regard to case, curly quotes or hyphens.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../../src/lib/content/build/contentFiles.ts';

const { dataset } = readContent('content');

interface Place { id: string; name: { zh: string; en: string } }
const places = dataset.places.map((p) => p.data as Place);

function narratives(locale: 'zh' | 'en'): string {
  return ['eras', 'overviews']
    .flatMap((dir) => readdirSync(`content/${dir}/${locale}`).filter((f) => f.endsWith('.mdx')).map((f) => readFileSync(`content/${dir}/${locale}/${f}`, 'utf8')))
    .join('\n');
}

const normaliseEn = (s: string) => s.toLowerCase().replace(/[“”‘’"`]/g, '').replace(/[-‑–—]/g, ' ').replace(/\s+/g, ' ');

export function zhForms(name: string): string[] {
  const full = name.replace(/[（(][^）)]*[）)]/g, '').trim();
  const bare = full.replace(/^(原|北京)/, '');
  const short = bare.replace(/(街道|社区|小区|地区)$/, '');
  return [...new Set([full, bare, short])].filter((f) => f.length >= 2);
}

export function enForms(name: string): string[] {
  const full = normaliseEn(name.replace(/\([^)]*\)/g, ' ').replace(/,.*$/, '')).trim();
  const bare = full.replace(/^(former |beijing's )/, '');
  const short = bare.replace(/ (sub district|community|residential compound|area)$/, '');
  return [...new Set([full, bare, short])].filter((f) => f.replace(/[^a-z]/g, '').length >= 4);
}

describe('places', () => {
  it('derive their short names as documented', () => {
    expect(zhForms('广外南里社区（东花市街道）')).toEqual(['广外南里社区', '广外南里']);
    expect(zhForms('北京传统中轴线')).toEqual(['北京传统中轴线', '传统中轴线']);
    expect(enForms('Huitian area (回天地区), Changping District')).toEqual(['huitian area', 'huitian']);
    expect(enForms('Former Chongwen District (崇文区)')).toEqual(['former chongwen district', 'chongwen district']);
  });

  it('are each explained by a milestone or by the narratives in both languages', () => {
    const inMilestones = new Set(dataset.milestones.flatMap((m) => (m.data as { places?: string[] }).places ?? []));
    const zh = narratives('zh');
    const en = normaliseEn(narratives('en'));
    const unexplained = places
      .filter((p) => !inMilestones.has(p.id))
      .map((p) => {
        const missing = [
          zhForms(p.name.zh).some((f) => zh.includes(f)) ? '' : `zh (${zhForms(p.name.zh).join(' / ')})`,
          enForms(p.name.en).some((f) => en.includes(f)) ? '' : `en (${enForms(p.name.en).join(' / ')})`,
        ].filter(Boolean);
        return missing.length ? `${p.id}: no milestone lists it, and no narrative names it in ${missing.join(' or ')}` : '';
      })
      .filter(Boolean);
    expect(unexplained).toEqual([]);
  });
});
