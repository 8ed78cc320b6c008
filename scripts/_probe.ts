import { SearchEngine } from '../src/lib/search/searchEngine.ts';
import { payloadFor } from '../tests/fixtures/search-corpus.ts';
import { loadCorpusInput } from '../src/lib/search/build/searchIndexFile.ts';
const input = loadCorpusInput('content');
const engines = { zh: new SearchEngine(payloadFor(input, 'zh')), en: new SearchEngine(payloadFor(input, 'en')) };
const queries = process.argv.slice(2);
for (const q of queries) {
  const [l, text] = q.split(':');
  const t0 = performance.now();
  const o = engines[l as 'zh'|'en'].search(text);
  const ms = performance.now() - t0;
  console.log(`${l} "${text}" → ${o.hits.length} hits, ${ms.toFixed(1)} ms, terms=${o.terms.join('|')} corrected=${o.corrected} suggestion=${o.suggestion} partial=${o.partial}`);
  for (const h of o.hits.slice(0, 6)) console.log(`   ${h.score.toFixed(3)} ${h.doc.k}:${h.doc.id}${h.doc.h ? '#' + h.doc.h : ''} | ${h.doc.t}`);
}
