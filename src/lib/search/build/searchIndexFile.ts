// Build time only: the search index of one locale, exactly as /search-index/<locale>.json ships it.
// The route, the tests and the benchmark all build it with buildSearchIndex, so the relevance tests
// rank the very index readers search (tests/unit/search/searchIndexFile.test.ts compares the bytes).
import { readFileSync } from 'node:fs';
import { readContent } from '../../content/build/contentFiles.ts';
import { ContentError } from '../../content/contentIssues.ts';
import type { Locale } from '../../site/paths.ts';
import { createPayload } from '../searchIndex.ts';
import { buildCorpus, corpusText, districtNames, type CorpusInput } from './searchCorpus.ts';
import { mdxSections } from './mdxSections.ts';
import { traditionalTable } from './searchTraditional.ts';

const split = (key: string) => ({
  locale: key.slice(0, key.indexOf('/')) as Locale,
  id: key.slice(key.indexOf('/') + 1),
});

/** The corpus input from the content folder: its validated records and its narratives' sections. */
export function loadCorpusInput(root: string): CorpusInput {
  const { dataset, issues } = readContent(root);
  if (issues.length > 0) throw new ContentError(issues);
  const data = <T>(entries: readonly { data: T }[]) => entries.map((e) => e.data);
  const text = (file: string) => mdxSections(readFileSync(file, 'utf8'));
  return {
    milestones: data(dataset.milestones),
    districts: data(dataset.districts),
    themes: data(dataset.themes),
    places: data(dataset.places),
    indicators: data(dataset.indicators),
    plans: data(dataset.plans),
    glossary: data(dataset.glossary),
    eras: dataset.eras.map((e) => ({ ...split(e.key), data: e.data, text: text(e.file) })),
    overviews: dataset.overviews.map((o) => ({ locale: split(o.key).locale, data: o.data, text: text(o.file) })),
  };
}

/** The search index of one locale, as the JSON text that ships. */
export function buildSearchIndex(input: CorpusInput, locale: Locale): string {
  const docs = buildCorpus(input, locale);
  return JSON.stringify(createPayload(locale, docs, traditionalTable(corpusText(docs)), districtNames(input)));
}
