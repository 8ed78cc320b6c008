// _headers as Netlify and Cloudflare Pages read it: every rule whose path matches applies, and a header
// set by two matching rules is joined into one comma-separated value. So for every path of a built
// site, each header must come from one rule only, with the value the shared rule list gives.
import { describe, expect, it } from 'vitest';
import { HEADER_RULES, headersFor, staticHeaders } from '../../../src/lib/site/staticHeaders.ts';

type Rules = { path: string; headers: [string, string][] }[];

function parse(text: string): Rules {
  const rules: Rules = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || !line.trim()) continue;
    if (line.startsWith('/')) rules.push({ path: line.trim(), headers: [] });
    else {
      const [name, ...value] = line.trim().split(':');
      rules.at(-1)!.headers.push([name.trim(), value.join(':').trim()]);
    }
  }
  return rules;
}

const escape = (s: string) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
/** Netlify: "*" matches anything, ":name" one segment; a trailing slash is optional. */
const netlify = (pattern: string, path: string) =>
  new RegExp(
    `^${escape(pattern)
      .replace(/\*/g, '.*')
      .replace(/:[a-z]+/g, '[^/]+')
      .replace(/\/$/, '')}/?$`,
  ).test(path);
/** Cloudflare Pages: a splat "*" matches anything (greedy), placeholders one segment; exact otherwise. */
const cloudflare = (pattern: string, path: string) =>
  new RegExp(
    `^${escape(pattern)
      .replace(/\*/g, '.*')
      .replace(/:[a-z]+/g, '[^/]+')}$`,
  ).test(path);

const FILES = [
  '404.html',
  '_astro/BaseLayout.abc.css',
  '_astro/page.def.js',
  'data/index.html',
  'data/milestones.json',
  'data/timelinejs/en/dongcheng.json',
  'embed/milestone/x/index.html',
  'en/404/index.html',
  'en/data/index.html',
  'en/embed/timeline/index.html',
  'en/index.html',
  'en/milestones/x/index.html',
  'favicon.svg',
  'index.html',
  'milestones/x/index.html',
  'offline-manifest.json',
  'og/zh/site.png',
  'sw.js',
];
/** Every file, and every folder's own address (served as its index.html). */
const PATHS = [...FILES, ...FILES.filter((f) => f.endsWith('index.html')).map((f) => f.slice(0, -'index.html'.length))];

describe('_headers', () => {
  for (const base of ['/', '/reform-history/']) {
    const rules = parse(staticHeaders(base, FILES));
    for (const [host, matches] of [
      ['Netlify', netlify],
      ['Cloudflare Pages', cloudflare],
    ] as const) {
      it(`under ${host}'s matching, every path gets each header once, as the rules say (base ${base})`, () => {
        for (const path of PATHS) {
          const sent = rules.filter((r) => matches(r.path, `${base}${path}`)).flatMap((r) => r.headers);
          const names = sent.map(([name]) => name.toLowerCase());
          expect(
            names.filter((n, i) => names.indexOf(n) !== i),
            path,
          ).toEqual([]);
          expect(Object.fromEntries(sent), path).toEqual(headersFor(path));
        }
      });
    }
  }

  it('keeps the promises of the rules', () => {
    expect(headersFor('data/milestones.json')['Access-Control-Allow-Origin']).toBe('*');
    expect(headersFor('milestones/x/')['Access-Control-Allow-Origin']).toBeUndefined();
    expect(headersFor('embed/milestone/x/')['Content-Security-Policy']).toBe('frame-ancestors *');
    expect(headersFor('en/embed/timeline/')['Content-Security-Policy']).toBe('frame-ancestors *');
    expect(headersFor('en/milestones/x/')['Content-Security-Policy']).toBe("frame-ancestors 'self'");
    expect(headersFor('_astro/a.css')['Cache-Control']).toBe('public, max-age=31536000, immutable');
    expect(headersFor('sw.js')['Cache-Control']).toBe('no-cache');
    expect(HEADER_RULES.every((r) => r.why.length > 0)).toBe(true);
  });

  it('puts the base path in front of every path', () => {
    const paths = parse(staticHeaders('/reform-history/', FILES)).map((r) => r.path);
    expect(paths.every((p) => p.startsWith('/reform-history/'))).toBe(true);
    expect(paths).toContain('/reform-history/_astro/*');
  });
});
