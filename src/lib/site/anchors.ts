// Stable in-page anchors, shared by the page that defines them and the links that point to them.
/** A place's entry in the list beside a map. */
export function placeAnchor(place: string): string {
  return `place-${place}`;
}

export function sectionAnchor(document: string, section: string): string {
  return `${document}-s${section.replace(/\./g, '-')}`;
}
