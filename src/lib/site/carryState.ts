// The reader's place travels with links to the same page elsewhere: the language switch (the other
// language's version of this page) and an embed's "view on the site". The query (filters, selection,
// search) goes as it is, since both versions read the same parameters; the anchor too, except where the
// other version names it differently (headings of a text and its translation), which is mapped.

export interface Heading {
  depth: number;
  slug: string;
}

/**
 * The anchors of a text's headings paired with those of its translation: the nth heading of one is the
 * nth of the other, for as long as their levels agree. Only anchors that differ are listed.
 */
export function pairAnchors(from: readonly Heading[], to: readonly Heading[]): Record<string, string> {
  const pairs: Record<string, string> = {};
  for (let i = 0; i < Math.min(from.length, to.length) && from[i].depth === to[i].depth; i++)
    if (from[i].slug !== to[i].slug) pairs[from[i].slug] = to[i].slug;
  return pairs;
}

/**
 * `target` (a URL without query or anchor) with the reader's `search` and `hash` (as in `location`),
 * the anchor mapped through `anchors` when it is one of them.
 */
export function carryState(
  target: string,
  search: string,
  hash: string,
  anchors: Readonly<Record<string, string>> = {},
): string {
  let id = hash.slice(1);
  try {
    id = decodeURIComponent(id);
  } catch {
    // A malformed anchor is carried as it is: the page it leads to ignores what it cannot find.
  }
  const anchor = Object.hasOwn(anchors, id) ? `#${encodeURIComponent(anchors[id])}` : hash.length > 1 ? hash : '';
  return `${target.replace(/[?#].*$/, '')}${search.length > 1 ? search : ''}${anchor}`;
}
