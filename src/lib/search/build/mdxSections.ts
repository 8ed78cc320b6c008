// Build time only: an MDX narrative (era or district overview) cut into its "##" sections as plain
// text, each with the id Astro gives its heading. Astro's Markdown pipeline slugs every heading of a
// document in order with one github-slugger, so repeated headings get "-1", "-2": done the same way
// here, and tests/unit/search/searchSections.test.ts checks each id against the built pages.
import GithubSlugger from 'github-slugger';

export interface MdxSection {
  /** The heading as written, without Markdown. */
  heading: string;
  /** The heading's id on the page. */
  slug: string;
  /** The section's text (up to the next "##" heading), without Markdown. */
  text: string;
}

export interface MdxNarrative {
  /** Text before the first "##" heading. */
  intro: string;
  sections: MdxSection[];
}

const FRONTMATTER = /^\uFEFF?---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/;
const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const FENCE = /^\s*(```|~~~)/;

/** Inline Markdown and HTML reduced to their text. */
export function inlineText(markdown: string): string {
  return markdown
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\p{L}\p{N}*_])[*_]([^*_\s](?:[^*_]*[^*_\s])?)[*_](?=$|[^\p{L}\p{N}*_])/gu, '$1$2')
    .replace(/\\([\\`*_{}[\]()#+\-.!>])/g, '$1');
}

/** Block Markdown (lists, quotes, tables) reduced to lines of text. */
function blockText(lines: readonly string[]): string {
  return lines
    .map((line) =>
      inlineText(
        line
          .replace(/^\s*>\s?/, '')
          .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '')
          .replace(/^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*$/, '')
          .replace(/\s*\|\s*/g, ' '),
      ).trim(),
    )
    .filter(Boolean)
    .join('\n');
}

/** The intro and "##" sections of an MDX file's text (front matter included or not). */
export function mdxSections(source: string): MdxNarrative {
  const lines = source.replace(FRONTMATTER, '').split(/\r?\n/);
  const slugger = new GithubSlugger();
  const intro: string[] = [];
  const sections: { heading: string; slug: string; lines: string[] }[] = [];
  let fenced = false;
  for (const line of lines) {
    if (FENCE.test(line)) {
      fenced = !fenced;
      continue;
    }
    const heading = fenced ? null : HEADING.exec(line);
    if (heading) {
      const text = inlineText(heading[2]).trim();
      const slug = slugger.slug(text);
      if (heading[1].length === 2) {
        sections.push({ heading: text, slug, lines: [] });
        continue;
      }
    }
    (sections.at(-1)?.lines ?? intro).push(heading ? inlineText(heading[2]) : line);
  }
  return {
    intro: blockText(intro),
    sections: sections.map((s) => ({ heading: s.heading, slug: s.slug, text: blockText(s.lines) })),
  };
}
