// Build time only: turns the content into the search documents of one locale. Every result leads to
// the exact place on the site (a page, or an anchor in it). Each document carries its title in the
// locale, its names and title in the other language, and the pinyin of its Chinese title and names,
// so that both scripts, pinyin and initials find it on both sites. pinyin-pro runs here only.
import { pinyin } from 'pinyin-pro';
import type { z } from 'astro/zod';
import type * as schema from '../../content/schemas.ts';
import type { Locale } from '../../site/paths.ts';
import { formatNumber } from '../../format/formatNumber.ts';
import { useTranslations } from '../../../i18n/index.ts';
import { normalizeText } from '../searchNormalize.ts';
import { searchYearSpan } from '../searchYears.ts';
import type { SearchDoc, SearchText } from '../searchDocs.ts';
import type { MdxNarrative } from './mdxSections.ts';

type L = { zh: string; en: string };
type Out<S extends z.ZodType> = z.output<S>;

/** What the corpus is built from: the validated records, and the narratives cut into sections. */
export interface CorpusInput {
  milestones: readonly Out<typeof schema.milestone>[];
  districts: readonly Out<typeof schema.district>[];
  themes: readonly Out<typeof schema.theme>[];
  places: readonly Out<typeof schema.place>[];
  indicators: readonly Out<typeof schema.indicator>[];
  plans: readonly Out<typeof schema.plan>[];
  glossary: readonly Out<typeof schema.glossaryTerm>[];
  eras: readonly { id: string; locale: Locale; data: Out<typeof schema.era>; text: MdxNarrative }[];
  overviews: readonly { locale: Locale; data: Out<typeof schema.overview>; text: MdxNarrative }[];
}

/** Pinyin syllables of the Chinese in `text`, separated by spaces ("" when it has none). */
export function pinyinPhrase(text: string): string {
  return pinyin(text, { toneType: 'none', type: 'array', nonZh: 'removed', v: false })
    .map((s) => normalizeText(s))
    .filter(Boolean)
    .join(' ');
}

/** "崇文区" → "崇文", "Chongwen District" → "Chongwen": the name as people say it. */
export function bareName(name: string): string {
  return name
    .replace(/,.*$/, '')
    .replace(/\s*(\([^)]*\)|（[^）]*）)\s*$/u, '')
    .replace(/^former\s+/i, '')
    .replace(/(区|市)$/u, '')
    .replace(/\s+(district|municipality)$/i, '');
}

const unique = (list: readonly (string | undefined)[]) => [...new Set(list.filter((s): s is string => !!s?.trim()))];
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const joinText = (...parts: (string | undefined)[]) => parts.filter((p) => p?.trim()).join('\n');

/** The searched text of a document; empty parts left out, so that the payload stays small. */
function text(locale: Locale, names: { zh: string[]; en: string[] }, body?: string, own: string[] = []): SearchText {
  const other: Locale = locale === 'zh' ? 'en' : 'zh';
  const x: SearchText = {};
  const n = unique(own);
  const a = unique(names[other]);
  const p = unique(names.zh.map(pinyinPhrase));
  if (n.length) x.n = n;
  if (a.length) x.a = a;
  if (p.length) x.p = p;
  if (body?.trim()) x.b = body.trim();
  return x;
}

/** The search documents of one locale, in a fixed order whatever the order of the input. */
export function buildCorpus(input: CorpusInput, locale: Locale): SearchDoc[] {
  const t = useTranslations(locale);
  const both = (l: L, ...more: L[]) => ({ zh: [l.zh, ...more.map((m) => m.zh)], en: [l.en, ...more.map((m) => m.en)] });
  const span = searchYearSpan([
    ...input.milestones.map((m) => Number(m.date.slice(0, 4))),
    ...input.eras.flatMap((e) => [e.data.start, e.data.end ?? e.data.start]),
    ...input.indicators.map((i) => i.year),
    ...input.plans.flatMap((p) => p.period),
  ]);
  const docs: SearchDoc[] = [];

  const placeName = new Map(input.places.map((p) => [p.id, p.name]));
  for (const m of [...input.milestones].sort((a, b) => byText(a.date, b.date) || byText(a.id, b.id))) {
    const places = m.places.map((id) => placeName.get(id)).filter((n): n is L => n !== undefined);
    docs.push({
      k: 'm',
      id: m.id,
      t: m.title[locale],
      dt: m.date,
      d: m.district,
      e: m.era,
      th: [...m.themes],
      x: text(
        locale,
        both(m.title, ...places.map((n) => ({ zh: bareName(n.zh), en: bareName(n.en) }))),
        m.summary[locale],
        places.flatMap((n) => [n[locale], bareName(n[locale])]),
      ),
    });
  }

  // A term's other form and authored pinyin (x.a[0], x.n[0]) are shown with it, its note as the snippet.
  for (const g of [...input.glossary].sort((a, b) => byText(a.zh, b.zh))) {
    docs.push({
      k: 'g',
      id: g.zh,
      t: locale === 'zh' ? g.zh : g.en,
      x: text(locale, { zh: [g.zh], en: [g.en] }, g.note, [g.pinyin ?? '']),
    });
  }

  const eraTitles = new Map<string, Partial<Record<Locale, string>>>();
  for (const e of input.eras) eraTitles.set(e.id, { ...eraTitles.get(e.id), [e.locale]: e.data.title });
  for (const e of [...input.eras].filter((e) => e.locale === locale).sort((a, b) => byText(a.id, b.id))) {
    const common = {
      id: e.id,
      y: [e.data.start, e.data.end ?? span[1]] as [number, number],
      d: e.data.district,
      e: e.id,
      th: [...e.data.themes],
    };
    docs.push({
      k: 'e',
      ...common,
      t: e.data.title,
      x: text(
        locale,
        { zh: [eraTitles.get(e.id)?.zh ?? ''], en: [eraTitles.get(e.id)?.en ?? ''] },
        joinText(e.data.summary, e.text.intro),
      ),
    });
    for (const s of e.text.sections) {
      docs.push({
        k: 'e',
        ...common,
        h: s.slug,
        t: s.heading,
        c: e.data.title,
        x: text(locale, { zh: locale === 'zh' ? [s.heading] : [], en: [] }, s.text),
      });
    }
  }

  const overviews = new Map(input.overviews.filter((o) => o.locale === locale).map((o) => [o.data.district, o]));
  for (const d of [...input.districts].sort((a, b) => a.order - b.order || byText(a.id, b.id))) {
    const merged = d.merged.map((m) => m.name);
    const overview = overviews.get(d.id);
    docs.push({
      k: 'd',
      id: d.id,
      t: d.name[locale],
      d: d.id,
      x: text(
        locale,
        both(d.name, d.short, ...merged, ...merged.map((n) => ({ zh: bareName(n.zh), en: bareName(n.en) }))),
        joinText(overview?.data.summary, overview?.text.intro),
        [d.short[locale], ...merged.flatMap((n) => [n[locale], bareName(n[locale])])],
      ),
    });
    for (const s of overview?.text.sections ?? []) {
      docs.push({
        k: 'd',
        id: d.id,
        h: s.slug,
        t: s.heading,
        c: overview!.data.title,
        d: d.id,
        x: text(locale, { zh: locale === 'zh' ? [s.heading] : [], en: [] }, s.text),
      });
    }
  }

  const groups = [
    ['principles', t('plan.principles')],
    ['taskAreas', t('plan.taskAreas')],
    ['problems', t('plan.problems')],
    ['safeguards', t('plan.safeguards')],
  ] as const;
  for (const plan of [...input.plans].sort((a, b) => byText(a.id, b.id))) {
    const common = { k: 'l' as const, id: plan.id, y: [...plan.period] as [number, number], d: plan.district };
    const title = plan.title[locale];
    docs.push({ ...common, t: title, x: text(locale, both(plan.title), plan.summary[locale]) });
    const unit = (u: string | null) => (u ? ` ${t(`unit.${u}` as Parameters<typeof t>[0])}` : '');
    for (const target of plan.targets) {
      const value = (n: number | null) => (n === null ? null : `${formatNumber(n, locale)}${unit(target.unit)}`);
      const line = [
        value(target.baseline) && `${t('plan.baseline')} ${value(target.baseline)}`,
        value(target.target) && `${t('plan.target')} ${value(target.target)}`,
        target.targetText?.[locale],
      ]
        .filter(Boolean)
        .join(' · ');
      docs.push({
        ...common,
        h: `target-${target.id}`,
        t: target.indicator[locale],
        c: `${title} · ${t('plan.targets')}`,
        s: line,
        x: text(locale, both(target.indicator), joinText(target.targetText?.[locale], target.note?.[locale])),
      });
    }
    for (const [key, label] of groups) {
      for (const item of plan[key]) {
        docs.push({
          ...common,
          h: `${key}-${item.id}`,
          t: item.title[locale],
          c: `${title} · ${label}`,
          x: text(locale, both(item.title), item.summary[locale]),
        });
      }
    }
  }

  const indicators = [...input.indicators].sort(
    (a, b) => byText(a.district, b.district) || byText(a.metric, b.metric) || a.year - b.year || byText(a.id, b.id),
  );
  for (const i of indicators) {
    docs.push({
      k: 'f',
      id: i.id,
      t: i.label[locale],
      s: `${formatNumber(i.value, locale)} ${t(`unit.${i.unit}`)}`,
      dt: String(i.year),
      d: i.district,
      x: text(locale, both(i.label)),
    });
  }

  for (const p of [...input.places].sort((a, b) => byText(a.id, b.id))) {
    docs.push({
      k: 'p',
      id: p.id,
      t: p.name[locale],
      d: p.district,
      x: text(locale, both(p.name, { zh: bareName(p.name.zh), en: bareName(p.name.en) }), undefined, [
        bareName(p.name[locale]),
      ]),
    });
  }

  for (const th of [...input.themes].sort((a, b) => byText(a.id, b.id))) {
    docs.push({ k: 't', id: th.id, t: th.name[locale], th: [th.id], x: text(locale, both(th.name), th.description[locale]) });
  }
  return docs;
}

/** Every district's names in both languages, normalised, longest first: they narrow a query. */
export function districtNames(input: CorpusInput): { id: string; names: string[] }[] {
  return [...input.districts]
    .sort((a, b) => a.order - b.order || byText(a.id, b.id))
    .map((d) => {
      const all = [d.name.zh, d.short.zh, d.name.en, d.short.en]
        .flatMap((n) => [n, bareName(n)])
        .map((n) => normalizeText(n))
        .filter(Boolean);
      return { id: d.id, names: [...new Set(all)].sort((a, b) => b.length - a.length || byText(a, b)) };
    });
}

/** All the text of a corpus, for the traditional-character table. */
export function corpusText(docs: readonly SearchDoc[]): string {
  return docs.map((d) => [d.t, d.x.b, ...(d.x.a ?? []), ...(d.x.n ?? [])].join(' ')).join(' ');
}
