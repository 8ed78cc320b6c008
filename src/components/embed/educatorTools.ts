// <educator-tools>: puts the reader's today into the citations' access date, and copies a citation
// (with its italics), the link or an embed code (copyText.ts, loaded on the first copy).
import { dayInWords, isoDay } from '../../lib/cite/citationDates.ts';
import type { Locale } from '../../lib/site/paths.ts';
import { fillOrigin } from './siteOrigin.ts';
import { fill } from '../../lib/format/fillTemplate.ts';

/** The data-* props of the citation block (written by CiteThis.astro). */
export interface CiteProps {
  'data-locale': Locale;
  /** The access date the citations carry: the build's, then the reader's today. */
  'data-accessed': string;
}

class EducatorTools extends HTMLElement {
  private controller: AbortController | undefined;

  connectedCallback() {
    this.controller = new AbortController();
    // Builds without SITE_URL write what a reader copies root-relative; the permalink is outside
    // this element, so the whole page is completed.
    fillOrigin(document);
    this.refreshAccessDate();
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-copy-from]')) button.hidden = false;
    this.addEventListener(
      'click',
      (e) => {
        const button = (e.target as Element).closest<HTMLButtonElement>('[data-copy-from]');
        if (button) void this.onCopy(button);
      },
      { signal: this.controller.signal },
    );
  }

  disconnectedCallback() {
    this.controller?.abort();
  }

  private refreshAccessDate() {
    const cite = this.querySelector<HTMLElement>('[data-cite]');
    if (!cite) return;
    const today = isoDay(new Date());
    const locale = cite.dataset.locale === 'en' ? 'en' : 'zh';
    for (const span of cite.querySelectorAll<HTMLElement>('[data-accessed-as]'))
      span.textContent = span.dataset.accessedAs === 'apa' ? dayInWords(today, locale) : today;
    cite.dataset.accessed = today;
    const note = cite.querySelector('[data-accessed-note]');
    if (note) note.textContent = fill(this.dataset.accessedTemplate ?? '{date}', { date: today });
  }

  private async onCopy(button: HTMLButtonElement) {
    const source = document.getElementById(button.dataset.copyFrom ?? '');
    const live = this.querySelector<HTMLElement>('[data-announce]');
    if (!source || !live) return;
    const { confirmCopy, copyText } = await import('./copyText.ts');
    confirmCopy(button, live, await copyText(source), this.dataset.failed ?? '');
  }
}

customElements.define('educator-tools', EducatorTools);
