import { readFileSync } from 'node:fs';
import { SearchEngine } from '../src/lib/search/searchEngine.ts';
const engine = new SearchEngine(JSON.parse(readFileSync(`/tmp/gen-en.json`, 'utf8'))) as any;
for (const key of ['grid', 'community', 'committee', 'party', 'chongwen']) {
  const found = engine.words.find(key);
  const total = found.reduce((a: number, f: any) => a + f.postings.length, 0);
  const t = performance.now();
  let n = 0;
  for (let r = 0; r < 10; r++) engine.wordMatches(key, 1, () => n++);
  console.log(key, found.length, 'words', total, 'postings', ((performance.now() - t) / 10).toFixed(2), 'ms');
}
const t = performance.now(); for (let r = 0; r < 10; r++) engine.search('grid'); console.log('search grid', ((performance.now() - t) / 10).toFixed(2));
const t2 = performance.now(); for (let r = 0; r < 10; r++) engine.search('Chongwen'); console.log('search Chongwen', ((performance.now() - t2) / 10).toFixed(2));
