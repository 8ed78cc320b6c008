// What the site's public origin is, or that it has none (a build without SITE_URL). Absolute URLs are
// only ever made from a known origin; without one, what a reader copies is written root-relative and
// completed in the browser from the page's own origin (withOrigin), and what needs an absolute URL is
// left out.
import { localePath, type Locale } from './paths.ts';

export interface SiteUrls {
  /** "https://example.org" (no trailing slash), or null when the build has no SITE_URL. */
  readonly origin: string | null;
  /** The base path, "/" or "/reform-history/". */
  readonly base: string;
  /** A locale-neutral route's root-relative path in one locale, e.g. "/reform-history/en/eras/x/". */
  path(route: string, locale: Locale): string;
  /** A root-relative path (base included) made absolute, or null without an origin. */
  absolute(path: string): string | null;
  /** The absolute URL when the origin is known, otherwise the root-relative path itself. */
  link(path: string): string;
}

export function siteUrls(site: string | URL | undefined, base: string): SiteUrls {
  const origin = site ? new URL(site).origin : null;
  return {
    origin,
    base,
    path: (route, locale) => localePath(route, locale, base),
    absolute: (path) => (origin ? `${origin}${path}` : null),
    link: (path) => (origin ? `${origin}${path}` : path),
  };
}

/** This build's URLs (astro.config.mjs sets `site` from SITE_URL and `base` from BASE_PATH). */
export const SITE: SiteUrls = /* @__PURE__ */ siteUrls(import.meta.env.SITE, import.meta.env.BASE_URL);

/** A root-relative URL ("/x/") completed with `origin`; absolute URLs and anything else are kept. */
export function withOrigin(url: string, origin: string): string {
  return url.startsWith('/') && !url.startsWith('//') ? `${origin}${url}` : url;
}
