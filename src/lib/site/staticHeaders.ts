// The _headers file for static hosts that read one (Netlify, Cloudflare Pages). Its paths are URL
// paths, so under a base path (BASE_PATH) they carry that prefix. The Content-Security-Policy for
// scripts and styles is in each page's <meta>; frame-ancestors only works as a header.
import { normaliseBase } from './paths.ts';

/** The text of _headers for a site served under `base` ("/" or "/reform-history/"). */
export function staticHeaders(base: string): string {
  const prefix = normaliseBase(base);
  const embeds = ['embed', 'en/embed'].map(
    (path) => `${prefix}${path}/*\n  ! Content-Security-Policy\n  Content-Security-Policy: frame-ancestors *\n`,
  );
  return [
    '# Headers for static hosts that read _headers (Netlify, Cloudflare Pages); written by the build.',
    `${prefix}*`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()',
    "  Content-Security-Policy: frame-ancestors 'self'",
    '  Cache-Control: public, max-age=600',
    '',
    `${prefix}_astro/*`,
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
    '# The service worker and its manifest name the current build: always asked for afresh.',
    `${prefix}sw.js`,
    '  Cache-Control: no-cache',
    `${prefix}offline-manifest.json`,
    '  Cache-Control: no-cache',
    '',
    '# Embeds are made to be framed by other sites.',
    ...embeds,
  ].join('\n');
}
