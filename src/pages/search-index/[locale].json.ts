// /search-index/zh.json and /search-index/en.json: each locale's search documents and
// traditional-character table, built from the content by the one builder the tests also use.
import type { APIRoute, GetStaticPaths } from 'astro';
import { LOCALES, type Locale } from '../../lib/site/paths.ts';
import { buildSearchIndex, loadCorpusInput } from '../../lib/search/build/searchIndexFile.ts';
import { contentRoot } from '../../loaders/recordsLoader.ts';

export const getStaticPaths = (() => LOCALES.map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(buildSearchIndex(loadCorpusInput(contentRoot), params.locale as Locale), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
