// The strings both search views (header box and search page) need to render results in the browser.
import type { District } from '../../data/content.ts';
import type { Locale } from '../../lib/site/paths.ts';
import type { useTranslations } from '../../i18n/index.ts';
import { KINDS, type DocKind } from '../../lib/search/searchDocs.ts';
import { MAX_QUERY_LENGTH } from '../../lib/search/searchNormalize.ts';

export function resultStrings(t: ReturnType<typeof useTranslations>, districts: District[], locale: Locale) {
  return {
    kinds: Object.fromEntries(KINDS.map((k) => [k, t(`search.kind.${k}`)])) as Record<DocKind, string>,
    districts: Object.fromEntries(districts.map((d) => [d.id, d.short[locale]])),
    count: t('search.count'),
    countOne: t('search.countOne'),
    none: t('search.none'),
    loading: t('search.loading'),
    error: t('search.error'),
    suggestion: t('search.suggestion'),
    cut: t('search.cut', { n: MAX_QUERY_LENGTH }),
  };
}
