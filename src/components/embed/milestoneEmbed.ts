// At build time: the texts of a milestone's embed, for the height its embed code gives the frame when
// the code's script cannot run (lib/embed/fallbackHeight.ts).
import { getDistricts, getSourceMap, getThemes, type Milestone } from '../../data/content.ts';
import { formatSourceRef } from '../../lib/cite/citation.ts';
import { formatDate } from '../../lib/format/dates.ts';
import { MILESTONE_EMBED_FIXED, embedHeight } from '../../lib/embed/fallbackHeight.ts';
import type { Locale } from '../../lib/site/paths.ts';
import { useTranslations } from '../../i18n/index.ts';
import { joinList } from '../../lib/format/lists.ts';

export async function milestoneEmbedHeight(m: Milestone, locale: Locale): Promise<number> {
  const t = useTranslations(locale);
  const [districts, themes, sources] = await Promise.all([getDistricts(), getThemes(), getSourceMap()]);
  const district = districts.find((d) => d.id === m.district)?.name[locale] ?? '';
  const themeNames = m.themes.map((id) => themes.find((th) => th.id === id)?.name[locale] ?? id);
  return embedHeight(
    [
      { kind: 'meta', text: `${formatDate(m.date, locale)} · ■ ${district}` },
      { kind: 'title', text: m.title[locale] },
      { kind: 'lede', text: m.summary[locale] },
      ...(m.note ? [{ kind: 'note' as const, text: `${t('milestone.note')}: ${m.note[locale]}` }] : []),
      { kind: 'meta', text: `${t('milestone.themes')}: ${joinList(themeNames, locale)}` },
      { kind: 'meta', text: `${t('milestone.source')}: ${formatSourceRef(m.source, sources, locale)}` },
      { kind: 'meta', text: `${t('embed.credit')} ${t('site.title')} · ${t('embed.viewFull')}` },
    ],
    MILESTONE_EMBED_FIXED,
  );
}
