// Checks that need more than one record: unique ids, references that resolve, dates inside their
// era, eras that follow each other, and a source for everything.
import type { z } from 'astro/zod';
import type * as s from './schemas.ts';
import type { ContentIssue } from './contentIssues.ts';
import { parseDate } from '../format/dates.ts';

export interface Entry<T> {
  file: string;
  /** The record's id; for MDX, `<locale>/<id>`. */
  key: string;
  data: T;
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
  mapFeatures: Entry<z.output<typeof s.mapFeature>>[];
  eras: Entry<z.output<typeof s.era>>[];
  overviews: Entry<z.output<typeof s.overview>>[];
}

const idOf = (key: string) => key.slice(key.indexOf('/') + 1);
const localeOf = (key: string) => key.slice(0, key.indexOf('/'));

function list(ids: Iterable<string>): string {
  const all = [...ids];
  return all.length > 12 ? `${all.slice(0, 12).join(', ')}, …` : all.join(', ');
}

export interface ValidationOptions {
  /** Also require every era to have milestones and every dated section to be cited. Off while records
   * are failing their schema, since a dropped record would be reported twice. */
  completeness?: boolean;
}

export function validateDataset(d: Dataset, { completeness = true }: ValidationOptions = {}): ContentIssue[] {
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
  for (const name of ['districts', 'themes', 'sources', 'milestones', 'places', 'indicators', 'plans', 'eras', 'overviews', 'mapFeatures'] as const) {
    uniqueKeys(d[name], 'id');
  }
  uniqueKeys(d.glossary, 'zh');

  const districts = new Set(d.districts.map((e) => e.data.id));
  const themes = new Set(d.themes.map((e) => e.data.id));
  const places = new Map(d.places.map((e) => [e.data.id, e.data]));
  const sections = new Map(d.sources.map((e) => [e.data.id, new Set(e.data.sections.map((x) => x.id))]));
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
    const locales = new Set(pair.map((e) => localeOf(e.key)));
    for (const locale of ['zh', 'en']) {
      if (!locales.has(locale)) report(first, '(file)', `missing its ${locale} version (eras/${locale}/${id}.mdx)`);
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
    const other = localeOf(e.key) === 'zh' ? 'en' : 'zh';
    if (!d.overviews.some((o) => o.key === `${other}/${idOf(e.key)}`))
      report(e, '(file)', `missing its ${other} version (overviews/${other}/${idOf(e.key)}.mdx)`);
  }

  // Milestones: references resolve and the date lies inside its era.
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
    });
    const era = eras.get(m.era);
    if (!era) {
      report(e, 'era', `unknown era "${m.era}" (known: ${list(eras.keys())})`);
      continue;
    }
    eraMilestones.set(m.era, (eraMilestones.get(m.era) ?? 0) + 1);
    if (era.district !== m.district) report(e, 'era', `"${m.era}" belongs to ${era.district}, not ${m.district}`);
    const { year } = parseDate(m.date);
    if (year < era.start || (era.end !== null && year > era.end))
      report(e, 'date', `${m.date} lies outside its era "${m.era}" (${era.start}–${era.end ?? 'today'})`);
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

  // The maps' plan structure: sourced, and the pre-2010 districts belong to today's districts.
  for (const e of d.mapFeatures) {
    checkSource(e, 'source', e.data.source);
    if (e.data.kind === 'district-before-2010') checkDistrict(e, 'today', e.data.today);
  }

  const units = new Map<string, string>();
  for (const e of d.indicators) {
    checkDistrict(e, 'district', e.data.district);
    checkSource(e, 'source', e.data.source);
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

  return issues;
}
