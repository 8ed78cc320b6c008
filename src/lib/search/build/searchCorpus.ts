// Build time only: turns the content into the search documents of one locale. Every result leads to
// the exact place on the site (a page, or an anchor in it). Each document carries its title in the
// locale, its names and title in the other language, and the pinyin of its Chinese title and names,
// so that both scripts, pinyin and initials find it on both sites. pinyin-pro runs here only.
import { pinyin } from 'pinyin-pro';
import type { z } from 'astro/zod';
import type * as schema from '../../content/schemas.ts';
import type { Locale } from '../../site/paths.ts';
import { formatFigure } from '../../format/figures.ts';
import { isApproximate, yearSpan } from '../../format/dates.ts';
import { useTranslations } from '../../../i18n/index.ts';
import { normalizeText } from '../searchNormalize.ts';
import { searchYearSpan } from '../searchYears.ts';
import type { SearchDoc, SearchText } from '../searchDocs.ts';
import { hanPhrases, uniqueTexts } from '../searchIndex.ts';
import type { Qualifier } from '../../content/schemas.ts';
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

/** "崇文区" → "崇文", "Chongwen District" → "Chongwen": the name as people say it ("全市", "回天地区" stay whole). */
export function bareName(name: string): string {
  return name
    .replace(/,.*$/, '')
    .replace(/\s*(\([^)]*\)|（[^）]*）)\s*$/u, '')
    .replace(/^former\s+/i, '')
    .replace(/^(\p{Script=Han}{2})(区|市)$/u, '$1')
    .replace(/\s+(district|municipality)$/i, '');
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const joinText = (...parts: (string | undefined)[]) => parts.filter((p) => p?.trim()).join('\n');

/**
 * A document's title and searched text. `names` are other names of the record in both languages;
 * `extra` more names in any script (a glossary term's authored pinyin). The pinyin phrases are
 * those of hanPhrases() in searchIndex.ts, in order: the engine maps a pinyin match back to the
 * Chinese it spells.
 */
function named(locale: Locale, title: L, names: readonly L[] = [], body?: string, extra: readonly string[] = []) {
  const other: Locale = locale === 'zh' ? 'en' : 'zh';
  const t = title[locale];
  const x: SearchText = {};
  const n = uniqueTexts([...names.map((l) => l[locale]), ...extra]).filter((v) => v !== t);
  const a = uniqueTexts([title[other], ...names.map((l) => l[other])]);
  const p = hanPhrases(locale, t, n, a).map(pinyinPhrase);
  if (n.length) x.n = n;
  if (a.length) x.a = a;
  if (p.length) x.p = p;
  if (body?.trim()) x.b = body.trim();
  return { t, x };
}

/** A title in one language only (a narrative's section heading). */
const only = (locale: Locale, text: string): L => (locale === 'zh' ? { zh: text, en: '' } : { zh: '', en: text });

/** The search documents of one locale, in a fixed order whatever the order of the input. */
export function buildCorpus(input: CorpusInput, locale: Locale): SearchDoc[] {
  const t = useTranslations(locale);
  const span = searchYearSpan({ ...input, eras: input.eras.map((e) => e.data) });
  const bare = (l: L): L => ({ zh: bareName(l.zh), en: bareName(l.en) });
  const docs: SearchDoc[] = [];

  const placeName = new Map(input.places.map((p) => [p.id, p.name]));
  for (const m of [...input.milestones].sort((a, b) => byText(a.date, b.date) || byText(a.id, b.id))) {
    const places = m.places.map((id) => placeName.get(id)).filter((n): n is L => n !== undefined);
    docs.push({
      k: 'm',
      id: m.id,
      ...named(locale, m.title, [...places, ...places.map(bare)], m.summary[locale]),
      dt: m.date,
      // A span of years ("1989/1990") is kept by any year filter it overlaps.
      ...(isApproximate(m.date) ? { y: yearSpan(m.date) } : {}),
      d: m.district,
      e: m.era,
      th: [...m.themes],
    });
  }

  // A term's other form and authored pinyin (x.a[0], x.n) are shown with it, its note as the snippet.
  for (const g of [...input.glossary].sort((a, b) => byText(a.zh, b.zh))) {
    docs.push({ k: 'g', id: g.zh, ...named(locale, g, [], g.note, g.pinyin ? [g.pinyin] : []) });
  }

  const eraTitles = new Map<string, L>();
  for (const e of input.eras)
    eraTitles.set(e.id, { ...{ zh: '', en: '' }, ...eraTitles.get(e.id), [e.locale]: e.data.title });
  for (const e of [...input.eras].filter((e) => e.locale === locale).sort((a, b) => byText(a.id, b.id))) {
    const common = {
      k: 'e' as const,
      id: e.id,
      y: [e.data.start, e.data.end ?? span[1]] as [number, number],
      d: e.data.district,
      e: e.id,
      th: [...e.data.themes],
    };
    docs.push({ ...common, ...named(locale, eraTitles.get(e.id)!, [], joinText(e.data.summary, e.text.intro)) });
    for (const s of e.text.sections) {
      docs.push({ ...common, h: s.slug, ...named(locale, only(locale, s.heading), [], s.text), c: e.data.title });
    }
  }

  const overviews = new Map(input.overviews.filter((o) => o.locale === locale).map((o) => [o.data.district, o]));
  for (const d of [...input.districts].sort((a, b) => a.order - b.order || byText(a.id, b.id))) {
    const merged = d.merged.map((m) => m.name);
    const overview = overviews.get(d.id);
    docs.push({
      k: 'd',
      id: d.id,
      ...named(
        locale,
        d.name,
        [d.short, ...merged, ...merged.map(bare)],
        joinText(overview?.data.summary, overview?.text.intro),
      ),
      d: d.id,
    });
    for (const s of overview?.text.sections ?? []) {
      docs.push({
        k: 'd',
        id: d.id,
        h: s.slug,
        ...named(locale, only(locale, s.heading), [], s.text),
        c: overview!.data.title,
        d: d.id,
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
    docs.push({ ...common, ...named(locale, plan.title, [], plan.summary[locale]) });
    for (const target of plan.targets) {
      // A target without a unit (a count, a rank) is a plain number; a hedge travels with its value.
      const value = (n: number | null, qualifier?: Qualifier) =>
        n === null
          ? null
          : target.unit
            ? formatFigure({ value: n, unit: target.unit, qualifier }, locale, t)
            : formatFigure({ value: n, unit: 'count', qualifier }, locale, t, { withUnit: false });
      const line = [
        value(target.baseline) && `${t('plan.baseline')} ${value(target.baseline, target.baselineQualifier)}`,
        value(target.target) && `${t('plan.target')} ${value(target.target, target.targetQualifier)}`,
        target.targetText?.[locale],
      ]
        .filter(Boolean)
        .join(' · ');
      docs.push({
        ...common,
        h: `target-${target.id}`,
        ...named(locale, target.indicator, [], joinText(target.targetText?.[locale], target.note?.[locale])),
        c: `${title} · ${t('plan.targets')}`,
        s: line,
      });
    }
    for (const [key, label] of groups) {
      for (const item of plan[key]) {
        docs.push({
          ...common,
          h: `${key}-${item.id}`,
          ...named(locale, item.title, [], item.summary[locale]),
          c: `${title} · ${label}`,
        });
      }
    }
  }

  const indicators = [...input.indicators].sort(
    (a, b) =>
      byText(a.district, b.district) ||
      byText(a.metric, b.metric) ||
      (a.year ?? 0) - (b.year ?? 0) ||
      byText(a.id, b.id),
  );
  for (const i of indicators) {
    docs.push({
      k: 'f',
      id: i.id,
      ...named(locale, i.label),
      s: formatFigure(i, locale, t),
      // A figure the source gives no year for is kept by any year of the period it falls in.
      ...(i.year !== undefined ? { dt: String(i.year) } : i.period ? { y: yearSpan(i.period) } : {}),
      d: i.district,
    });
  }

  for (const p of [...input.places].sort((a, b) => byText(a.id, b.id))) {
    docs.push({ k: 'p', id: p.id, ...named(locale, p.name, [bare(p.name)]), d: p.district });
  }

  for (const th of [...input.themes].sort((a, b) => byText(a.id, b.id))) {
    docs.push({ k: 't', id: th.id, ...named(locale, th.name, [], th.description[locale]), th: [th.id] });
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
