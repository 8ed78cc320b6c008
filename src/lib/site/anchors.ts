// Stable in-page anchors, shared by the page that defines them and the links that point to them.
/** A place's entry in the list beside a map. */
export function placeAnchor(place: string): string {
  return `place-${place}`;
}

/** A glossary term's row on the sources page: the term's Chinese without punctuation or spaces. */
export function glossaryAnchor(zh: string): string {
  return `term-${zh.replace(/[^\p{L}\p{N}]/gu, '')}`;
}

export function sectionAnchor(document: string, section: string): string {
  return `${document}-s${section.replace(/\./g, '-')}`;
}
