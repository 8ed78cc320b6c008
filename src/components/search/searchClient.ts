// What the browser loads when search is first used: the engine (with Fuse.js), the index download,
// and the DOM for one result. Results are built with createElement and textContent only: nothing
// from the index or the query is ever parsed as HTML, including the <mark>s around the query's words.
import { SearchEngine, type SearchOutcome } from '../../lib/search/searchEngine.ts';
import { isPayload } from '../../lib/search/searchIndex.ts';
import { resultRoute } from '../../lib/search/searchRoutes.ts';
import { localePath, type Locale } from '../../lib/site/paths.ts';
import { formatDate } from '../../lib/format/dates.ts';
import { highlightPieces, highlightRanges } from '../../lib/search/searchHighlight.ts';
import type { DocKind, SearchDoc } from '../../lib/search/searchDocs.ts';
import { snippet } from '../../lib/search/searchSnippet.ts';

export { SearchEngine };
export type { SearchOutcome };

const engines = new Map<string, Promise<SearchEngine>>();

/** Downloads and parses one locale's index, once per page. */
export function loadEngine(url: string): Promise<SearchEngine> {
  let engine = engines.get(url);
  if (!engine) {
    engine = fetch(url, { credentials: 'same-origin' })
      .then((response) => {
        if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
        return response.json() as Promise<unknown>;
      })
      .then((payload) => {
        if (!isPayload(payload)) throw new Error('search index: unexpected format');
        return new SearchEngine(payload);
      });
    engine.catch(() => engines.delete(url));
    engines.set(url, engine);
  }
  return engine;
}

/** Strings a result needs, from the page (data-strings). */
export interface ResultStrings {
  kinds: Record<DocKind, string>;
  /** District id → short name. */
  districts: Record<string, string>;
}

export function resultHref(doc: SearchDoc, locale: Locale, base: string): string {
  return localePath(resultRoute(doc), locale, base);
}

/** "Milestone · 2005 · Dongcheng": what kind of record, when and where. */
export function resultMeta(doc: SearchDoc, locale: Locale, strings: ResultStrings): string {
  const parts = [strings.kinds[doc.k]];
  if (doc.dt) parts.push(formatDate(doc.dt, locale));
  else if ((doc.k === 'e' || doc.k === 'l') && doc.y) parts.push(`${doc.y[0]}–${doc.y[1]}`);
  if (doc.d && doc.k !== 'd' && strings.districts[doc.d]) parts.push(strings.districts[doc.d]);
  if (doc.c) parts.push(doc.c);
  return parts.join(' · ');
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** An element holding `text`, with the query's words in <mark>. */
function marked<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text: string,
  terms: readonly string[],
): HTMLElementTagNameMap[K] {
  const node = el(tag, className);
  for (const piece of highlightPieces(text, highlightRanges(text, terms))) {
    node.append(piece.marked ? el('mark', '', piece.text) : piece.text);
  }
  return node;
}

/** One result of the search page: a link, what and when, and the snippet. */
export function resultItem(
  doc: SearchDoc,
  locale: Locale,
  base: string,
  strings: ResultStrings,
  terms: readonly string[],
): HTMLLIElement {
  const li = el('li', `search-result search-result--${doc.k}`);
  const heading = el('h3', 'search-result-title');
  const link = marked('a', '', doc.t, terms);
  link.href = resultHref(doc, locale, base);
  heading.append(link);
  li.append(heading, el('p', 'search-result-meta', resultMeta(doc, locale, strings)));
  const text = doc.s ?? (doc.x.b ? snippet(doc.x.b, locale, terms) : '');
  if (text) li.append(marked('p', 'search-result-snippet', text, terms));
  return li;
}

/** One option of the header's list box. */
export function resultOption(
  doc: SearchDoc,
  id: string,
  locale: Locale,
  base: string,
  strings: ResultStrings,
  terms: readonly string[],
): HTMLLIElement {
  const li = el('li', `search-option search-option--${doc.k}`);
  li.id = id;
  li.setAttribute('role', 'option');
  li.setAttribute('aria-selected', 'false');
  li.dataset.href = resultHref(doc, locale, base);
  li.append(
    marked('span', 'search-option-title', doc.t, terms),
    el('span', 'search-option-meta', resultMeta(doc, locale, strings)),
  );
  return li;
}
