// A lesson collection as the URL holds it: /collection/?m=<id>~<id>~…&title=…[&order=own]. The URL
// alone is the whole state; the browser keeps a copy of the same query string. Parsing never throws:
// unknown and repeated ids are dropped and counted, so that the page can say how many.
import { LIST_SEPARATOR } from '../site/urlParams.ts';

/** The longest title kept, in characters (code points). */
export const TITLE_MAX = 80;

/** date: the milestones in date order; own: in the order the URL lists them (the teacher's). */
export type CollectionOrder = 'date' | 'own';

export interface Collection {
  ids: string[];
  title: string;
  order: CollectionOrder;
}

export interface ParsedCollection extends Collection {
  /** What the URL asked for that was left out or changed. */
  dropped: { unknown: number; repeated: number; titleCut: boolean };
}

// C0 and C1 controls, and the bidirectional overrides and isolates, which could reorder the text around them.
// eslint-disable-next-line no-control-regex
const UNWANTED = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** A title as plain text: no controls, spaces collapsed, at most TITLE_MAX characters. */
export function cleanTitle(raw: string): { title: string; cut: boolean } {
  const text = raw.toWellFormed().replace(UNWANTED, ' ').replace(/\s+/g, ' ').trim();
  const chars = Array.from(text);
  if (chars.length <= TITLE_MAX) return { title: text, cut: false };
  return { title: chars.slice(0, TITLE_MAX).join('').trimEnd(), cut: true };
}

// Ids go into the query unencoded, so only these characters are ever kept (milestone ids are slugs).
const URL_SAFE_ID = /^[a-z0-9-]{1,100}$/;

/**
 * Reads a query string ("?m=…&title=…"). `known` names the milestones that exist; without it (pages
 * that do not carry the list), any id made of a–z, 0–9 and "-" is kept.
 */
export function parseCollection(search: string, known?: ReadonlySet<string>): ParsedCollection {
  const params = new URLSearchParams(search);
  const ids: string[] = [];
  let unknown = 0;
  let repeated = 0;
  for (const value of params.getAll('m')) {
    for (const raw of value.split(LIST_SEPARATOR)) {
      const id = raw.trim();
      if (!id) continue;
      if (!URL_SAFE_ID.test(id) || (known && !known.has(id))) unknown++;
      else if (ids.includes(id)) repeated++;
      else ids.push(id);
    }
  }
  const { title, cut } = cleanTitle(params.get('title') ?? '');
  const order: CollectionOrder = params.get('order') === 'own' ? 'own' : 'date';
  return { ids, title, order, dropped: { unknown, repeated, titleCut: cut } };
}

/** The query string of a collection ("" when it is empty), in the one canonical form. */
export function collectionQuery(c: Collection): string {
  const parts: string[] = [];
  if (c.ids.length) parts.push(`m=${c.ids.join(LIST_SEPARATOR)}`);
  if (c.title) parts.push(`title=${encodeURIComponent(c.title)}`);
  if (c.order === 'own' && c.ids.length > 1) parts.push('order=own');
  return parts.length ? `?${parts.join('&')}` : '';
}
