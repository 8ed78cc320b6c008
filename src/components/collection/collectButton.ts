// "Add to collection" for lists drawn in the browser (the timeline's detail panel, search results): a
// copy of the AddToCollection rendered inside the page's <template data-collect-template>, given its
// milestone; the custom element starts when the copy joins the page.

/** A copy of the control for one milestone, or null on a page without the template. */
export function collectButton(root: ParentNode, id: string, title: string): HTMLElement | null {
  const template = root.querySelector<HTMLTemplateElement>('template[data-collect-template]');
  const copy = template?.content.firstElementChild?.cloneNode(true);
  if (!(copy instanceof HTMLElement)) return null;
  Object.assign(copy.dataset, { id, title });
  return copy;
}
