// <search-page>: the /search/ page. Reads the query and filters from the URL, fills the form, runs
// the search, renders results as text, and keeps the URL in step as the reader types or filters.
import {
  emptySearchState,
  hasFilters,
  parseSearchState,
  serializeSearchState,
  type SearchState,
  type SearchStateContext,
} from '../../lib/search/searchState.ts';
import type { Locale } from '../../lib/site/paths.ts';
import { fill } from '../../lib/format/fillTemplate.ts';
import { setShortcutEnabled, shortcutEnabled } from './shortcut.ts';
import type * as Client from './searchClient.ts';

interface PageStrings extends Client.ResultStrings {
  count: string;
  countOne: string;
  none: string;
  prompt: string;
  loading: string;
  error: string;
  truncated: string;
  narrowed: string;
  listSeparator: string;
}

const PAGE_SIZE = 30;
const DEBOUNCE_MS = 150;

class SearchPage extends HTMLElement {
  private form!: HTMLFormElement;
  private input!: HTMLInputElement;
  private results!: HTMLOListElement;
  private count!: HTMLElement;
  private note!: HTMLElement;
  private more!: HTMLButtonElement;
  private ctx!: SearchStateContext;
  private strings!: PageStrings;
  private locale: Locale = 'zh';
  private base = '/';
  private state: SearchState = emptySearchState();
  private client: typeof Client | undefined;
  private engine: Client.SearchEngine | undefined;
  private hits: Client.SearchOutcome['hits'] = [];
  private terms: string[] = [];
  private shown = 0;
  private timer: number | undefined;

  connectedCallback() {
    this.form = this.querySelector('[data-form]')!;
    this.input = this.form.querySelector('input[name=q]')!;
    this.results = this.querySelector('[data-results]')!;
    this.count = this.querySelector('[data-count]')!;
    this.note = this.querySelector('[data-note]')!;
    this.more = this.querySelector('[data-more]')!;
    this.locale = this.dataset.locale === 'en' ? 'en' : 'zh';
    this.base = this.dataset.base ?? '/';
    try {
      this.ctx = JSON.parse(this.dataset.context ?? '') as SearchStateContext;
      this.strings = JSON.parse(this.dataset.strings ?? '') as PageStrings;
    } catch {
      return;
    }

    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      window.clearTimeout(this.timer);
      this.navigate(this.readForm(), true);
    });
    this.form.addEventListener('input', (e) => {
      if ((e.target as HTMLElement).matches('input[name=q], input[type=number]')) {
        window.clearTimeout(this.timer);
        this.timer = window.setTimeout(() => this.navigate(this.readForm(), false), DEBOUNCE_MS);
      }
    });
    this.form.addEventListener('change', (e) => {
      if (!(e.target as HTMLElement).matches('input[name=q]')) this.navigate(this.readForm(), true);
    });
    this.form.addEventListener('reset', (e) => {
      e.preventDefault();
      this.navigate(emptySearchState(), true);
      this.input.focus();
    });
    this.more.addEventListener('click', () => this.showMore(true));
    window.addEventListener('popstate', () => this.restore());

    const shortcut = this.querySelector<HTMLElement>('[data-shortcut]');
    const toggle = this.querySelector<HTMLInputElement>('[data-shortcut-toggle]');
    if (shortcut && toggle) {
      toggle.checked = shortcutEnabled();
      toggle.addEventListener('change', () => setShortcutEnabled(toggle.checked));
      shortcut.hidden = false;
    }

    this.restore();
    this.count.textContent = this.strings.loading;
    import('./searchClient.ts')
      .then(async (client) => {
        this.client = client;
        this.engine = await client.loadEngine(this.dataset.index ?? '');
        this.run();
      })
      .catch(() => {
        this.count.textContent = this.strings.error;
      });
  }

  private readForm(): SearchState {
    const data = new FormData(this.form);
    const text = (name: string) => String(data.get(name) ?? '');
    const params = new URLSearchParams();
    params.set('q', text('q'));
    for (const name of ['d', 't']) for (const value of data.getAll(name)) params.append(name, String(value));
    for (const name of ['era', 'from', 'to']) if (text(name)) params.set(name, text(name));
    return parseSearchState(params, this.ctx);
  }

  private writeForm() {
    const s = this.state;
    if (this.input.value.trim() !== s.q) this.input.value = s.q;
    for (const box of this.form.querySelectorAll<HTMLInputElement>('input[name=d]'))
      box.checked = s.districts.includes(box.value);
    for (const box of this.form.querySelectorAll<HTMLInputElement>('input[name=t]'))
      box.checked = s.themes.includes(box.value);
    this.form.querySelector<HTMLSelectElement>('select[name=era]')!.value = s.era ?? '';
    const from = this.form.querySelector<HTMLInputElement>('input[name=from]')!;
    const to = this.form.querySelector<HTMLInputElement>('input[name=to]')!;
    if (document.activeElement !== from) from.value = s.from === null ? '' : String(s.from);
    if (document.activeElement !== to) to.value = s.to === null ? '' : String(s.to);
    const themeCount = this.querySelector('[data-theme-count]');
    if (themeCount) themeCount.textContent = s.themes.length ? `(${s.themes.length})` : '';
    if (s.themes.length) this.querySelector<HTMLDetailsElement>('details.search-themes')!.open = true;
  }

  private navigate(state: SearchState, push: boolean) {
    const before = serializeSearchState(this.state, this.ctx);
    const after = serializeSearchState(state, this.ctx);
    this.state = state;
    if (after !== before) {
      const url = `${location.pathname}${after}`;
      if (push) history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    }
    this.writeForm();
    this.run();
  }

  private restore() {
    this.state = parseSearchState(location.search, this.ctx);
    this.writeForm();
    this.run();
  }

  private run() {
    if (!this.engine) return;
    const s = this.state;
    this.results.replaceChildren();
    this.shown = 0;
    this.note.hidden = true;
    if (!s.q.trim() && !hasFilters(s)) {
      this.hits = [];
      this.count.textContent = this.strings.prompt;
      this.more.hidden = true;
      return;
    }
    const outcome = this.engine.search(s.q, {
      districts: s.districts,
      era: s.era,
      themes: s.themes,
      from: s.from,
      to: s.to,
    });
    this.hits = outcome.hits;
    this.terms = outcome.terms;
    const n = this.hits.length;
    this.count.textContent =
      n === 0
        ? fill(this.strings.none, { q: s.q.trim() })
        : n === 1
          ? this.strings.countOne
          : fill(this.strings.count, { n });
    const notes: string[] = [];
    if (outcome.narrowed) {
      const what = [
        ...outcome.query.districts.map((id) => this.strings.districts[id] ?? id),
        ...(outcome.query.years
          ? [
              outcome.query.years[0] === outcome.query.years[1]
                ? String(outcome.query.years[0])
                : outcome.query.years.join('–'),
            ]
          : []),
      ];
      notes.push(fill(this.strings.narrowed, { what: what.join(this.strings.listSeparator) }));
    }
    if (outcome.truncated) notes.push(fill(this.strings.truncated, { n }));
    this.note.textContent = notes.join(' ');
    this.note.hidden = notes.length === 0;
    this.showMore(false);
  }

  private showMore(focus: boolean) {
    const next = this.hits.slice(this.shown, this.shown + PAGE_SIZE);
    const items = next.map((h) => this.client!.resultItem(h.doc, this.locale, this.base, this.strings, this.terms));
    this.results.append(...items);
    this.shown += next.length;
    this.more.hidden = this.shown >= this.hits.length;
    if (focus && items[0]) items[0].querySelector('a')?.focus();
  }
}

customElements.define('search-page', SearchPage);
