// <timeline-folds>: in the district-timeline embed, the chart comes first and the filters and the list
// are folded behind two buttons (disclosure pattern). Without JavaScript the filters, which need it,
// stay hidden, and so does the list: the chart's marks and "View on the site" link to every milestone.
export type Fold = 'filters' | 'list';

class TimelineFolds extends HTMLElement {
  private controller: AbortController | undefined;

  connectedCallback() {
    this.controller = new AbortController();
    const targets: Record<Fold, HTMLElement | null> = {
      filters: this.querySelector('[data-filters]'),
      list: this.querySelector('.timeline-list'),
    };
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-fold]')) {
      const fold = button.dataset.fold as Fold;
      const target = targets[fold];
      if (!target) continue;
      target.id ||= `fold-${fold}`;
      button.setAttribute('aria-controls', target.id);
      button.hidden = false;
      button.addEventListener(
        'click',
        () => {
          const open = button.getAttribute('aria-expanded') !== 'true';
          button.setAttribute('aria-expanded', String(open));
          this.classList.toggle(`show-${fold}`, open);
        },
        { signal: this.controller.signal },
      );
    }
  }

  disconnectedCallback() {
    this.controller?.abort();
  }
}

customElements.define('timeline-folds', TimelineFolds);
