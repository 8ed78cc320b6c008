// Search benchmark: what the browser downloads for search (gzip: the JS, the index's first part, and
// all of it), and query times (p50/p95) on the real corpus and on 10,000 generated milestones added
// to it, in Node and in Chromium (the built search bundle loaded into a page with playwright-core).
// Budgets: search JS + index ≤ 100 KB gzip per language; p95 ≤ 16 ms in Chromium.
//
//   node scripts/bench-search.ts [dist-dir]        (after `astro build`; default dist/)
//   import { benchSearch } from './bench-search.ts'; const rows = await benchSearch('dist');
import { createServer, type Server } from 'node:http';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { loadCorpusInput, searchIndexFiles } from '../src/lib/search/build/searchIndexFile.ts';
import type { CorpusInput } from '../src/lib/search/build/searchCorpus.ts';
import { isPart, isPayload, withParts, type SearchPart, type SearchPayload } from '../src/lib/search/searchIndex.ts';
import { SearchEngine } from '../src/lib/search/searchEngine.ts';
import type { Locale } from '../src/lib/site/paths.ts';

export interface Row {
  /** What was measured. */
  name: string;
  value: number;
  unit: 'KB' | 'ms';
  /** The budget, when there is one. */
  budget?: number;
  ok?: boolean;
}

export const BUDGET = { kilobytes: 100, p95: 16 } as const;
export const GENERATED = 10_000;
const REPEAT = 7;

/** Queries of every kind a reader types, per locale. */
export const QUERIES: Record<Locale, string[]> = {
  zh: [
    '网格化',
    '网格',
    '宣武',
    '崇文',
    '居家养老',
    '五讲四美',
    '全响应',
    '一刻钟社区服务圈',
    '志愿者',
    '三社联动',
    '和平里',
    '社区',
    '社会工委',
    '文明城区',
    '街道',
    '党建',
    '海淀 社会工委',
    '西城社会工委',
    '全国文明城区 2009',
    '1982',
    '东城 志愿服务',
    'wanggehua',
    'wang ge hua',
    'xuanwu',
    'chongwen',
    'zhiyuanzhe',
    'jujia yanglao',
    'shequ',
    'jiedao',
    'wgh',
    'jjylfwtl',
    'ssld',
    '網格化',
    '宣武區',
    '志願服務',
    '東城區網格化',
    'wangehua',
    'xuanwo',
    '网格话',
    'grid',
    // Glossary, narratives, plans and figures; typos and initials on both sites
    '一委三会一站',
    '街乡吹哨部门报到',
    '低保',
    '史家胡同',
    '心理服务示范站',
    '157个街道大部制改革',
    '老年餐桌覆盖',
    '东城 2009 文明城区',
    'yiweisanhuiyizhan',
    'wǎnggéhuà guǎnlǐ',
    'ywshyz',
    'sgw',
    '社区治里',
  ],
  en: [
    'grid management',
    'grid',
    'Chongwen',
    'Xuanwu',
    'home care regulation',
    'volunteer information system',
    'Five Goods',
    'master plan 2017',
    'Haidian social work committee',
    'Lei Feng',
    'full response',
    '15-minute service circle',
    'Hepingli',
    'community',
    'committee',
    'civilised district',
    'sub-district reform',
    'party building',
    'Xicheng volunteers',
    '1982',
    'grid managment',
    'Chongwne',
    'volunter information',
    'Xuanwoo',
    'eldery care',
    'comunity',
    'goverance',
    '網格化',
    '网格化',
    'dongcheng grid',
    // Glossary, narratives, plans and figures; typos, American spellings and initials
    'one committee three councils one station',
    'whistle and report',
    'gird managment',
    'volunter service staton',
    'neighborhood watch groups',
    'social organization incubation center',
    'psychological service stations',
    'first community-level neighbourhood service centre',
    'Dongcheng resident population 2015',
    'wanggehua',
    'wgh',
    'xc',
    'qzxjvk',
  ],
};

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * Times every query REPEAT times after one warm-up pass and keeps each query's median, so that a
 * moment the machine gives to other work does not count as the query's; returns the p50 and p95 of
 * those medians, in ms.
 */
function timeQueries(engine: SearchEngine, queries: string[]): [number, number] {
  for (const q of queries) engine.search(q);
  const times = new Map<string, number[]>(queries.map((q) => [q, []]));
  for (let r = 0; r < REPEAT; r++) {
    for (const q of queries) {
      const start = performance.now();
      engine.search(q);
      times.get(q)!.push(performance.now() - start);
    }
  }
  const medians = [...times.values()].map((t) => t.sort((a, b) => a - b)[Math.floor(t.length / 2)]);
  medians.sort((a, b) => a - b);
  return [percentile(medians, 50), percentile(medians, 95)];
}

/** 10,000 milestones made from the real ones, added to the real content: titles and summaries recombined, deterministic. */
export function generatedInput(input: CorpusInput, count = GENERATED): CorpusInput {
  let seed = 20240601;
  const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const half = (text: string, first: boolean) => {
    const chars = Array.from(text);
    const cut = Math.max(1, Math.floor(chars.length / 2));
    return (first ? chars.slice(0, cut) : chars.slice(cut)).join('');
  };
  const milestones = Array.from({ length: count }, (_, i) => {
    const a = pick(input.milestones);
    const b = pick(input.milestones);
    const c = pick(input.milestones);
    return {
      ...a,
      id: `generated-${String(i).padStart(5, '0')}`,
      title: {
        zh: half(a.title.zh, true) + half(b.title.zh, false),
        en: `${half(a.title.en, true)}${half(b.title.en, false)}`,
      },
      summary: { zh: c.summary.zh, en: c.summary.en },
    };
  });
  return { ...input, milestones: [...input.milestones, ...milestones] };
}

/** One locale's whole index (first part and the rest) from a set of index files. */
export function wholeIndex(files: (name: string) => string, locale: Locale): SearchPayload {
  const first: unknown = JSON.parse(files(`${locale}.json`));
  if (!isPayload(first)) throw new Error(`search-index/${locale}.json is not a search index`);
  const rest: SearchPart[] = [];
  if (first.rest) {
    const part: unknown = JSON.parse(files(first.rest));
    if (!isPart(part)) throw new Error(`search-index/${first.rest} is not a part of a search index`);
    rest.push(part);
  }
  // One file with every document: nothing more to load.
  const payload = withParts(first, rest);
  delete payload.rest;
  return payload;
}

/** The gzip size of a built chunk and of every chunk it imports, statically or (if `dynamic`) lazily. */
function chunkClosure(dir: string, entry: string, dynamic: boolean, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const code = readFileSync(join(dir, entry), 'utf8');
  const imports = [...code.matchAll(/(?:from|import)\s*["'`]\.\/([^"'`]+\.js)["'`]/g)].map((m) => m[1]);
  const lazy = dynamic ? [...code.matchAll(/import\(\s*["'`]\.\/([^"'`]+\.js)["'`]\s*\)/g)].map((m) => m[1]) : [];
  for (const file of [...imports, ...lazy]) if (existsSync(join(dir, file))) chunkClosure(dir, file, dynamic, seen);
  return seen;
}

const gzipKB = (data: Buffer | string) => gzipSync(data, { level: 9 }).length / 1024;

interface Sizes {
  js: number;
  first: Record<Locale, number>;
  all: Record<Locale, number>;
  chunk: string;
}

function searchSizes(distDir: string): Sizes {
  const dir = join(distDir, '_astro');
  const files = readdirSync(dir);
  const header = files.find((f) => f.startsWith('HeaderSearch') && f.endsWith('.js'));
  if (!header) throw new Error(`no HeaderSearch chunk in ${dir}: build the site first`);
  const closure = chunkClosure(dir, header, true);
  const chunk = [...closure].find((f) => f.startsWith('searchClient'));
  if (!chunk) throw new Error('the header does not load searchClient lazily');
  const js = [...closure].reduce((sum, f) => sum + gzipKB(readFileSync(join(dir, f))), 0);
  const index = (name: string) => gzipKB(readFileSync(join(distDir, 'search-index', name)));
  const sizes: Sizes = { js, first: { zh: 0, en: 0 }, all: { zh: 0, en: 0 }, chunk };
  for (const locale of ['zh', 'en'] as const) {
    // The JSON files only: the build also writes precompressed copies (.json.gz) beside them.
    const names = readdirSync(join(distDir, 'search-index')).filter(
      (f) => f.endsWith('.json') && (f.startsWith(`${locale}.`) || f.startsWith(`${locale}-`)),
    );
    sizes.first[locale] = index(`${locale}.json`);
    sizes.all[locale] = names.reduce((sum, f) => sum + index(f), 0);
  }
  return sizes;
}

/** Serves dist/ under "/" (whatever the base path) plus generated payloads and a blank page. */
function serve(distDir: string, extra: Map<string, string>): Promise<{ server: Server; origin: string }> {
  const root = normalize(resolve(distDir));
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const generated = extra.get(path);
    if (generated !== undefined) {
      res
        .writeHead(200, { 'Content-Type': path.endsWith('.html') ? 'text/html; charset=utf-8' : 'application/json' })
        .end(generated);
      return;
    }
    const file = join(root, normalize(path));
    if (!file.startsWith(root) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    const type =
      extname(file) === '.js'
        ? 'text/javascript'
        : extname(file) === '.json'
          ? 'application/json'
          : 'application/octet-stream';
    res.writeHead(200, { 'Content-Type': type }).end(readFileSync(file));
  });
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      ok({ server, origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` });
    }),
  );
}

async function chromiumTimes(
  origin: string,
  chunk: string,
  payloads: { name: string; url: string; queries: string[] }[],
): Promise<Record<string, [number, number]>> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`${origin}/__bench/blank.html`);
    const out: Record<string, [number, number]> = {};
    for (const p of payloads) {
      out[p.name] = await page.evaluate(
        async ({ chunk, url, queries, repeat }) => {
          type Engine = { search(query: string): unknown };
          const m = (await import(chunk)) as { SearchEngine: new (payload: unknown) => Engine };
          const payload: unknown = await (await fetch(url)).json();
          const engine = new m.SearchEngine(payload);
          for (const q of queries) engine.search(q);
          const times = queries.map(() => [] as number[]);
          for (let r = 0; r < repeat; r++) {
            queries.forEach((q, i) => {
              const start = performance.now();
              engine.search(q);
              times[i].push(performance.now() - start);
            });
          }
          const medians = times.map((t) => t.sort((a, b) => a - b)[Math.floor(t.length / 2)]).sort((a, b) => a - b);
          const at = (p: number) => medians[Math.min(medians.length - 1, Math.ceil((p / 100) * medians.length) - 1)];
          return [at(50), at(95)] as [number, number];
        },
        { chunk: `/_astro/${chunk}`, url: p.url, queries: p.queries, repeat: REPEAT },
      );
    }
    return out;
  } finally {
    await browser.close();
  }
}

/** Runs the whole benchmark against a built site. */
export async function benchSearch(distDir = 'dist', contentDir = process.env.CONTENT_DIR ?? 'content'): Promise<Row[]> {
  const rows: Row[] = [];
  const sizes = searchSizes(distDir);
  rows.push({ name: 'search JS loaded on first focus (gzip)', value: sizes.js, unit: 'KB' });
  for (const locale of ['zh', 'en'] as const) {
    rows.push({ name: `index ${locale}: first part (gzip)`, value: sizes.first[locale], unit: 'KB' });
    rows.push({ name: `index ${locale}: all parts (gzip)`, value: sizes.all[locale], unit: 'KB' });
    for (const [what, index] of [
      ['first results', sizes.first[locale]],
      ['everything', sizes.all[locale]],
    ] as const) {
      const total = sizes.js + index;
      rows.push({
        name: `search JS + index ${locale}, ${what} (gzip)`,
        value: total,
        unit: 'KB',
        budget: BUDGET.kilobytes,
        ok: total <= BUDGET.kilobytes,
      });
    }
  }

  const input = loadCorpusInput(contentDir);
  const big = generatedInput(input);
  const bigFiles = searchIndexFiles(big);
  const extra = new Map<string, string>([['/__bench/blank.html', '<!doctype html><title>bench</title>']]);
  const timed: { name: string; node: [number, number]; url: string; queries: string[] }[] = [];
  for (const locale of ['zh', 'en'] as const) {
    const real = wholeIndex((name) => readFileSync(join(distDir, 'search-index', name), 'utf8'), locale);
    extra.set(`/__bench/real-${locale}.json`, JSON.stringify(real));
    timed.push({
      name: `real corpus ${locale} (${real.docs.length} records)`,
      node: timeQueries(new SearchEngine(real), QUERIES[locale]),
      url: `/__bench/real-${locale}.json`,
      queries: QUERIES[locale],
    });

    const json = JSON.stringify(wholeIndex((name) => bigFiles.get(name)!, locale));
    extra.set(`/__bench/generated-${locale}.json`, json);
    const payload = JSON.parse(json) as SearchPayload;
    timed.push({
      name: `${GENERATED.toLocaleString('en')} generated milestones ${locale} (${payload.docs.length} records)`,
      node: timeQueries(new SearchEngine(payload), QUERIES[locale]),
      url: `/__bench/generated-${locale}.json`,
      queries: QUERIES[locale],
    });
  }

  const { server, origin } = await serve(distDir, extra);
  let browserTimes: Record<string, [number, number]>;
  try {
    browserTimes = await chromiumTimes(
      origin,
      sizes.chunk,
      timed.map((t) => ({ name: t.name, url: t.url, queries: t.queries })),
    );
  } finally {
    server.close();
  }
  for (const t of timed) {
    // The budget is the reader's: Chromium. Node's figures (same engine, in this process, right after
    // building the index) are for comparison.
    for (const [where, [p50, p95]] of [
      ['Node', t.node],
      ['Chromium', browserTimes[t.name]],
    ] as const) {
      rows.push({ name: `${where}: ${t.name}, p50`, value: p50, unit: 'ms' });
      rows.push({
        name: `${where}: ${t.name}, p95`,
        value: p95,
        unit: 'ms',
        ...(where === 'Chromium' ? { budget: BUDGET.p95, ok: p95 <= BUDGET.p95 } : {}),
      });
    }
  }
  return rows;
}

export function formatRows(rows: Row[]): string {
  const width = Math.max(...rows.map((r) => r.name.length));
  const lines = rows.map((r) => {
    const value = `${r.value.toFixed(r.unit === 'KB' ? 1 : 2)} ${r.unit}`.padStart(10);
    const budget = r.budget === undefined ? '' : `  ≤ ${r.budget} ${r.unit}  ${r.ok ? 'ok' : 'OVER'}`;
    return `${r.name.padEnd(width)}  ${value}${budget}`;
  });
  return [
    `search benchmark (${QUERIES.zh.length} zh and ${QUERIES.en.length} en queries, ${REPEAT} times each; p50 and p95 of each query's median)`,
    ...lines,
  ].join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const rows = await benchSearch(process.argv[2] ?? 'dist');
  console.log(formatRows(rows));
  if (rows.some((r) => r.ok === false)) process.exitCode = 1;
}
