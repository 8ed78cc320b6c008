// A page as a file for reference managers: RIS (EndNote, Zotero, Mendeley, RefWorks), BibTeX for
// biblatex (JabRef, LaTeX) and CSL-JSON (Zotero, Pandoc). A URL goes in only when it is absolute: a
// build that does not know the site's origin cannot give one.
import type { CitationData } from './citationData.ts';

const absolute = (url: string) => (/^https?:\/\//.test(url) ? url : undefined);
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** RIS, one tag per line ("TY  - ELEC"), CRLF line ends as the format asks. */
export function toRis(c: CitationData): string {
  const url = absolute(c.url);
  const lines: [string, string | undefined][] = [
    ['TY', 'ELEC'],
    ['ID', c.key],
    ['TI', c.title],
    ['AU', c.siteName],
    ['T2', c.siteName],
    ['PY', c.updated?.slice(0, 4)],
    ['DA', c.updated ? `${c.updated.replace(/-/g, '/')}/` : undefined],
    ['UR', url],
    ['LA', c.locale === 'zh' ? 'zh-CN' : 'en'],
    ['AB', c.abstract],
    ['N1', c.note],
  ];
  return `${lines
    .filter((line): line is [string, string] => line[1] !== undefined && line[1] !== '')
    .map(([tag, value]) => `${tag}  - ${oneLine(value)}`)
    .join('\r\n')}\r\nER  - \r\n`;
}

/** Escapes what TeX treats as commands in a brace-delimited BibTeX value. */
export function bibtexText(text: string): string {
  return oneLine(text).replace(/[\\{}%&$#_^~]/g, (ch) =>
    ch === '\\'
      ? '\\textbackslash{}'
      : ch === '^'
        ? '\\textasciicircum{}'
        : ch === '~'
          ? '\\textasciitilde{}'
          : `\\${ch}`,
  );
}

/** A biblatex @online entry; the author and title in double braces, so that they are kept as written. */
export function toBibtex(c: CitationData): string {
  const url = absolute(c.url);
  const fields: [string, string | undefined][] = [
    ['author', `{${bibtexText(c.siteName)}}`],
    ['title', `{${bibtexText(c.title)}}`],
    ['date', c.updated],
    ['url', url],
    ['langid', c.locale === 'zh' ? 'chinese' : 'english'],
    ['abstract', c.abstract && bibtexText(c.abstract)],
    ['note', c.note && bibtexText(c.note)],
  ];
  const body = fields
    .filter((f): f is [string, string] => f[1] !== undefined && f[1] !== '')
    .map(([name, value]) => `  ${name} = {${value}},`)
    .join('\n');
  return `@online{${c.key},\n${body}\n}\n`;
}

export interface CslItem {
  id: string;
  type: 'webpage';
  title: string;
  author: { literal: string }[];
  'container-title': string;
  URL?: string;
  issued?: { 'date-parts': [[number, number, number]] };
  language: string;
  abstract?: string;
  note?: string;
}

/** CSL-JSON: a list with one item. */
export function toCslJson(c: CitationData): CslItem[] {
  const url = absolute(c.url);
  const item: CslItem = {
    id: c.key,
    type: 'webpage',
    title: c.title,
    author: [{ literal: c.siteName }],
    'container-title': c.siteName,
    ...(url ? { URL: url } : {}),
    ...(c.updated ? { issued: { 'date-parts': [c.updated.split('-').map(Number) as [number, number, number]] } } : {}),
    language: c.locale === 'zh' ? 'zh-CN' : 'en',
    ...(c.abstract ? { abstract: c.abstract } : {}),
    ...(c.note ? { note: c.note } : {}),
  };
  return [item];
}

/** The downloads, by file name: the same names in every locale's folder. */
export const CITATION_FILES = {
  'citation.ris': { type: 'application/x-research-info-systems', render: toRis },
  'citation.bib': { type: 'application/x-bibtex', render: toBibtex },
  'citation.json': {
    type: 'application/vnd.citationstyles.csl+json',
    render: (c: CitationData) => `${JSON.stringify(toCslJson(c), null, 2)}\n`,
  },
} as const;
export type CitationFile = keyof typeof CITATION_FILES;
