// The deployment's public origin (SITE_URL) and sub-folder (BASE_PATH), read once by astro.config.mjs.
// A bad value stops the build with one line that says what is wrong and shows a good value.

export interface SiteConfig {
  /** The public origin, e.g. "https://reform-history.example.org"; undefined when SITE_URL is not set. */
  site: string | undefined;
  /** "/" or a path that starts and ends with "/", e.g. "/reform-history/". */
  base: string;
}

export class SiteConfigError extends Error {}

export const SITE_URL_EXAMPLE = 'SITE_URL=https://reform-history.example.org';
export const BASE_PATH_EXAMPLE = 'BASE_PATH=/reform-history/';

/** The line a build without SITE_URL prints. */
export const NO_SITE_URL_WARNING = `SITE_URL is not set: canonical, hreflang, Open Graph URLs and the sitemap are left out, and copyable links take the origin that serves the page. Set it for a deployment, e.g. ${SITE_URL_EXAMPLE} npm run build`;

function parseSiteUrl(value: string): string {
  const fail = (why: string) =>
    new SiteConfigError(`SITE_URL ${why} (got ${JSON.stringify(value)}); for example ${SITE_URL_EXAMPLE}`);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw fail('must be an absolute http(s) URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw fail('must be an absolute http(s) URL');
  if (url.username || url.password || url.search || url.hash) throw fail('must be an origin only');
  if (url.pathname !== '/')
    throw fail(`must be an origin only: put the path in BASE_PATH=${url.pathname.replace(/\/?$/, '/')}`);
  return url.origin;
}

function parseBasePath(value: string): string {
  if (!/^\/(?:[A-Za-z0-9._~-]+\/)*$/.test(value)) {
    throw new SiteConfigError(
      `BASE_PATH must start and end with "/" and hold only URL-safe folder names (got ${JSON.stringify(value)}); for example ${BASE_PATH_EXAMPLE}`,
    );
  }
  return value;
}

export function siteConfig(env: { SITE_URL?: string; BASE_PATH?: string }): SiteConfig {
  return {
    site: env.SITE_URL ? parseSiteUrl(env.SITE_URL) : undefined,
    base: env.BASE_PATH ? parseBasePath(env.BASE_PATH) : '/',
  };
}
