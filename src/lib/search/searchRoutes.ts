// Where a search result leads: the locale-neutral route of each kind of record, with the anchor of
// the part of the page it stands for. Build links with localePath(route, locale, base).
import type { SearchDoc } from './searchDocs.ts';
import { glossaryAnchor, placeAnchor } from '../site/anchors.ts';
import { ROUTES, milestoneRoute, districtRoute, eraRoute, planRoute, themeRoute } from '../site/routes.ts';

function page(doc: Pick<SearchDoc, 'k' | 'id' | 'd'>): string {
  switch (doc.k) {
    case 'm':
      return milestoneRoute(doc.id);
    case 'g':
      return ROUTES.sources;
    case 'e':
      return eraRoute(doc.id);
    case 'd':
      return districtRoute(doc.id);
    case 'l':
      return planRoute(doc.id);
    case 't':
      return themeRoute(doc.id);
    // Figures and places have no page of their own: their entry on their district's page.
    case 'f':
    case 'p':
      return doc.d ? districtRoute(doc.d) : ROUTES.districts;
  }
}

/** The anchor of the part of the page a result stands for: shipped for sections and plan items, derived for the rest. */
function anchor(doc: Pick<SearchDoc, 'k' | 'id' | 'h'>): string | undefined {
  if (doc.h) return doc.h;
  if (doc.k === 'g') return glossaryAnchor(doc.id);
  if (doc.k === 'p') return placeAnchor(doc.id);
  if (doc.k === 'f') return doc.id;
  return undefined;
}

export function resultRoute(doc: Pick<SearchDoc, 'k' | 'id' | 'd' | 'h'>): string {
  const hash = anchor(doc);
  return hash ? `${page(doc)}#${hash}` : page(doc);
}
