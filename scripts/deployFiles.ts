// After `astro build`: what a host needs besides the pages — _headers, robots.txt, the web app manifest
// and icons (writeDeployFiles), and a .gz beside every text file for servers that send precompressed
// files, such as nginx with gzip_static (precompress; run last, after sw.js is written).
import { copyFileSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, constants } from 'node:zlib';
import { staticHeaders } from '../src/lib/site/staticHeaders.ts';
import { ICON_SIZES, robotsTxt, webManifest } from '../src/lib/site/discovery.ts';
import { MEDIA_TYPES } from '../src/lib/site/mediaTypes.ts';
import { icoFromPng, iconPng } from '../src/lib/site/build/icons.ts';
import { siteUrls } from '../src/lib/site/siteUrl.ts';
import { redirectLines, redirectRules } from '../src/lib/site/redirects.ts';
import { retiredRecords } from '../src/lib/site/build/retiredRecords.ts';
import { zh } from '../src/i18n/zh.ts';

const filesIn = (dist: string) =>
  (readdirSync(dist, { recursive: true }) as string[])
    .map((p) => p.split('\\').join('/'))
    .filter((p) => statSync(join(dist, p)).isFile())
    .sort();

export function writeDeployFiles(distUrl: URL, base: string, site: string | undefined): void {
  const dist = fileURLToPath(distUrl);
  const urls = siteUrls(site, base);
  const svg = readFileSync(join(dist, 'favicon.svg'), 'utf8');
  writeFileSync(join(dist, 'favicon.ico'), icoFromPng(iconPng(svg, ICON_SIZES.favicon), ICON_SIZES.favicon));
  writeFileSync(join(dist, 'apple-touch-icon.png'), iconPng(svg, ICON_SIZES.appleTouch));
  for (const size of ICON_SIZES.app) writeFileSync(join(dist, `icon-${size}.png`), iconPng(svg, size));
  const manifest = webManifest(base, {
    name: zh['site.title'],
    shortName: zh['site.title'],
    description: zh['site.description'],
  });
  writeFileSync(join(dist, 'manifest.webmanifest'), JSON.stringify(manifest, null, 2));
  writeFileSync(join(dist, 'robots.txt'), robotsTxt(urls.absolute(`${urls.base}sitemap-index.xml`)));
  // Retired milestone addresses lead on with a 301 (nginx: deploy/nginx.conf); before the catch-all.
  // English addresses get the English 404 page: Cloudflare Pages serves the nearest 404.html, Netlify
  // reads _redirects.
  const redirects = redirectLines(redirectRules(retiredRecords(), base));
  if (existsSync(join(dist, 'en', '404', 'index.html'))) {
    copyFileSync(join(dist, 'en', '404', 'index.html'), join(dist, 'en', '404.html'));
    redirects.push(`${urls.base}en/*  ${urls.base}en/404.html  404`);
  }
  if (redirects.length > 0) writeFileSync(join(dist, '_redirects'), `${redirects.join('\n')}\n`);
  // _headers names URL paths, so it is written for the base path, from the finished file list.
  writeFileSync(join(dist, '_headers'), staticHeaders(base, filesIn(dist)));
}

const TEXT = new Set(
  Object.entries(MEDIA_TYPES)
    .filter(([, t]) => t.text)
    .map(([ext]) => `.${ext}`),
);

export function precompress(distUrl: URL): void {
  const dist = fileURLToPath(distUrl);
  for (const file of filesIn(dist)) {
    if (!TEXT.has(extname(file))) continue;
    const body = readFileSync(join(dist, file));
    if (body.length < 1024) continue;
    writeFileSync(join(dist, `${file}.gz`), gzipSync(body, { level: constants.Z_BEST_COMPRESSION }));
  }
}
