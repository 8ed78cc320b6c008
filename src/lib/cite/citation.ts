// How a source reference reads on the page.
import type { Locale } from '../site/paths.ts';
import { bookTitle } from '../format/titles.ts';

export interface SourceInfo {
  id: string;
  title: { zh: string; en: string };
  sections: { id: string; title: { zh: string; en: string } }[];
}

export interface SourceRef {
  document: string;
  section: string;
}

/** e.g. 《东城区社会建设回顾与展望》第2.1节“基本历程” / "Dongcheng District: …", section 2.1, "Phases" */
export function formatSourceRef(ref: SourceRef, sources: ReadonlyMap<string, SourceInfo>, locale: Locale): string {
  const doc = sources.get(ref.document);
  if (!doc) throw new Error(`unknown source document "${ref.document}"`);
  const section = doc.sections.find((s) => s.id === ref.section);
  if (locale === 'zh') {
    const name = section ? `“${section.title.zh}”` : '';
    return `${bookTitle(doc.title.zh)}第${ref.section}节${name}`;
  }
  const name = section ? `, “${section.title.en}”` : '';
  return `“${doc.title.en}”, section ${ref.section}${name}`;
}
