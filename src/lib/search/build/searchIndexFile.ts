// Build time only: the search index, exactly as the files under /search-index/ ship it. The route,
// the tests and the benchmark all build it with searchIndexFiles, so the relevance tests rank the
// very index readers search (tests/e2e/search.test.ts compares the bytes with the shipped files).
import { readContentOnce } from '../../content/build/contentOnce.ts';
import { ContentError } from '../../content/contentIssues.ts';
import { LOCALES, type Locale } from '../../site/paths.ts';
import { createPayload, PAYLOAD_VERSION, type SearchPart } from '../searchIndex.ts';
import type { SearchDoc } from '../searchDocs.ts';
import { buildCorpus, corpusText, districtNames, type CorpusInput } from './searchCorpus.ts';
import { mdxSections } from './mdxSections.ts';
import { traditionalTable } from './searchTraditional.ts';
import { packDocs, pinyinReadings } from '../searchPack.ts';

const split = (key: string) => ({
  locale: key.slice(0, key.indexOf('/')) as Locale,
  id: key.slice(key.indexOf('/') + 1),
});

/** The corpus input from the content folder: its validated records and its narratives' sections. */
export function loadCorpusInput(root: string): CorpusInput {
  const { dataset, issues } = readContentOnce(root);
  if (issues.length > 0) throw new ContentError(issues);
  const data = <T>(entries: readonly { data: T }[]) => entries.map((e) => e.data);
  const text = (body: string | undefined) => mdxSections(body ?? '');
  return {
    milestones: data(dataset.milestones),
    districts: data(dataset.districts),
    themes: data(dataset.themes),
    places: data(dataset.places),
    indicators: data(dataset.indicators),
    plans: data(dataset.plans),
    glossary: data(dataset.glossary),
    eras: dataset.eras.map((e) => ({ ...split(e.key), data: e.data, text: text(e.body) })),
    overviews: dataset.overviews.map((o) => ({ locale: split(o.key).locale, data: o.data, text: text(o.body) })),
  };
}

/** A narrative's section: the part of the index that loads second. */
const isSection = (d: SearchDoc) => (d.k === 'e' || d.k === 'd') && d.h !== undefined;

/**
 * Every file of the search index, by name under /search-index/, as the JSON text that ships: for
 * each locale, "<locale>.json" with milestones, glossary, phases, districts, plans, figures, places
 * and themes, which search loads first, and "<locale>-sections.json" with the narratives' sections.
 */
export function searchIndexFiles(input: CorpusInput): Map<string, string> {
  const files = new Map<string, string>();
  for (const locale of LOCALES) {
    const built = buildCorpus(input, locale);
    const py = pinyinReadings(built, locale);
    const docs = packDocs(built, locale, py);
    const rest = `${locale}-sections.json`;
    const first = docs.filter((d) => !isSection(d));
    const t2s = traditionalTable(corpusText(built));
    files.set(`${locale}.json`, JSON.stringify(createPayload(locale, first, t2s, py, districtNames(input), rest)));
    const sections: SearchPart = { v: PAYLOAD_VERSION, locale, docs: docs.filter(isSection) };
    files.set(rest, JSON.stringify(sections));
  }
  return files;
}
