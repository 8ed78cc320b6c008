// The strings both search views (header box and search page) need to render results in the browser.
import type { District } from '../../data/content.ts';
import type { Locale } from '../../lib/site/paths.ts';
import type { useTranslations } from '../../i18n/index.ts';
import { KINDS } from '../../lib/search/searchDocs.ts';

export function resultStrings(t: ReturnType<typeof useTranslations>, districts: District[], locale: Locale) {
  return {
    kinds: Object.fromEntries(KINDS.map((k) => [k, t(`search.kind.${k}`)])),
    districts: Object.fromEntries(districts.map((d) => [d.id, d.short[locale]])),
    count: t('search.count'),
    countOne: t('search.countOne'),
    none: t('search.none'),
    loading: t('search.loading'),
    error: t('search.error'),
  };
}
