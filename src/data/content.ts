// Typed, sorted access to the content collections for pages and components.
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../lib/site/paths.ts';
import { compareDates, yearSpan } from '../lib/format/dates.ts';

export type District = CollectionEntry<'districts'>['data'];
export type Theme = CollectionEntry<'themes'>['data'];
export type Source = CollectionEntry<'sources'>['data'];
export type Milestone = CollectionEntry<'milestones'>['data'];
export type Place = CollectionEntry<'places'>['data'];
export type Indicator = CollectionEntry<'indicators'>['data'];
export type Plan = CollectionEntry<'plans'>['data'];
export type RetiredMilestone = CollectionEntry<'retired'>['data'];
export type Annotation = CollectionEntry<'annotations'>['data'];
export type EraEntry = CollectionEntry<'eras'>;
export type MapFeature = CollectionEntry<'mapFeatures'>['data'];

export interface Era {
  id: string;
  data: EraEntry['data'];
  entry: EraEntry;
}

const data = async <
  C extends
    | 'districts'
    | 'themes'
    | 'sources'
    | 'milestones'
    | 'places'
    | 'indicators'
    | 'plans'
    | 'glossary'
    | 'retired'
    | 'annotations'
    | 'mapFeatures',
>(
  c: C,
) => (await getCollection(c)).map((e) => e.data as CollectionEntry<C>['data']);

export const eraIdOf = (entryId: string) => entryId.slice(entryId.indexOf('/') + 1);

export async function getDistricts(): Promise<District[]> {
  return (await data('districts')).sort((a, b) => a.order - b.order);
}

export async function getThemes(): Promise<Theme[]> {
  return data('themes');
}

export async function getSources(): Promise<Source[]> {
  return (await data('sources')).sort((a, b) => a.seed.localeCompare(b.seed));
}

export async function getSourceMap(): Promise<Map<string, Source>> {
  return new Map((await getSources()).map((s) => [s.id, s]));
}

export async function getMilestones(): Promise<Milestone[]> {
  return (await data('milestones')).sort((a, b) => compareDates(a.date, b.date) || a.id.localeCompare(b.id));
}

export async function getPlaces(): Promise<Place[]> {
  return data('places');
}

/** Figures by metric, then by time: a year, or the last year of an undated figure's period; targets without a year last. */
export async function getIndicators(): Promise<Indicator[]> {
  const time = (i: Indicator) => i.year ?? (i.period ? yearSpan(i.period)[1] : Number.MAX_SAFE_INTEGER);
  return (await data('indicators')).sort((a, b) => a.metric.localeCompare(b.metric) || time(a) - time(b));
}

/** Milestone ids the site no longer has, with the page each now leads to. */
export async function getRetiredMilestones(): Promise<RetiredMilestone[]> {
  return (await data('retired')).sort((a, b) => a.id.localeCompare(b.id));
}

export async function getPlans(): Promise<Plan[]> {
  return data('plans');
}

/** Moments that line up across the timeline's lanes, by year. */
export async function getAnnotations(): Promise<Annotation[]> {
  return (await data('annotations')).sort((a, b) => a.year - b.year || a.id.localeCompare(b.id));
}

export async function getGlossary() {
  return (await data('glossary')).sort((a, b) => a.en.localeCompare(b.en));
}

/** What the maps draw besides the boundaries (content/map/), in the order of the file. */
export async function getMapFeatures(): Promise<MapFeature[]> {
  return data('mapFeatures');
}

/** A district's eras in one locale, in order. */
export async function getEras(locale: Locale, district?: string): Promise<Era[]> {
  const all = await getCollection('eras', (e) => e.id.startsWith(`${locale}/`));
  return all
    .filter((e) => !district || e.data.district === district)
    .map((entry) => ({ id: eraIdOf(entry.id), data: entry.data, entry }))
    .sort((a, b) => a.data.start - b.data.start || a.data.district.localeCompare(b.data.district));
}

export async function getOverview(locale: Locale, district: string) {
  const [entry] = await getCollection('overviews', (e) => e.id === `${locale}/${district}`);
  return entry;
}
