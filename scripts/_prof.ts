import { loadCorpusInput, searchIndexFiles } from '../src/lib/search/build/searchIndexFile.ts';
import { SearchEngine } from '../src/lib/search/searchEngine.ts';
import { generatedInput, QUERIES, wholeIndex } from './bench-search.ts';
import { writeFileSync, readFileSync, existsSync } from 'node:fs';
const cache = '/tmp/gen-en.json';
if (!existsSync(cache)) {
  const files = searchIndexFiles(generatedInput(loadCorpusInput('content')));
  writeFileSync(cache, JSON.stringify(wholeIndex((n) => files.get(n)!, 'en')));
  writeFileSync('/tmp/gen-zh.json', JSON.stringify(wholeIndex((n) => files.get(n)!, 'zh')));
}
const locale = (process.env.L ?? 'en') as 'en' | 'zh';
const json = readFileSync(`/tmp/gen-${locale}.json`, 'utf8');
const t0 = performance.now();
const engine = new SearchEngine(JSON.parse(json));
console.log('load', (performance.now() - t0).toFixed(0));
const t1 = performance.now();
for (let r = 0; r < 3; r++) for (const q of QUERIES[locale]) engine.search(q);
console.log('queries', ((performance.now() - t1) / 3 / QUERIES[locale].length).toFixed(1), 'ms avg');
