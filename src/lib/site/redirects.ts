// Addresses the site no longer has a record for (retired milestone ids, content/retired.yaml) lead
// on: each old address, in both languages, is answered with a 301 by the static hosts that read
// _redirects (Netlify, Cloudflare Pages) and by nginx, and with a redirect page (not indexed) where a
// host serves files only. One list of rules for all three.
import { LOCALES, localePath, type Locale } from './paths.ts';
import { eraRoute, milestoneRoute, planRoute } from './routes.ts';

export interface RetiredRecord {
  id: string;
  redirect: { kind: 'era' | 'milestone' | 'plan'; id: string };
}

const ROUTE_OF = { era: eraRoute, milestone: milestoneRoute, plan: planRoute } as const;

/** The locale-neutral route a retired milestone now leads to, e.g. "/eras/haidian-1978/". */
export function retiredTarget(r: RetiredRecord): string {
  return ROUTE_OF[r.redirect.kind](r.redirect.id);
}

export interface RedirectRule {
  locale: Locale;
  /** Paths under the site's base. */
  from: string;
  to: string;
}

/** Every old address and where it leads, in both languages, under `base`. */
export function redirectRules(retired: readonly RetiredRecord[], base = '/'): RedirectRule[] {
  return retired.flatMap((r) =>
    LOCALES.map((locale) => ({
      locale,
      from: localePath(milestoneRoute(r.id), locale, base),
      to: localePath(retiredTarget(r), locale, base),
    })),
  );
}

/** Lines of a _redirects file: "from to 301", one per old address. */
export function redirectLines(rules: readonly RedirectRule[]): string[] {
  return rules.map((r) => `${r.from}  ${r.to}  301`);
}
