// The HTTP headers the site is served with, as ONE rule list, written out for static hosts that read a
// _headers file (Netlify, Cloudflare Pages) and as an nginx server block (deploy/nginx.conf), so that
// the two cannot drift. The Content-Security-Policy for scripts and styles is in each page's <meta>;
// frame-ancestors only works as a header.
import { normaliseBase } from './paths.ts';

export interface HeaderRule {
  /** Base-relative: "" is everything, "data/" a folder and all below it, "sw.js" one file. */
  at: string;
  headers: Record<string, string>;
  why: string;
}

/** For each header, the rule with the longest `at` that matches a path wins (as nginx locations do). */
export const HEADER_RULES: readonly HeaderRule[] = [
  {
    at: '',
    why: 'Every response; pages cannot be framed by other sites.',
    headers: {
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
      'Content-Security-Policy': "frame-ancestors 'self'",
      'Cache-Control': 'public, max-age=600',
    },
  },
  {
    at: '_astro/',
    why: 'Hashed file names: cached for a year.',
    headers: { 'Cache-Control': 'public, max-age=31536000, immutable' },
  },
  {
    at: 'sw.js',
    why: 'The service worker names the current build: always asked for afresh.',
    headers: { 'Cache-Control': 'no-cache' },
  },
  {
    at: 'offline-manifest.json',
    why: 'Lists the current build for offline reading: always asked for afresh.',
    headers: { 'Cache-Control': 'no-cache' },
  },
  {
    at: 'data/',
    why: 'Open data: readable from any origin (TimelineJS, notebooks, other sites).',
    headers: { 'Access-Control-Allow-Origin': '*' },
  },
  {
    at: 'embed/',
    why: 'Made to be framed by other sites.',
    headers: { 'Content-Security-Policy': 'frame-ancestors *' },
  },
  {
    at: 'en/embed/',
    why: 'Made to be framed by other sites.',
    headers: { 'Content-Security-Policy': 'frame-ancestors *' },
  },
];

const covers = (at: string, path: string) => (at.endsWith('/') || at === '' ? path.startsWith(at) : path === at);

/** The headers a base-relative path is served with under HEADER_RULES. */
export function headersFor(path: string, rules: readonly HeaderRule[] = HEADER_RULES): Record<string, string> {
  const result: Record<string, string> = {};
  for (const rule of [...rules].filter((r) => covers(r.at, path)).sort((a, b) => a.at.length - b.at.length)) {
    Object.assign(result, rule.headers);
  }
  return result;
}

/**
 * The text of _headers for a site served under `base`. Netlify and Cloudflare apply every rule whose
 * path matches and join a header set twice, so no header may come from two matching paths: where a
 * rule is overridden below it, its header is written for the folder's other entries one by one, taken
 * from `files` (the built site's base-relative file paths).
 */
export function staticHeaders(base: string, files: readonly string[], rules = HEADER_RULES): string {
  const prefix = normaliseBase(base);
  const blocks = new Map<string, Record<string, string>>();
  const add = (pattern: string, name: string, value: string) => {
    const block = blocks.get(pattern) ?? {};
    block[name] = value;
    blocks.set(pattern, block);
  };
  // The entries directly inside a folder ("" is the root): files, and folders with a trailing "/".
  const children = (folder: string) => {
    const entries = files
      .filter((f) => f.startsWith(folder))
      .map((f) => {
        const slash = f.indexOf('/', folder.length);
        return slash < 0 ? f : f.slice(0, slash + 1);
      });
    return [...new Set(entries)].sort();
  };
  const patternOf = (at: string) => `${prefix}${at}${at === '' || at.endsWith('/') ? '*' : ''}`;

  const names = new Set(rules.flatMap((r) => Object.keys(r.headers)));
  for (const name of names) {
    const setting = rules.filter((r) => name in r.headers);
    const cover = (at: string, value: string) => {
      const inside = setting.filter((r) => r.at !== at && r.at.startsWith(at) && (at === '' || at.endsWith('/')));
      if (inside.length === 0) return add(patternOf(at), name, value);
      // The folder's own address, then each entry that is not a rule of its own.
      add(`${prefix}${at}`, name, value);
      for (const child of children(at)) {
        if (setting.some((r) => r.at === child)) continue;
        if (child.endsWith('/') || setting.some((r) => r.at.startsWith(child))) cover(child, value);
        else add(`${prefix}${child}`, name, value);
      }
    };
    for (const rule of setting) cover(rule.at, rule.headers[name]);
  }

  const why = new Map(rules.map((r) => [patternOf(r.at), r.why]));
  return [
    '# Headers for static hosts that read _headers (Netlify, Cloudflare Pages); written by the build from',
    '# src/lib/site/staticHeaders.ts, like deploy/nginx.conf. No header comes from two matching paths.',
    ...[...blocks].map(([pattern, headers]) =>
      [
        ...(why.has(pattern) ? [`# ${why.get(pattern)}`] : []),
        pattern,
        ...Object.entries(headers).map(([n, v]) => `  ${n}: ${v}`),
      ].join('\n'),
    ),
    '',
  ].join('\n');
}
