// Site-relative URLs for both locales. Chinese is the default at the root; English lives under /en/.
export type Locale = 'zh' | 'en';
export const LOCALES: readonly Locale[] = ['zh', 'en'];
export const HTML_LANG: Record<Locale, string> = { zh: 'zh-CN', en: 'en' };

/** Normalises a base path to start and end with "/". */
export function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * The URL of a locale-neutral route (e.g. "/milestones/x/") in one locale, under the site's base.
 * A route may carry a query or hash, which is kept.
 */
export function localePath(route: string, locale: Locale, base = '/'): string {
  return basePath(`${locale === 'en' ? 'en/' : ''}${route.replace(/^\/+/, '')}`, base);
}

/** The URL of a file the languages share (e.g. "/data/milestones.csv"), under the site's base. */
export function basePath(route: string, base = '/'): string {
  return `${normaliseBase(base)}${route.replace(/^\/+/, '')}`;
}

export function otherLocale(locale: Locale): Locale {
  return locale === 'zh' ? 'en' : 'zh';
}

/** A route's URL in both locales, as the open-data files give it. */
export function localeUrls(route: string, base = '/'): Record<Locale, string> {
  return { zh: localePath(route, 'zh', base), en: localePath(route, 'en', base) };
}
