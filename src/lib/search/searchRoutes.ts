// Where a search result leads: the locale-neutral route of each kind of record. Build links with
// localePath(route, locale, base).
import type { SearchDoc } from './build/searchCorpus.ts';
import { placeAnchor } from '../site/anchors.ts';

export function resultRoute(doc: Pick<SearchDoc, 'k' | 'id' | 'd'>): string {
  switch (doc.k) {
    case 'm':
      return `/milestones/${doc.id}/`;
    case 'e':
      return `/eras/${doc.id}/`;
    case 'd':
      return `/districts/${doc.id}/`;
    case 't':
      return `/themes/${doc.id}/`;
    // A place has no page of its own: its entry beside its district's map, with its milestones.
    case 'p':
      return doc.d ? `/districts/${doc.d}/#${placeAnchor(doc.id)}` : '/districts/';
  }
}
