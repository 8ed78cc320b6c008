// /search-index/zh.json, zh-sections.json, en.json, en-sections.json: the search index, built from
// the content once per build by the builder the tests and the benchmark also use.
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCorpusInput, searchIndexFiles } from '../../lib/search/build/searchIndexFile.ts';
import { contentRoot } from '../../loaders/contentLoader.ts';

export const getStaticPaths = (() =>
  [...searchIndexFiles(loadCorpusInput(contentRoot))].map(([name, json]) => ({
    params: { file: name.replace(/\.json$/, '') },
    props: { json },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ json: string }> = ({ props }) =>
  new Response(props.json, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
