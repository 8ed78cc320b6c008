// Build time only: turns the content into search documents for one locale, with the fields the index
// searches (normalised titles, names and summaries; pinyin in full, spaced and as initials for the
// Chinese site; the other language's title). pinyin-pro runs here and never ships to the browser.
import { pinyin } from 'pinyin-pro';
import type { Locale } from '../../site/paths.ts';
import { normalizeText } from '../searchNormalize.ts';
import type { Dataset } from '../../content/contentValidation.ts';
import { yearSpan } from '../../format/dates.ts';

type L = { zh: string; en: string };

/** What the corpus is built from: plain records, as src/data/content.ts or readContent() give them. */
export interface CorpusInput {
  milestones: readonly {
    id: string;
    date: string;
    district: string;
    era: string;
    themes: readonly string[];
    places?: readonly string[];
    title: L;
    summary: L;
  }[];
  districts: readonly { id: string; name: L; short: L; merged: readonly { name: L }[] }[];
  /** Eras in both locales: the locale's title and summary are used. */
  eras: readonly {
    id: string;
    locale: Locale;
    district: string;
    start: number;
    end: number | null;
    themes: readonly string[];
    title: string;
    summary: string;
  }[];
  themes: readonly { id: string; name: L; description: L }[];
  places: readonly { id: string; district: string; name: L }[];
  /** District overviews, optional: their summary describes a district in the results. */
  overviews?: readonly { district: string; locale: Locale; summary: string }[];
}

/** The kinds of result, in the order results are listed: milestones first. */
export const KINDS = ['m', 'e', 'd', 't', 'p'] as const;
export type DocKind = (typeof KINDS)[number];

/** One result as it ships to the browser (short keys: the payload is downloaded). */
export interface SearchDoc {
  /** m milestone, e era, d district, t theme, p place */
  k: DocKind;
  id: string;
  /** Title in the locale. */
  t: string;
  /** A short snippet of the summary, if any. */
  s?: string;
  /** Milestone date, "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
  dt?: string;
  /** Years the record covers, for the year filter: [first, last]. */
  y?: [number, number];
  /** District id. */
  d?: string;
  /** Era id. */
  e?: string;
  /** Theme ids. */
  th?: string[];
}

/** The searched fields of a document, all normalised. Only the index holds them. */
export interface SearchFields {
  title: string;
  names: string[];
  summary: string;
  /** Pinyin of title and names: full without spaces, with spaces, and initials (Chinese site). */
  py: string[];
  pys: string[];
  pyi: string[];
  /** The title in the other language. */
  alt: string;
}

export interface IndexedDoc extends SearchDoc {
  f: SearchFields;
}

const SNIPPET = { zh: 90, en: 200 } as const;

/** The summary cut to a snippet at a word (en) or character (zh) boundary. */
export function snippet(text: string, locale: Locale): string {
  const clean = text.replace(/\s+/g, locale === 'zh' ? '' : ' ').trim();
  const max = SNIPPET[locale];
  const chars = Array.from(clean);
  if (chars.length <= max) return clean;
  let cut = chars.slice(0, max).join('');
  if (locale === 'en') cut = cut.replace(/\s+\S*$/, '');
  return `${cut.replace(/[\s,.;:，。；：、]+$/u, '')}…`;
}

const pinyinSyllables = (text: string) =>
  pinyin(text, { toneType: 'none', type: 'array', nonZh: 'removed', v: false })
    .map((s) => normalizeText(s))
    .filter(Boolean);
const pinyinInitials = (text: string) =>
  pinyin(text, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'removed' })
    .map((s) => normalizeText(s))
    .filter(Boolean);

function fields(locale: Locale, title: string, names: string[], summary: string, alt: string): SearchFields {
  const phrases = [title, ...names];
  const syllables = locale === 'zh' ? phrases.map(pinyinSyllables).filter((s) => s.length > 0) : [];
  const unique = (list: string[]) => [...new Set(list.filter(Boolean))];
  return {
    title: normalizeText(title),
    names: unique(names.map((n) => normalizeText(n))),
    summary: normalizeText(summary),
    py: unique(syllables.map((s) => s.join(''))),
    pys: unique(syllables.filter((s) => s.length > 1).map((s) => s.join(' '))),
    pyi: locale === 'zh' ? unique(phrases.map((p) => pinyinInitials(p).join('')).filter((s) => s.length > 1)) : [],
    alt: normalizeText(alt),
  };
}

/** "崇文区" → "崇文", "Chongwen District" → "Chongwen": the name as people say it. */
function bareName(name: string): string {
  return name
    .replace(/(区|市)$/u, '')
    .replace(/^former\s+/i, '')
    .replace(/\s+(district|municipality)$/i, '')
    .replace(/\s*\([^)]*\)\s*$/, '');
}

/** The search documents of one locale, milestones first, then eras, districts, themes, places. */
export function buildCorpus(input: CorpusInput, locale: Locale): IndexedDoc[] {
  const other: Locale = locale === 'zh' ? 'en' : 'zh';
  const placeName = new Map(input.places.map((p) => [p.id, p.name]));
  const docs: IndexedDoc[] = [];
  const year = (date: string) => Number(date.slice(0, 4));
  const lastYear = Math.max(...input.milestones.map((m) => year(m.date)), ...input.eras.map((e) => e.end ?? e.start));

  for (const m of input.milestones) {
    const places = (m.places ?? []).map((id) => placeName.get(id)).filter((n): n is L => n !== undefined);
    docs.push({
      k: 'm',
      id: m.id,
      t: m.title[locale],
      s: snippet(m.summary[locale], locale),
      dt: m.date,
      y: yearSpan(m.date),
      d: m.district,
      e: m.era,
      th: [...m.themes],
      f: fields(
        locale,
        m.title[locale],
        places.flatMap((n) => [n[locale], bareName(n[locale])]),
        m.summary[locale],
        m.title[other],
      ),
    });
  }
  const eras = input.eras.filter((e) => e.locale === locale);
  const otherTitle = new Map(input.eras.filter((e) => e.locale === other).map((e) => [e.id, e.title]));
  for (const e of eras) {
    docs.push({
      k: 'e',
      id: e.id,
      t: e.title,
      s: snippet(e.summary, locale),
      y: [e.start, e.end ?? lastYear],
      d: e.district,
      e: e.id,
      th: [...e.themes],
      f: fields(locale, e.title, [], e.summary, otherTitle.get(e.id) ?? ''),
    });
  }
  for (const d of input.districts) {
    const overview = input.overviews?.find((o) => o.district === d.id && o.locale === locale);
    const merged = d.merged.flatMap((m) => [m.name[locale], bareName(m.name[locale])]);
    docs.push({
      k: 'd',
      id: d.id,
      t: d.name[locale],
      s: overview ? snippet(overview.summary, locale) : undefined,
      d: d.id,
      f: fields(
        locale,
        d.name[locale],
        [d.short[locale], ...merged],
        '',
        [d.name[other], d.short[other], ...d.merged.map((m) => m.name[other])].join(' '),
      ),
    });
  }
  for (const t of input.themes) {
    docs.push({
      k: 't',
      id: t.id,
      t: t.name[locale],
      s: snippet(t.description[locale], locale),
      th: [t.id],
      f: fields(locale, t.name[locale], [], t.description[locale], t.name[other]),
    });
  }
  for (const p of input.places) {
    docs.push({
      k: 'p',
      id: p.id,
      t: p.name[locale],
      d: p.district,
      f: fields(locale, p.name[locale], [bareName(p.name[locale])], '', p.name[other]),
    });
  }
  return docs;
}

/** Every district's names in both languages, normalised, longest first: they narrow a query. */
export function districtNames(input: CorpusInput): { id: string; names: string[] }[] {
  return input.districts.map((d) => {
    const all = [d.name.zh, d.short.zh, d.name.en, d.short.en]
      .flatMap((n) => [n, bareName(n)])
      .map((n) => normalizeText(n))
      .filter(Boolean);
    return { id: d.id, names: [...new Set(all)].sort((a, b) => b.length - a.length) };
  });
}

/** All the text of a corpus, for the traditional-character table. */
export function corpusText(docs: readonly IndexedDoc[]): string {
  return docs.map((d) => [d.f.title, d.f.summary, d.f.alt, ...d.f.names].join(' ')).join(' ');
}

/** The corpus input from a dataset read by readContent() (tests, benchmark): no Astro needed. */
export function corpusInputFromDataset(dataset: Dataset): CorpusInput {
  const data = <T>(entries: readonly { data: T }[]) => entries.map((e) => e.data);
  const split = (key: string) => ({
    locale: key.slice(0, key.indexOf('/')) as Locale,
    id: key.slice(key.indexOf('/') + 1),
  });
  return {
    milestones: data(dataset.milestones),
    districts: data(dataset.districts),
    eras: dataset.eras.map((e) => ({ ...split(e.key), ...e.data })),
    themes: data(dataset.themes),
    places: data(dataset.places),
    overviews: dataset.overviews.map((o) => ({
      locale: split(o.key).locale,
      district: o.data.district,
      summary: o.data.summary,
    })),
  };
}
