import { readFileSync } from 'node:fs';
import { SearchEngine } from '../src/lib/search/searchEngine.ts';
const engine = new SearchEngine(JSON.parse(readFileSync(`/tmp/gen-zh.json`, 'utf8')));
const o = engine.search('全国文明城区 2009');
console.log(o.hits.length, o.narrowed, o.query, o.hits.slice(0, 3).map((h) => h.doc.id));
