// The built site behind Debian's nginx, configured by the same generator as deploy/nginx.conf (run
// unprivileged-friendly: its own pid, logs and temp folders in a temp dir, on a free port). Checks the
// headers the rules promise, the 404 pages per language, the precompressed files, and that the
// TimelineJS recipe on /data/ loads from a second origin (CORS). Runs under BASE_PATH too.
import { spawn, type ChildProcess } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, normalize, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch } from './browser.ts';
import { nginxServer } from '../../src/lib/site/nginxConfig.ts';
import { retiredRecords } from '../../src/lib/site/build/retiredRecords.ts';
import { contentType } from '../../src/lib/site/mediaTypes.ts';
import { originOf } from '../../scripts/staticServer.ts';

const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const dist = resolve(process.env.DIST_DIR ?? 'dist');
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');

let nginx: ChildProcess;
let temp: string;
let origin: string;
let other: Server;
let otherOrigin: string;
let browser: Browser;
const at = (path: string) => `${origin}${base}${path.replace(/^\//, '')}`;

function freePort(): Promise<number> {
  return new Promise((done) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => done(port));
    });
  });
}

/** Waits until nginx answers at `url`. */
const waitFor = (url: string) => vi.waitFor(() => fetch(url), { timeout: 15_000, interval: 100 });

/** The second site: a page that loads TimelineJS (served here from node_modules) and our data from nginx. */
function startOtherOrigin(dataUrl: string): Promise<Server> {
  const require = createRequire(import.meta.url);
  const lib = join(dirname(require.resolve('@knight-lab/timelinejs/package.json')), 'dist');
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Recipe</title>
<link rel="stylesheet" href="/lib/css/timeline.css"></head><body>
<div id="timeline-embed" style="width:1000px;height:600px"></div>
<script src="/lib/js/timeline.js"></script>
<script>
  window.tlError = null;
  window.tlReady = false;
  try {
    const tl = new TL.Timeline('timeline-embed', ${JSON.stringify(dataUrl)}, { language: 'en', script_path: '/lib/js/', font: null, hash_bookmark: false });
    tl.on('loaded', () => { window.tlReady = true; });
    tl.on('dataloaderror', (e) => { window.tlError = e.message || 'data load error'; });
  } catch (e) { window.tlError = String(e); }
</script></body></html>`;
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path === '/') return res.writeHead(200, { 'Content-Type': contentType('html') }).end(page);
    const file = normalize(join(lib, path.replace(/^\/lib\//, '')));
    if (!path.startsWith('/lib/') || !file.startsWith(lib) || !existsSync(file)) return res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': contentType(file.split('.').pop() ?? '') }).end(readFileSync(file));
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

beforeAll(async () => {
  if (!existsSync(NGINX)) throw new Error(`${NGINX} is missing: apt-get install nginx (.ci/run does)`);
  temp = mkdtempSync(join(tmpdir(), 'nginx-test-'));
  // nginx's workers may run as another user: they must be able to reach the site through this folder.
  chmodSync(temp, 0o755);
  // The config's root holds the site at the base path, as a real deployment would.
  const www = join(temp, 'www');
  const site = join(www, base).replace(/\/$/, '');
  mkdirSync(dirname(site), { recursive: true });
  symlinkSync(dist, site);
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  const server = nginxServer({ root: www, base, listen: `127.0.0.1:${port}`, retired: retiredRecords() });
  writeFileSync(
    join(temp, 'nginx.conf'),
    [
      'worker_processes 1;',
      `pid ${temp}/nginx.pid;`,
      `error_log ${temp}/error.log;`,
      'events { worker_connections 64; }',
      'http {',
      '  access_log off;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${temp}/${t};`),
      server,
      '}',
    ].join('\n'),
  );
  nginx = spawn(NGINX, ['-p', temp, '-e', `${temp}/error.log`, '-c', `${temp}/nginx.conf`, '-g', 'daemon off;'], {
    stdio: 'inherit',
  });
  await waitFor(at('/'));
  other = await startOtherOrigin(at('/data/timelinejs/en/dongcheng.json'));
  otherOrigin = originOf(other);
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  other?.close();
  nginx?.kill('SIGTERM');
  if (nginx && nginx.exitCode === null) await new Promise((r) => nginx.once('exit', r));
  if (temp) rmSync(temp, { recursive: true, force: true });
});

/** One header's value; fetch joins a header sent twice with ", ", which these checks then reject. */
const header = async (path: string, name: string, init?: RequestInit) =>
  (await fetch(at(path), init)).headers.get(name);

describe('nginx serving the build', () => {
  it('frames embeds from anywhere and pages only from the site', async () => {
    const [embed] = readdirSync(join(dist, 'embed', 'milestone'));
    expect(await header('/', 'content-security-policy')).toBe("frame-ancestors 'self'");
    expect(await header('/en/timeline/', 'content-security-policy')).toBe("frame-ancestors 'self'");
    expect(await header(`/embed/milestone/${embed}/`, 'content-security-policy')).toBe('frame-ancestors *');
    expect(await header(`/en/embed/milestone/${embed}/`, 'content-security-policy')).toBe('frame-ancestors *');
    expect(await header('/', 'x-content-type-options')).toBe('nosniff');
  });

  it('lets any origin read /data/, and only /data/', async () => {
    const init = { headers: { Origin: 'https://example.net' } };
    expect(await header('/data/milestones.json', 'access-control-allow-origin', init)).toBe('*');
    expect(await header('/data/milestones.csv', 'access-control-allow-origin', init)).toBe('*');
    expect(await header('/', 'access-control-allow-origin', init)).toBeNull();
    expect(await header('/data/milestones.csv', 'content-type')).toBe('text/csv; charset=utf-8');
  });

  it('caches hashed assets for a year, and the service worker not at all', async () => {
    const asset = readdirSync(join(dist, '_astro')).find((f) => f.endsWith('.css'))!;
    expect(await header(`/_astro/${asset}`, 'cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await header('/sw.js', 'cache-control')).toBe('no-cache');
    expect(await header('/', 'cache-control')).toBe('public, max-age=600');
  });

  it('answers unknown addresses with 404 in the reader’s language', async () => {
    const zh = await fetch(at('/no-such-page/'));
    expect(zh.status).toBe(404);
    expect(await zh.text()).toMatch(/<html lang="zh-CN"/);
    const en = await fetch(at('/en/nope/'));
    expect(en.status).toBe(404);
    const html = await en.text();
    expect(html).toMatch(/<html lang="en"/);
    expect(html).toContain('Page not found');
    expect(await header('/en/nope/', 'content-security-policy')).toBe("frame-ancestors 'self'");
  });

  it('sends a retired milestone address on to the page that tells it now, with a 301, in both languages', async () => {
    for (const [from, to] of [
      ['/milestones/haidian-1978-reform-new-start/', '/eras/haidian-1978/'],
      ['/en/milestones/dongcheng-2011-overall-strategy-plan/', '/en/plans/dongcheng-2016-2020/'],
    ]) {
      const response = await fetch(at(from), { redirect: 'manual' });
      expect(response.status, from).toBe(301);
      expect(new URL(response.headers.get('location')!, origin).pathname, from).toBe(new URL(at(to)).pathname);
    }
  });

  it('sends the precompressed .gz file the build wrote', async () => {
    const bytes = await new Promise<{ encoding?: string; body: Buffer }>((done, fail) => {
      request(at('/index.html'), { headers: { 'Accept-Encoding': 'gzip' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }));
      })
        .on('error', fail)
        .end();
    });
    expect(bytes.encoding).toBe('gzip');
    expect(bytes.body.equals(readFileSync(join(dist, 'index.html.gz')))).toBe(true);
  });

  it('the TimelineJS recipe on /data/ loads our file from another origin', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const elsewhere: string[] = [];
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(origin) || url.startsWith(otherOrigin) || url.startsWith('data:')) return route.continue();
      elsewhere.push(url);
      return route.abort();
    });
    await page.goto(`${otherOrigin}/`);
    await page.waitForFunction(
      () =>
        (window as unknown as { tlReady: boolean; tlError: unknown }).tlReady ||
        (window as unknown as { tlError: unknown }).tlError,
      null,
      { timeout: 30_000 },
    );
    expect(await page.evaluate(() => (window as unknown as { tlError: unknown }).tlError)).toBeNull();
    const json = (await (await fetch(at('/data/timelinejs/en/dongcheng.json'))).json()) as { events: unknown[] };
    expect(await page.locator('.tl-timemarker').count()).toBe(json.events.length);
    expect(elsewhere).toEqual([]);
    await context.close();
  });
});
