import { readFileSync } from 'node:fs';
import { SearchEngine } from '../src/lib/search/searchEngine.ts';
import { QUERIES } from './bench-search.ts';
const locale = (process.env.L ?? 'en') as 'en' | 'zh';
const engine = new SearchEngine(JSON.parse(readFileSync(`/tmp/gen-${locale}.json`, 'utf8')));
const proto = Object.getPrototypeOf(engine);
const timers: Record<string, number> = {};
for (const name of ['term', 'bonus', 'allowed', 'suggest', 'wordMatches', 'pinyin', 'hanExact', 'hanTerm', 'latinTerm']) {
  const orig = proto[name];
  proto[name] = function (...args: unknown[]) { const s = performance.now(); try { return orig.apply(this, args); } finally { timers[name] = (timers[name] ?? 0) + performance.now() - s; } };
}
for (const q of QUERIES[locale]) engine.search(q);
for (const k of Object.keys(timers)) timers[k] = 0;
const per: [number, string][] = [];
const t0 = performance.now();
for (const q of QUERIES[locale]) { const s = performance.now(); for (let r = 0; r < 3; r++) engine.search(q); per.push([(performance.now() - s) / 3, q]); }
const total = performance.now() - t0;
console.log('total per query avg', (total / 3 / QUERIES[locale].length).toFixed(2));
for (const [k, v] of Object.entries(timers)) console.log(k, (v / 3 / QUERIES[locale].length).toFixed(2), 'ms/query');
per.sort((a, b) => b[0] - a[0]); console.log(per.slice(0, 8).map(([t, q]) => `${t.toFixed(1)} ${q}`).join('\n'));
