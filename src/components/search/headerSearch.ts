// <site-search>: the header's search box as a combobox with a list box of results (WAI-ARIA 1.2
// combobox pattern, list autocomplete). The form works without JavaScript (GET /search/?q=…).
// Fuse.js and the index load only when the box is first focused (or opened with "/").
import type * as Client from './searchClient.ts';
import type { ResultStrings } from './searchClient.ts';
import { fill } from '../../lib/format/fillTemplate.ts';
import type { Locale } from '../../lib/site/paths.ts';
import { shortcutEnabled } from './shortcut.ts';

interface HeaderStrings extends ResultStrings {
  count: string;
  countOne: string;
  none: string;
  loading: string;
  error: string;
  seeAll: string;
}

/** How many results the list shows: milestones first, then a few of the other kinds. */
const SHOWN = { milestones: 6, others: 3 };
const DEBOUNCE_MS = 80;

let client: Promise<typeof Client> | undefined;
const loadClient = () => (client ??= import('./searchClient.ts'));

class SiteSearch extends HTMLElement {
  private input!: HTMLInputElement;
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

  connectedCallback() {
    this.input = this.querySelector('input[role=combobox]')!;
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

    this.input.addEventListener('focus', () => void this.load());
    this.input.addEventListener('input', () => this.schedule());
    this.input.addEventListener('keydown', (e) => this.onKey(e));
    this.list.addEventListener('mousedown', (e) => e.preventDefault());
    this.list.addEventListener('click', (e) => {
      const option = (e.target as Element).closest<HTMLElement>('[role=option]');
      if (option) this.go(option);
    });
    this.addEventListener('focusout', (e) => {
      if (!this.contains(e.relatedTarget as Node | null)) this.close();
    });
    document.addEventListener('keydown', (e) => this.onShortcut(e));
  }

  private load(): Promise<void> {
    this.loading ??= loadClient()
      .then((c) => c.loadEngine(this.dataset.index ?? ''))
      .then((engine) => {
        this.engine = engine;
        // Replace the "loading" status, but don't reopen a list the reader closed meanwhile.
        if (this.isOpen() && this.input.value.trim()) this.update();
      })
      .catch(() => {
        this.loading = undefined;
        this.showStatus(this.strings.error);
      });
    return this.loading;
  }

  private onShortcut(e: KeyboardEvent) {
    if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented || !shortcutEnabled()) return;
    const target = e.target as HTMLElement | null;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    e.preventDefault();
    this.input.focus();
    this.input.select();
  }

  private schedule() {
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => this.update(), DEBOUNCE_MS);
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

  private render(c: typeof Client, query: string) {
    const { hits, terms } = this.engine!.search(query);
    const milestones = hits.filter((h) => h.doc.k === 'm');
    const shown = [
      ...milestones.slice(0, SHOWN.milestones),
      ...hits.filter((h) => h.doc.k !== 'm').slice(0, SHOWN.others),
    ];
    const options = shown.map((h, i) =>
      c.resultOption(h.doc, `${this.list.id}-${i}`, this.locale, this.base, this.strings, terms),
    );
    const all = document.createElement('li');
    all.id = `${this.list.id}-all`;
    all.className = 'search-option search-option--all';
    all.setAttribute('role', 'option');
    all.setAttribute('aria-selected', 'false');
    all.dataset.href = this.form.action.split('?')[0] + `?q=${encodeURIComponent(query.trim())}`;
    all.textContent = fill(this.strings.seeAll, { q: query.trim() });
    this.list.replaceChildren(...options, ...(hits.length > 0 ? [all] : []));
    this.active = -1;
    this.input.removeAttribute('aria-activedescendant');
    const count = hits.length === 1 ? this.strings.countOne : fill(this.strings.count, { n: hits.length });
    this.status.textContent = hits.length === 0 ? fill(this.strings.none, { q: query.trim() }) : '';
    this.status.hidden = hits.length > 0;
    this.live.textContent = hits.length === 0 ? this.status.textContent : count;
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

  private go(option: HTMLElement) {
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
