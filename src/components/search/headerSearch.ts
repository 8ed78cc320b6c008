// <site-search>: the header's search box as a combobox with a list box of results (WAI-ARIA 1.2
// combobox pattern, list autocomplete), and a choice of the kind of result. The form works without
// JavaScript (GET /search/?q=…&kind=…). The engine and the index load only when the box is first
// focused (or opened with "/"); the narratives' sections follow the first part of the index.
import type * as Client from './searchClient.ts';
import type { ResultStrings } from './searchClient.ts';
import { fill } from '../../lib/format/fillTemplate.ts';
import type { Locale } from '../../lib/site/paths.ts';
import { KIND_NAMES, KINDS, type DocKind } from '../../lib/search/searchDocs.ts';

/** What HeaderSearch.astro hands to the element in data-strings. */
export interface HeaderStrings extends ResultStrings {
  count: string;
  countOne: string;
  none: string;
  loading: string;
  error: string;
  seeAll: string;
  suggestion: string;
  cut: string;
}

/** How many results the list shows. */
const SHOWN = 8;
const DEBOUNCE_MS = 80;

let client: Promise<typeof Client> | undefined;
const loadClient = () => (client ??= import('./searchClient.ts'));

class SiteSearch extends HTMLElement {
  private input!: HTMLInputElement;
  private kind!: HTMLSelectElement;
  private form!: HTMLFormElement;
  private popup!: HTMLElement;
  private list!: HTMLUListElement;
  private status!: HTMLElement;
  private live!: HTMLElement;
  private strings!: HeaderStrings;
  private locale: Locale = 'zh';
  private base = '/';
  private engine: Client.SearchEngine | undefined;
  private loading: Promise<void> | undefined;
  private active = -1;
  private timer: number | undefined;
  private lastQuery = '';
  private abort = new AbortController();

  connectedCallback() {
    this.abort = new AbortController();
    const signal = this.abort.signal;
    this.input = this.querySelector('input[role=combobox]')!;
    this.kind = this.querySelector('select[name=kind]')!;
    this.form = this.querySelector('form')!;
    this.popup = this.querySelector('[data-popup]')!;
    this.list = this.querySelector('[role=listbox]')!;
    this.status = this.querySelector('[data-status]')!;
    this.live = this.querySelector('[data-live]')!;
    this.locale = this.dataset.locale === 'en' ? 'en' : 'zh';
    this.base = this.dataset.base ?? '/';
    try {
      this.strings = JSON.parse(this.dataset.strings ?? '{}') as HeaderStrings;
    } catch {
      return;
    }

    this.input.addEventListener('focus', () => void this.load(), { signal });
    this.input.addEventListener('input', () => this.schedule(), { signal });
    this.input.addEventListener('keydown', (e) => this.onKey(e), { signal });
    this.kind.addEventListener('focus', () => void this.load(), { signal });
    this.kind.addEventListener(
      'change',
      () => {
        this.lastQuery = '';
        if (this.input.value.trim()) this.update();
      },
      { signal },
    );
    this.list.addEventListener('mousedown', (e) => e.preventDefault(), { signal });
    this.list.addEventListener(
      'click',
      (e) => {
        const option = (e.target as Element).closest<HTMLElement>('[role=option]');
        if (option) this.go(option);
      },
      { signal },
    );
    this.addEventListener(
      'focusout',
      (e) => {
        if (!this.contains(e.relatedTarget as Node | null)) this.close();
      },
      { signal },
    );
    // Loaded once the reader turned to the box (headerSearchLoader.ts): a focus or text that came first
    // is taken up now.
    if (document.activeElement === this.input) {
      void this.load();
      if (this.input.value.trim()) this.schedule();
    }
  }

  disconnectedCallback() {
    this.abort.abort();
    window.clearTimeout(this.timer);
  }

  private load(): Promise<void> {
    this.loading ??= loadClient()
      .then((c) => {
        const engines = c.loadEngines(this.dataset.index ?? '');
        // The narratives' sections arrive second: the open list is searched again with them.
        engines.full
          .then((full) => {
            this.engine = full;
            // Search the open list again, unless the reader is already choosing in it.
            if (this.isOpen() && this.active < 0 && this.input.value.trim()) {
              this.lastQuery = '';
              this.update();
            }
          })
          .catch(() => undefined);
        return engines.first;
      })
      .then((engine) => {
        this.engine ??= engine;
        // Replace the "loading" status, but don't reopen a list the reader closed meanwhile.
        if (this.isOpen() && this.input.value.trim()) this.update();
      })
      .catch(() => {
        this.loading = undefined;
        this.showStatus(this.strings.error);
      });
    return this.loading;
  }

  private schedule() {
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => this.update(), DEBOUNCE_MS);
  }

  /** The kind chosen beside the box, if any. */
  private kinds(): DocKind[] {
    return KINDS.filter((k) => KIND_NAMES[k] === this.kind.value);
  }

  private update() {
    window.clearTimeout(this.timer);
    const query = this.input.value;
    if (!query.trim()) {
      this.lastQuery = '';
      this.close();
      return;
    }
    if (!this.engine) {
      this.showStatus(this.strings.loading);
      void this.load();
      return;
    }
    if (query === this.lastQuery && this.isOpen()) return;
    this.lastQuery = query;
    void loadClient().then((c) => this.render(c, query));
  }

  private searchUrl(query: string): string {
    const params = new URLSearchParams({ q: query.trim() });
    if (this.kind.value) params.set('kind', this.kind.value);
    return `${this.form.action.split('?')[0]}?${params.toString()}`;
  }

  private render(c: typeof Client, query: string) {
    const { hits, terms, suggestion, query: parsed } = this.engine!.search(query, { kinds: this.kinds() });
    const options = hits
      .slice(0, SHOWN)
      .map((h, i) => c.resultOption(h.doc, `${this.list.id}-${i}`, this.locale, this.base, this.strings, terms));
    const extra: HTMLLIElement[] = [];
    const option = (id: string, className: string, href: string) => {
      const li = document.createElement('li');
      li.id = `${this.list.id}-${id}`;
      li.className = `search-option ${className}`;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', 'false');
      li.dataset.href = href;
      extra.push(li);
      return li;
    };
    if (hits.length > 0)
      option('all', 'search-option--all', this.searchUrl(query)).textContent = fill(this.strings.seeAll, {
        q: query.trim(),
      });
    if (suggestion) {
      const li = option('suggestion', 'search-option--suggestion', this.searchUrl(suggestion));
      li.dataset.query = suggestion;
      li.append(c.sentenceWithLink(this.strings.suggestion, suggestion));
    }
    this.list.replaceChildren(...options, ...extra);
    this.active = -1;
    this.input.removeAttribute('aria-activedescendant');
    const count = hits.length === 1 ? this.strings.countOne : fill(this.strings.count, { n: hits.length });
    const notes = [
      hits.length === 0 ? fill(this.strings.none, { q: query.trim() }) : '',
      parsed.cut ? this.strings.cut : '',
    ];
    this.status.textContent = notes.filter(Boolean).join(' ');
    this.status.hidden = this.status.textContent === '';
    this.live.textContent = hits.length === 0 ? this.status.textContent : [count, ...notes].filter(Boolean).join(' ');
    this.open();
  }

  private showStatus(text: string) {
    this.list.replaceChildren();
    this.status.textContent = text;
    this.status.hidden = false;
    this.live.textContent = text;
    this.open();
  }

  private options(): HTMLElement[] {
    return [...this.list.querySelectorAll<HTMLElement>('[role=option]')];
  }

  private isOpen() {
    return !this.popup.hidden;
  }

  private open() {
    this.popup.hidden = false;
    this.input.setAttribute('aria-expanded', String(this.options().length > 0));
  }

  private close() {
    // A debounced update still pending would reopen the list the reader just closed.
    window.clearTimeout(this.timer);
    this.popup.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
    this.active = -1;
  }

  private setActive(index: number) {
    const options = this.options();
    if (options.length === 0) return;
    this.active = (index + options.length) % options.length;
    options.forEach((o, i) => o.setAttribute('aria-selected', String(i === this.active)));
    const option = options[this.active];
    this.input.setAttribute('aria-activedescendant', option.id);
    option.scrollIntoView({ block: 'nearest' });
  }

  /** Opens a result; a "did you mean" searches for what it suggests, in the box. */
  private go(option: HTMLElement) {
    const suggested = option.dataset.query;
    if (suggested !== undefined) {
      this.input.value = suggested;
      this.input.focus();
      this.update();
      return;
    }
    const href = option.dataset.href;
    if (href) window.location.assign(href);
  }

  private onKey(e: KeyboardEvent) {
    switch (e.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        e.preventDefault();
        if (!this.isOpen() || this.options().length === 0) {
          if (this.input.value.trim()) {
            this.lastQuery = '';
            this.update();
          }
          return;
        }
        const down = e.key === 'ArrowDown';
        this.setActive(this.active === -1 ? (down ? 0 : -1) : this.active + (down ? 1 : -1));
        return;
      }
      case 'Enter': {
        const option = this.active >= 0 && this.isOpen() ? this.options()[this.active] : undefined;
        if (option) {
          e.preventDefault();
          this.go(option);
        }
        return;
      }
      case 'Escape':
        if (this.isOpen()) {
          e.preventDefault();
          this.close();
        } else if (this.input.value) {
          e.preventDefault();
          this.input.value = '';
          this.lastQuery = '';
        }
        return;
      case 'Tab':
        this.close();
        return;
      default:
    }
  }
}

customElements.define('site-search', SiteSearch);
