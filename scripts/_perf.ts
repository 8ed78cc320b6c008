import { loadCorpusInput, searchIndexFiles } from '../src/lib/search/build/searchIndexFile.ts';
import { SearchEngine } from '../src/lib/search/searchEngine.ts';
import { generatedInput, QUERIES, wholeIndex } from './bench-search.ts';
const input = loadCorpusInput('content');
const files = searchIndexFiles(generatedInput(input));
for (const locale of ['zh', 'en'] as const) {
  const t0 = performance.now();
  const engine = new SearchEngine(JSON.parse(JSON.stringify(wholeIndex((n) => files.get(n)!, locale))));
  console.log(locale, 'load', (performance.now() - t0).toFixed(0), 'ms');
  for (const q of QUERIES[locale]) engine.search(q);
  const rows: [number, string, number][] = [];
  for (const q of QUERIES[locale]) {
    const times: number[] = [];
    let n = 0;
    for (let r = 0; r < 5; r++) { const s = performance.now(); n = engine.search(q).hits.length; times.push(performance.now() - s); }
    times.sort((a, b) => a - b);
    rows.push([times[2], q, n]);
  }
  rows.sort((a, b) => b[0] - a[0]);
  for (const [t, q, n] of rows.slice(0, 12)) console.log(`  ${t.toFixed(1)} ms  ${q}  (${n} hits)`);
}
