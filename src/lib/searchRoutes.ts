// Where a search result leads: the locale-neutral route of each kind of record. Build links with
// localePath(route, locale, base).
import type { SearchDoc } from './searchCorpus.ts';

export function resultRoute(doc: Pick<SearchDoc, 'k' | 'id' | 'd'>): string {
  switch (doc.k) {
    case 'm': return `/milestones/${doc.id}/`;
    case 'e': return `/eras/${doc.id}/`;
    case 'd': return `/districts/${doc.id}/`;
    case 't': return `/themes/${doc.id}/`;
    // A place has no page of its own: its district's page shows it on the map.
    case 'p': return doc.d ? `/districts/${doc.d}/` : '/districts/';
  }
}
