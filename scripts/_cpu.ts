import { readFileSync } from 'node:fs';
import { SearchEngine } from '../src/lib/search/searchEngine.ts';
import { QUERIES } from './bench-search.ts';
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
for (const locale of ['zh', 'en'] as const) {
  const c0 = cpu();
  const engine = new SearchEngine(JSON.parse(readFileSync(`/tmp/gen-${locale}.json`, 'utf8')));
  console.log(locale, 'load cpu', (cpu() - c0).toFixed(0), 'ms');
  for (const q of QUERIES[locale]) engine.search(q);
  const per: [number, string][] = [];
  for (const q of QUERIES[locale]) { const s = cpu(); for (let r = 0; r < 20; r++) engine.search(q); per.push([(cpu() - s) / 20, q]); }
  per.sort((a, b) => b[0] - a[0]);
  const sorted = per.map((p) => p[0]).sort((a, b) => a - b);
  console.log(' median', sorted[Math.floor(sorted.length / 2)].toFixed(2), 'p95', sorted[Math.ceil(sorted.length * 0.95) - 1].toFixed(2));
  console.log(per.slice(0, 8).map(([t, q]) => `   ${t.toFixed(2)} ${q}`).join('\n'));
}
