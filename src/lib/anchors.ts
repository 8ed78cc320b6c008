// Stable in-page anchors, shared by the page that defines them and the links that point to them.
export function sectionAnchor(document: string, section: string): string {
  return `${document}-s${section.replace(/\./g, '-')}`;
}
