// The documents of the search index as they ship to the browser: what a result shows and where it
// leads, plus the raw text that is searched (normalised in the browser when the index loads, so that
// the download holds each text once). Written at build time by build/searchCorpus.ts.

/**
 * The kinds of result: m milestone, g glossary term, e phase (an era, or one section of its
 * narrative), d district (or one section of its overview), l plan (the plan or one of its items),
 * f figure, p place, t theme. In this order when relevance is equal.
 */
export const KINDS = ['m', 'g', 'e', 'd', 'l', 'f', 'p', 't'] as const;
export type DocKind = (typeof KINDS)[number];

/** Each kind's name in the search page's URL (kind=glossary~figure). */
export const KIND_NAMES: Record<DocKind, string> = {
  m: 'milestone',
  g: 'glossary',
  e: 'phase',
  d: 'district',
  l: 'plan',
  f: 'figure',
  p: 'place',
  t: 'theme',
};

/** The text a document is searched by, as written (normalised when the index loads). */
export interface SearchText {
  /** Other names in the locale: a place's short name, a glossary term's pinyin as authored. */
  n?: string[];
  /** The title and names in the other language. */
  a?: string[];
  /** Pinyin of the Chinese title and names, one phrase each, syllables separated by spaces. */
  p?: string[];
  /** The body: a summary, a section's text, a definition. */
  b?: string;
}

/** One result as it ships (short keys: the payload is downloaded). */
export interface SearchDoc {
  k: DocKind;
  /** The record whose page the result leads to: milestone, era, district, plan, theme or place id; a glossary term's Chinese. */
  id: string;
  /** The anchor on that page, if the result is one part of it. */
  h?: string;
  /** Title in the locale. */
  t: string;
  /** What the result is part of: a section's phase or overview, a plan item's plan. */
  c?: string;
  /** A fixed line to show instead of a snippet of the body. */
  s?: string;
  /** Milestone date, "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
  dt?: string;
  /** Years the record covers, for the year filter: [first, last]. Not shipped when `dt` gives it (the engine fills it in). */
  y?: [number, number];
  /** District id. */
  d?: string;
  /** Era id. */
  e?: string;
  /** Theme ids. */
  th?: string[];
  x: SearchText;
}
