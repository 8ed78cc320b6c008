// What the browser loads when search is first used: the engine, the index download (its first part,
// then the narratives' sections), and the DOM for one result. Results are built with createElement
// and textContent only: nothing from the index or the query is ever parsed as HTML, including the
// <mark>s around the query's words.
import { SearchEngine, type SearchOutcome } from '../../lib/search/searchEngine.ts';
import { isPart, isPayload, withParts, type SearchPayload } from '../../lib/search/searchIndex.ts';
import { resultRoute } from '../../lib/search/searchRoutes.ts';
import { localePath, type Locale } from '../../lib/site/paths.ts';
import { formatDate } from '../../lib/format/dates.ts';
import { highlightPieces, highlightRanges } from '../../lib/search/searchHighlight.ts';
import type { DocKind, SearchDoc } from '../../lib/search/searchDocs.ts';
import { snippet } from '../../lib/search/searchSnippet.ts';

export { SearchEngine };
export type { SearchOutcome };

/** An engine over the first part of the index, and one over all of it once the rest has arrived. */
export interface Engines {
  first: Promise<SearchEngine>;
  full: Promise<SearchEngine>;
}

const loaded = new Map<string, Engines>();

async function download(url: string): Promise<unknown> {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
  return response.json();
}

/** Downloads and parses one locale's index, once per page: the first part, then the rest. */
export function loadEngines(url: string): Engines {
  let engines = loaded.get(url);
  if (!engines) {
    const payload = download(url).then((p) => {
      if (!isPayload(p)) throw new Error('search index: unexpected format');
      return p;
    });
    const first = payload.then((p) => new SearchEngine(withParts(p, [])));
    const full = Promise.all([payload, first]).then(async ([p, engine]: [SearchPayload, SearchEngine]) => {
      if (!p.rest) return engine;
      const rest = await download(new URL(p.rest, new URL(url, location.href)).href);
      if (!isPart(rest) || rest.locale !== p.locale) throw new Error('search index: unexpected format');
      return new SearchEngine(withParts(p, [rest]));
    });
    // A failed download may be retried; a missing second part leaves search with the first.
    first.catch(() => loaded.delete(url));
    full.catch(() => undefined);
    loaded.set(url, (engines = { first, full }));
  }
  return engines;
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

/** "Milestone · 2005 · Dongcheng", "Phase · 1997–2009 · Dongcheng · <phase title>": what, when, where, part of what. */
export function resultMeta(doc: SearchDoc, locale: Locale, strings: ResultStrings): string {
  const parts = [strings.kinds[doc.k]];
  if (doc.dt) parts.push(formatDate(doc.dt, locale));
  else if ((doc.k === 'e' || doc.k === 'l') && doc.y) parts.push(`${doc.y[0]}–${doc.y[1]}`);
  if (doc.d && doc.k !== 'd' && strings.districts[doc.d]) parts.push(strings.districts[doc.d]);
  if (doc.c) parts.push(doc.c);
  return parts.join(' · ');
}

/** The line under a result: a glossary term's other form and pinyin with its note, a figure's value, or a snippet of the body. */
export function resultSnippet(doc: SearchDoc, locale: Locale, terms: readonly string[]): string {
  const body = doc.x.b ? snippet(doc.x.b, locale, terms) : '';
  if (doc.k === 'g') {
    const forms = [doc.x.a?.[0], doc.x.n?.[0]].filter(Boolean).join(' · ');
    return [forms, body].filter(Boolean).join(' — ');
  }
  return doc.s ?? body;
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
  const text = resultSnippet(doc, locale, terms);
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

/** A sentence from a template with one "{q}" placeholder, with `q` as a link (or plain text without `href`). */
export function sentenceWithLink(template: string, q: string, href?: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const [before, after = ''] = template.split('{q}');
  const link = href ? el('a', 'search-suggestion-link', q) : el('strong', '', q);
  if (link instanceof HTMLAnchorElement) link.href = href!;
  fragment.append(before, link, after);
  return fragment;
}
