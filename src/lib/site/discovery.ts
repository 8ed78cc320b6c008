// robots.txt and the web app manifest, written by the build for its base path.
import { normaliseBase } from './paths.ts';

/** robots.txt; it names the sitemap only when the build has an origin (a sitemap needs absolute URLs). */
export function robotsTxt(sitemapUrl: string | null): string {
  return ['User-agent: *', 'Allow: /', ...(sitemapUrl ? ['', `Sitemap: ${sitemapUrl}`] : []), ''].join('\n');
}

export const ICON_SIZES = { favicon: 32, appleTouch: 180, app: [192, 512] } as const;

export function webManifest(base: string, names: { name: string; shortName: string; description: string }) {
  const root = normaliseBase(base);
  return {
    name: names.name,
    short_name: names.shortName,
    description: names.description,
    lang: 'zh-CN',
    start_url: root,
    scope: root,
    display: 'standalone',
    background_color: '#fbf8f3',
    theme_color: '#7a4a12',
    icons: [
      ...ICON_SIZES.app.map((size) => ({
        src: `${root}icon-${size}.png`,
        sizes: `${size}x${size}`,
        type: 'image/png',
      })),
      { src: `${root}favicon.svg`, sizes: 'any', type: 'image/svg+xml' },
    ],
  };
}
