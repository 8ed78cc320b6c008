// Checks that need more than one record: unique ids, references that resolve, dates inside their era
// and their source's years and not after the build, eras that follow each other, places in the
// milestone's own district (or a note saying why not), and a source for everything.
import type { z } from 'astro/zod';
import type * as s from './schemas.ts';
import type { ContentIssue } from './contentIssues.ts';
import { yearSpan } from '../format/dates.ts';
import { LOCALES } from '../site/paths.ts';

export interface Entry<T> {
  file: string;
  /** The record's id; for MDX, `<locale>/<id>`. */
  key: string;
  data: T;
  /** MDX: the text after the front matter. */
  body?: string;
}

export interface Dataset {
  districts: Entry<z.output<typeof s.district>>[];
  themes: Entry<z.output<typeof s.theme>>[];
  sources: Entry<z.output<typeof s.source>>[];
  milestones: Entry<z.output<typeof s.milestone>>[];
  places: Entry<z.output<typeof s.place>>[];
  indicators: Entry<z.output<typeof s.indicator>>[];
  plans: Entry<z.output<typeof s.plan>>[];
  glossary: Entry<z.output<typeof s.glossaryTerm>>[];
  retired: Entry<z.output<typeof s.retiredMilestone>>[];
  mapFeatures: Entry<z.output<typeof s.mapFeature>>[];
  eras: Entry<z.output<typeof s.era>>[];
  overviews: Entry<z.output<typeof s.overview>>[];
  annotations: Entry<z.output<typeof s.annotation>>[];
}

const idOf = (key: string) => key.slice(key.indexOf('/') + 1);
const localeOf = (key: string) => key.slice(0, key.indexOf('/'));

function list(ids: Iterable<string>): string {
  const all = [...ids];
  return all.length > 12 ? `${all.slice(0, 12).join(', ')}, …` : all.join(', ');
}

export interface MdxKeys {
  eras: Set<string>;
  overviews: Set<string>;
}

export interface ValidationOptions {
  /** Also require every era to have milestones and every dated section to be cited. Off while records
   * are failing their schema, since a dropped record would be reported twice. */
  completeness?: boolean;
  /** The day of the build, "YYYY-MM-DD": a milestone records what has happened by then. */
  today?: string;
  /** Keys (`<locale>/<id>`) of every MDX file found, valid or not, so that a file reported for its own
   * problem is not also reported missing from its twin. */
  present?: MdxKeys;
}

/** Today as "YYYY-MM-DD" (UTC). */
export const isoToday = (now = new Date()) => now.toISOString().slice(0, 10);

/** The first day a date can mean: "2005" → "2005-01-01", "2005-03" → "2005-03-01", "1989/1990" → "1989-01-01". */
const firstDay = (date: string) => `${date.split('/')[0]}-01-01`.slice(0, 10);

export function validateDataset(
  d: Dataset,
  { completeness = true, today = isoToday(), present }: ValidationOptions = {},
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const report = (e: Entry<unknown>, field: string, message: string) =>
    issues.push({ file: e.file, record: e.key, field, message });

  // Unique ids within each collection.
  const uniqueKeys = (entries: Entry<unknown>[], field: string) => {
    const seen = new Map<string, string>();
    for (const e of entries) {
      const first = seen.get(e.key);
      if (first !== undefined) report(e, field, `duplicate ${field}: "${e.key}" is already defined in ${first}`);
      else seen.set(e.key, e.file);
    }
  };
  for (const name of ['districts', 'themes', 'sources', 'milestones', 'places', 'indicators', 'plans', 'eras', 'overviews', 'annotations', 'mapFeatures'] as const) {
    uniqueKeys(d[name], 'id');
  }
  uniqueKeys(d.glossary, 'zh');

  const districts = new Set(d.districts.map((e) => e.data.id));
  const themes = new Set(d.themes.map((e) => e.data.id));
  const places = new Map(d.places.map((e) => [e.data.id, e.data]));
  const sections = new Map(d.sources.map((e) => [e.data.id, new Set(e.data.sections.map((x) => x.id))]));
  const spans = new Map(d.sources.map((e) => [e.data.id, e.data.span]));
  const eras = new Map<string, z.output<typeof s.era>>();
  for (const e of d.eras) if (!eras.has(idOf(e.key))) eras.set(idOf(e.key), e.data);

  const checkDistrict = (e: Entry<unknown>, field: string, id: string) => {
    if (!districts.has(id)) report(e, field, `unknown district "${id}" (known: ${list(districts)})`);
  };
  const checkThemes = (e: Entry<unknown>, ids: string[]) =>
    ids.forEach((id, i) => {
      if (!themes.has(id)) report(e, `themes[${i}]`, `unknown theme "${id}" (known: ${list(themes)})`);
    });
  const checkSource = (e: Entry<unknown>, field: string, ref: s.SourceRef) => {
    const known = sections.get(ref.document);
    if (!known) report(e, `${field}.document`, `unknown source document "${ref.document}" (known: ${list(sections.keys())})`);
    else if (!known.has(ref.section))
      report(e, `${field}.section`, `document "${ref.document}" has no section "${ref.section}" (it has: ${list(known)})`);
  };

  for (const e of d.sources) {
    const seen = new Set<string>();
    e.data.sections.forEach((x, i) => {
      if (seen.has(x.id)) report(e, `sections[${i}].id`, `duplicate section "${x.id}"`);
      seen.add(x.id);
    });
  }

  for (const e of d.districts) {
    if (e.data.areaSource) checkSource(e, 'areaSource', e.data.areaSource);
    e.data.merged.forEach((m, i) => checkSource(e, `merged[${i}].source`, m.source));
  }

  // Eras: both languages, shared facts agree, and each district's eras follow without gaps.
  const shared = ['district', 'order', 'start', 'end'] as const;
  const byId = new Map<string, Entry<z.output<typeof s.era>>[]>();
  for (const e of d.eras) byId.set(idOf(e.key), [...(byId.get(idOf(e.key)) ?? []), e]);
  for (const [id, pair] of byId) {
    const [first] = pair;
    checkDistrict(first, 'district', first.data.district);
    for (const e of pair) {
      checkThemes(e, e.data.themes);
      e.data.sources.forEach((ref, i) => checkSource(e, `sources[${i}]`, ref));
      if (e.data.end !== null && e.data.end < e.data.start) report(e, 'end', `ends (${e.data.end}) before it starts (${e.data.start})`);
    }
    for (const locale of LOCALES) {
      const key = `${locale}/${id}`;
      if (!(present?.eras ?? new Set(pair.map((e) => e.key))).has(key))
        report(first, '(file)', `missing its ${locale} version (eras/${key}.mdx)`);
    }
    for (const other of pair.slice(1)) {
      for (const field of shared) {
        if (other.data[field] !== first.data[field])
          report(other, field, `is ${JSON.stringify(other.data[field])} but ${first.file} says ${JSON.stringify(first.data[field])}`);
      }
      if (other.data.themes.join() !== first.data.themes.join()) report(other, 'themes', `differ from ${first.file}`);
    }
  }
  const erasByDistrict = new Map<string, [string, z.output<typeof s.era>][]>();
  for (const [id, data] of eras) erasByDistrict.set(data.district, [...(erasByDistrict.get(data.district) ?? []), [id, data]]);
  for (const [, list] of erasByDistrict) {
    list.sort((a, b) => a[1].order - b[1].order);
    list.forEach(([id, era], i) => {
      const entry = byId.get(id)![0];
      if (i > 0) {
        const [prevId, prev] = list[i - 1];
        if (prev.end === null) report(entry, 'start', `follows era "${prevId}", which has no end`);
        else if (era.start !== prev.end + 1)
          report(entry, 'start', `${era.start} does not follow era "${prevId}" (ends ${prev.end}): expected ${prev.end + 1}`);
      }
    });
  }

  for (const e of d.overviews) {
    checkDistrict(e, 'district', e.data.district);
    if (idOf(e.key) !== e.data.district) report(e, 'district', `"${e.data.district}" does not match the file name "${idOf(e.key)}"`);
    e.data.sources.forEach((ref, i) => checkSource(e, `sources[${i}]`, ref));
    const twin = `${localeOf(e.key) === 'zh' ? 'en' : 'zh'}/${idOf(e.key)}`;
    if (!(present?.overviews.has(twin) ?? d.overviews.some((o) => o.key === twin)))
      report(e, '(file)', `missing its ${twin.slice(0, 2)} version (overviews/${twin}.mdx)`);
  }

  // Milestones: references resolve, places lie in the milestone's district (or the note says why not),
  // and the date lies inside its era and its source's years, and not after the build.
  const eraMilestones = new Map<string, number>();
  const citedSections = new Set<string>();
  for (const e of d.milestones) {
    const m = e.data;
    checkDistrict(e, 'district', m.district);
    checkThemes(e, m.themes);
    checkSource(e, 'source', m.source);
    citedSections.add(`${m.source.document}#${m.source.section}`);
    m.alsoIn?.forEach((ref, i) => {
      checkSource(e, `alsoIn[${i}]`, ref);
      citedSections.add(`${ref.document}#${ref.section}`);
    });
    m.places.forEach((id, i) => {
      const p = places.get(id);
      if (!p) report(e, `places[${i}]`, `unknown place "${id}"`);
      else if (p.district !== m.district && !m.note)
        report(e, `places[${i}]`, `"${id}" lies in ${p.district}, not ${m.district}: say why in the record's note`);
    });
    const era = eras.get(m.era);
    if (!era) {
      report(e, 'era', `unknown era "${m.era}" (known: ${list(eras.keys())})`);
      continue;
    }
    eraMilestones.set(m.era, (eraMilestones.get(m.era) ?? 0) + 1);
    if (era.district !== m.district) report(e, 'era', `"${m.era}" belongs to ${era.district}, not ${m.district}`);
    // A span of years lies in its era; it starts (at least) within the years its source covers: a plan
    // period such as the 13th Five-Year Plan may run on past a source written during it.
    const [year, last] = yearSpan(m.date);
    const span = spans.get(m.source.document);
    if (year < era.start || (era.end !== null && last > era.end))
      report(e, 'date', `${m.date} lies outside its era "${m.era}" (${era.start}–${era.end ?? 'today'})`);
    else if (span && (year < span[0] || year > span[1]))
      report(e, 'date', `${m.date} lies outside the years its source "${m.source.document}" covers (${span[0]}–${span[1]})`);
    else if (firstDay(m.date) > today)
      report(e, 'date', `${m.date} is after the build date (${today}): a milestone records what has happened`);
  }

  // Completeness: no era without milestones, no dated section left uncited.
  for (const [id] of eras) {
    if (completeness && !eraMilestones.has(id)) report(byId.get(id)![0], '(era)', `has no milestones; every era needs at least one`);
  }
  for (const e of d.sources) {
    e.data.sections.forEach((x, i) => {
      if (completeness && x.dated && !citedSections.has(`${e.data.id}#${x.id}`))
        report(e, `sections[${i}]`, `section "${x.id}" is marked dated but no milestone cites it`);
    });
  }

  for (const e of d.places) {
    checkDistrict(e, 'district', e.data.district);
    checkSource(e, 'source', e.data.source);
  }

  // Annotations stand for milestones of their year, which carry the sources.
  const milestoneDates = new Map(d.milestones.map((e) => [e.data.id, e.data.date]));
  for (const e of d.annotations) {
    e.data.milestones.forEach((id, i) => {
      const date = milestoneDates.get(id);
      if (date === undefined) report(e, `milestones[${i}]`, `unknown milestone "${id}"`);
      else if (yearSpan(date).join() !== `${e.data.year},${e.data.year}`) report(e, `milestones[${i}]`, `"${id}" is dated ${date}, not in ${e.data.year}`);
    });
  }

  // The maps' plan structure: sourced, and the pre-2010 districts belong to today's districts.
  for (const e of d.mapFeatures) {
    checkSource(e, 'source', e.data.source);
    if (e.data.kind === 'district-before-2010') checkDistrict(e, 'today', e.data.today);
  }

  const units = new Map<string, string>();
  for (const e of d.indicators) {
    checkDistrict(e, 'district', e.data.district);
    checkSource(e, 'source', e.data.source);
    const span = spans.get(e.data.source.document);
    const [first, last] = e.data.period ? yearSpan(e.data.period) : [e.data.year, e.data.year];
    if (span && first !== undefined && last !== undefined && (first < span[0] || last > span[1]))
      report(e, e.data.period ? 'period' : 'year', `${e.data.period ?? e.data.year} lies outside the years its source "${e.data.source.document}" covers (${span[0]}–${span[1]})`);
    const unit = units.get(e.data.metric);
    if (unit === undefined) units.set(e.data.metric, e.data.unit);
    else if (unit !== e.data.unit) report(e, 'unit', `metric "${e.data.metric}" is measured in ${unit} elsewhere, not ${e.data.unit}`);
  }

  for (const e of d.plans) {
    checkDistrict(e, 'district', e.data.district);
    checkSource(e, 'source', e.data.source);
    const doc = e.data.source.document;
    for (const group of ['targets', 'principles', 'taskAreas', 'problems', 'safeguards'] as const) {
      e.data[group].forEach((item, i) => checkSource(e, `${group}[${i}].section`, { document: doc, section: item.section }));
    }
  }

  // Retired milestone ids: no longer live, each leading to a page that exists.
  uniqueKeys(d.retired, 'id');
  const live = new Set(d.milestones.map((e) => e.data.id));
  const plans = new Set(d.plans.map((e) => e.data.id));
  const retiredIds = new Set(d.retired.map((e) => e.data.id));
  for (const e of d.retired) {
    const { kind, id } = e.data.redirect;
    if (live.has(e.data.id)) report(e, 'id', `"${e.data.id}" is retired but still a milestone: remove one of them`);
    const known = kind === 'era' ? eras.has(id) : kind === 'plan' ? plans.has(id) : live.has(id);
    if (!known) report(e, 'redirect.id', `unknown ${kind} "${id}"${retiredIds.has(id) ? ' (itself retired)' : ''}`);
  }

  return issues;
}
