// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { NO_SITE_URL_WARNING, SiteConfigError, siteConfig } from './src/lib/site/siteConfig.ts';
import { writeOffline } from './scripts/offlineBuild.ts';
import { precompress, writeDeployFiles } from './scripts/deployFiles.ts';
import { retiredRecords } from './src/lib/site/build/retiredRecords.ts';
import { milestoneRoute } from './src/lib/site/routes.ts';

// SITE_URL is the public origin every absolute URL is made from (none without it); BASE_PATH serves the
// site from a sub-folder (e.g. /reform-history/ on GitHub Pages). A bad value stops with one line.
/** @type {import('./src/lib/site/siteConfig.ts').SiteConfig} */
let config;
try {
  config = siteConfig(process.env);
} catch (error) {
  if (!(error instanceof SiteConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}
const { site, base } = config;

export default defineConfig({
  // Separate cache folders let several builds run side by side (ASTRO_CACHE_DIR).
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  ...(site ? { site } : {}),
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [
    mdx(),
    {
      name: 'site-url',
      hooks: { 'astro:build:start': ({ logger }) => void (site || logger.warn(NO_SITE_URL_WARNING)) },
    },
    // A sitemap needs absolute URLs: only with SITE_URL. Chinese is the default at the root, English under /en/.
    ...(site
      ? [
          sitemap({
            i18n: { defaultLocale: 'zh', locales: { zh: 'zh-CN', en: 'en' } },
            // Retired milestone addresses only lead on (not indexed): not in the sitemap either.
            filter: (page) =>
              !/\/(?:embed|offline|404)\//.test(page) &&
              !retiredRecords().some((r) => page.endsWith(milestoneRoute(r.id))),
          }),
        ]
      : []),
    // _headers, robots.txt, the web app manifest and icons, for this base path and origin.
    { name: 'deploy-files', hooks: { 'astro:build:done': ({ dir }) => writeDeployFiles(dir, base, site) } },
    // The service worker and the list of files for offline reading, from the finished build.
    { name: 'offline', hooks: { 'astro:build:done': ({ dir }) => writeOffline(dir, base) } },
    // Last: a .gz beside every text file, sw.js included.
    { name: 'precompress', hooks: { 'astro:build:done': ({ dir }) => precompress(dir) } },
  ],
  markdown: { syntaxHighlight: false },
  // Astro hashes every script and style it emits; nothing inline runs unless hashed. Only same-origin
  // requests are allowed, except map tiles the reader opts in to.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data: https://tile.openstreetmap.org",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
