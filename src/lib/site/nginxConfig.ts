// An nginx server block for self-hosting, made from the same header rules as _headers
// (staticHeaders.ts): one location per rule. It serves the per-language 404 pages and the
// precompressed .gz files the build writes beside each text file, and answers the addresses of retired
// milestones with a 301 to the page that now tells them (redirects.ts, as _redirects does).
import { HEADER_RULES, headersFor, type HeaderRule } from './staticHeaders.ts';
import { MEDIA_TYPES } from './mediaTypes.ts';
import { normaliseBase } from './paths.ts';
import { redirectRules, type RetiredRecord } from './redirects.ts';

export interface NginxOptions {
  /** The folder that holds the site at `base`: dist/ itself when the base is "/". */
  root: string;
  base: string;
  listen: string;
  /** Retired milestone ids, whose old addresses are redirected. */
  retired?: readonly RetiredRecord[];
}

/** What deploy/nginx.conf is written for: the site at the root, its files in /srv/reform-history/dist. */
export const DEPLOY_DEFAULTS: NginxOptions = { base: '/', root: '/srv/reform-history/dist', listen: '80' };

const quote = (value: string) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

export function nginxServer(
  { root, base, listen, retired = [] }: NginxOptions,
  rules: readonly HeaderRule[] = HEADER_RULES,
): string {
  const prefix = normaliseBase(base);
  // Each language's addresses answer unknown paths with that language's 404 page.
  const notFound = (at: string) => (at.startsWith('en/') ? `${prefix}en/404/` : `${prefix}404.html`);
  const locations = [...rules.map((r) => r.at), ...(rules.some((r) => r.at === 'en/') ? [] : ['en/'])];
  const location = (at: string) => {
    const selector =
      at === '' ? `location ${prefix}` : at.endsWith('/') ? `location ^~ ${prefix}${at}` : `location = ${prefix}${at}`;
    // add_header in a location drops the server's, so each location carries its full set ("always": on
    // error pages too).
    const headers = Object.entries(headersFor(at.endsWith('/') || at === '' ? `${at}x` : at, rules));
    return [
      `  ${selector} {`,
      ...headers.map(([name, value]) => `    add_header ${name} ${quote(value)} always;`),
      `    error_page 404 ${notFound(at)};`,
      '  }',
    ].join('\n');
  };
  const types = Object.entries(MEDIA_TYPES).map(([ext, { type }]) => `    ${type} ${ext};`);
  const textTypes = [
    ...new Set(
      Object.values(MEDIA_TYPES)
        .filter((t) => t.text && t.type !== 'text/html')
        .map((t) => t.type),
    ),
  ];
  return [
    '# Generated from src/lib/site/staticHeaders.ts by scripts/nginx-config.ts; do not edit by hand.',
    'server {',
    `  listen ${listen};`,
    `  root ${root};`,
    '  index index.html;',
    '  server_tokens off;',
    '  absolute_redirect off;',
    '  # The build writes a .gz beside every text file.',
    '  gzip_static on;',
    '  gzip_vary on;',
    '  charset utf-8;',
    `  charset_types ${textTypes.join(' ')};`,
    '  types {',
    ...types,
    '  }',
    '  default_type application/octet-stream;',
    ...(prefix === '/' ? [] : [`  location = ${prefix.slice(0, -1)} { return 301 ${prefix}; }`]),
    ...locations.map(location),
    ...redirectRules(retired, base).map(({ from, to }) =>
      [
        `  location = ${from} {`,
        ...Object.entries(headersFor(from.slice(prefix.length), rules)).map(
          ([name, value]) => `    add_header ${name} ${quote(value)} always;`,
        ),
        `    return 301 ${to};`,
        '  }',
      ].join('\n'),
    ),
    '}',
    '',
  ].join('\n');
}
