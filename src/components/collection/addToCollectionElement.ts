// <add-to-collection>: adds a milestone to the reader's lesson collection, or takes it out, and links to
// the collection. Without JavaScript (or without storage) only its link shows, which starts a
// collection with this milestone. Drop-in anywhere: it reads everything from its data-* props and its
// own markup, so that a copy made by cloning works as well as one rendered on the server.
import { queryIds, toggleInQuery } from '../../lib/collection/queryIds.ts';
import { onStoredChange, readQuery, storageWorks, writeQuery } from './collectionStore.ts';
import { fill } from '../../lib/format/fillTemplate.ts';

export interface AddToCollectionStrings {
  add: string;
  remove: string;
  /** "{n}" is the number of milestones. */
  open: string;
  added: string;
  removed: string;
}

/** The data-* props of <add-to-collection> (written by AddToCollection.astro). */
export interface AddToCollectionProps {
  /** The milestone's id. */
  'data-id': string;
  /** Its title, for the button's accessible name where many controls share a page. */
  'data-title': string;
  /** Root-relative path of the collection page in the page's language. */
  'data-collection': string;
  /** JSON of AddToCollectionStrings. */
  'data-strings': string;
}

export { CHANGE_EVENT } from './collectionStore.ts';

class AddToCollection extends HTMLElement {
  private controller: AbortController | undefined;

  connectedCallback() {
    const { id = '', title = '', collection = '', strings = '' } = this.dataset;
    const [start, button, open, status] = ['[data-start]', 'button', '[data-open]', '[role=status]'].map(
      (s) => this.querySelector(s) as HTMLAnchorElement,
    );
    if (!id || !button) return;
    // A copy cloned from a template gets its id only now.
    start.href = `${collection}?m=${id}`;
    if (!storageWorks()) return;
    const text = JSON.parse(strings) as AddToCollectionStrings;
    this.controller = new AbortController();
    const render = () => {
      const ids = queryIds(readQuery());
      const label = ids.includes(id) ? text.remove : text.add;
      button.textContent = label;
      button.setAttribute('aria-label', `${label}: ${title}`);
      open.hidden = !ids.length;
      open.href = collection + readQuery();
      open.textContent = fill(text.open, { n: ids.length });
    };
    button.addEventListener(
      'click',
      () => {
        const next = toggleInQuery(readQuery(), id);
        const ids = queryIds(next);
        if (writeQuery(next))
          status.textContent = fill(ids.includes(id) ? text.added : text.removed, { n: ids.length });
      },
      { signal: this.controller.signal },
    );
    onStoredChange(render, this.controller.signal);
    start.hidden = true;
    button.hidden = false;
    render();
  }

  disconnectedCallback() {
    this.controller?.abort();
  }
}

customElements.define('add-to-collection', AddToCollection);
