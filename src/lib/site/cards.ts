// Sharing cards (1200×630 PNG, og:image): which pages have their own card, and the file each page's
// card is at. Every other page shows the site's default card. Drawn at build time by build/cardImage.ts.
import type { Locale } from './paths.ts';

export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** What a card shows; also its cache key, so everything drawn must be in here. */
export interface CardSpec {
  locale: Locale;
  /** Small line above the headline: the kind of page, or the district. */
  kicker: string;
  headline: string;
  /** The date or years, as displayed; empty for pages without one. */
  date: string;
  /** "#rrggbb": the district's colour, or the site's. */
  color: string;
  siteName: string;
}

const OWN_CARD = /^\/(?:(?:milestones|eras|districts|themes)\/[a-z0-9-]+|timeline|compare|map|data)\/$/;

/** The base-relative file of a page's card, e.g. "og/en/milestones/x.png"; "og/<locale>/site.png" by default. */
export function cardFile(route: string, locale: Locale): string {
  const name = OWN_CARD.test(route) ? route.slice(1, -1) : 'site';
  return `og/${locale}/${name}.png`;
}
