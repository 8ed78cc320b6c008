// Highwire Press citation_* meta tags, which Zotero, Google Scholar and reference managers read.
export interface CitationInput {
  title: string;
  /** The site's name: it is both the publisher and the work the page belongs to. */
  siteName: string;
  /** The day this edition of the page was built (YYYY-MM-DD). */
  date: string;
  language: string;
  /** Absolute URL; left out when the build has no SITE_URL. */
  url: string | null;
  /** The documents the page's facts come from. */
  references: readonly { title: string; publisher?: string }[];
}

export function citationMeta(c: CitationInput): [name: string, content: string][] {
  return [
    ['citation_title', c.title],
    ['citation_author', c.siteName],
    ['citation_publisher', c.siteName],
    // Highwire writes dates with slashes.
    ['citation_date', c.date.replace(/-/g, '/')],
    ['citation_publication_date', c.date.replace(/-/g, '/')],
    ['citation_language', c.language],
    ...(c.url ? ([['citation_public_url', c.url]] as [string, string][]) : []),
    ...c.references.map((r): [string, string] => [
      'citation_reference',
      `citation_title=${r.title};${r.publisher ? ` citation_publisher=${r.publisher};` : ''}`,
    ]),
  ];
}
