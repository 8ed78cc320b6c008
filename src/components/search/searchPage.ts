// <search-page>: the /search/ page. Reads the query and filters from the URL, puts the canonical form
// of what it shows back in the address bar (unknown, repeated or malformed parameters disappear, and
// the page says which years it had to change), fills the form, runs the search, renders results as
// text, and keeps the URL in step as the reader types or filters.
import {
  emptySearchState,
  hasFilters,
  readSearchState,
  serializeSearchState,
  type SearchState,
  type SearchStateAdjustments,
  type SearchStateContext,
} from '../../lib/search/searchState.ts';
import { KIND_NAMES } from '../../lib/search/searchDocs.ts';
import type { Locale } from '../../lib/site/paths.ts';
import { fill } from '../../lib/format/fillTemplate.ts';
import { setShortcutEnabled, shortcutEnabled } from './shortcut.ts';
import { collectButton } from '../collection/collectButton.ts';
import type * as Client from './searchClient.ts';

/** What SearchPage.astro hands to the element in data-strings. */
export interface PageStrings extends Client.ResultStrings {
  count: string;
  countOne: string;
  none: string;
  prompt: string;
  loading: string;
  error: string;
  truncated: string;
  narrowed: string;
  corrected: string;
  partial: string;
  suggestion: string;
  cut: string;
  /** With {min} and {max} filled in; {years} is filled here. */
  yearsOutside: string;
  yearsSwapped: string;
  listSeparator: string;
}

const PAGE_SIZE = 30;
const DEBOUNCE_MS = 150;
const NO_ADJUSTMENT: SearchStateAdjustments = { outside: [], swapped: false };

class SearchPage extends HTMLElement {
  private form!: HTMLFormElement;
  private input!: HTMLInputElement;
  private results!: HTMLOListElement;
  private count!: HTMLElement;
  private note!: HTMLElement;
  private suggestion!: HTMLElement;
  private more!: HTMLButtonElement;
  private ctx!: SearchStateContext;
  private strings!: PageStrings;
  private locale: Locale = 'zh';
  private base = '/';
  private state: SearchState = emptySearchState();
  /** What was changed in the years the address asked for, until the reader changes them. */
  private adjusted: SearchStateAdjustments = NO_ADJUSTMENT;
  private client: typeof Client | undefined;
  private engine: Client.SearchEngine | undefined;
  private hits: Client.SearchOutcome['hits'] = [];
  private terms: string[] = [];
  private shown = 0;
  private timer: number | undefined;
  private abort = new AbortController();
  private started = false;

  connectedCallback() {
    this.abort = new AbortController();
    const signal = this.abort.signal;
    this.form = this.querySelector('[data-form]')!;
    this.input = this.form.querySelector('input[name=q]')!;
    this.results = this.querySelector('[data-results]')!;
    this.count = this.querySelector('[data-count]')!;
    this.note = this.querySelector('[data-note]')!;
    this.suggestion = this.querySelector('[data-suggestion]')!;
    this.more = this.querySelector('[data-more]')!;
    this.locale = this.dataset.locale === 'en' ? 'en' : 'zh';
    this.base = this.dataset.base ?? '/';
    try {
      this.ctx = JSON.parse(this.dataset.context ?? '') as SearchStateContext;
      this.strings = JSON.parse(this.dataset.strings ?? '') as PageStrings;
    } catch {
      return;
    }

    this.form.addEventListener(
      'submit',
      (e) => {
        e.preventDefault();
        window.clearTimeout(this.timer);
        this.navigate(this.readForm(), true);
      },
      { signal },
    );
    this.form.addEventListener(
      'input',
      (e) => {
        if ((e.target as HTMLElement).matches('input[name=q], input[type=number]')) {
          window.clearTimeout(this.timer);
          this.timer = window.setTimeout(() => this.navigate(this.readForm(), false), DEBOUNCE_MS);
        }
      },
      { signal },
    );
    this.form.addEventListener(
      'change',
      (e) => {
        if (!(e.target as HTMLElement).matches('input[name=q]')) this.navigate(this.readForm(), true);
      },
      { signal },
    );
    this.form.addEventListener(
      'reset',
      (e) => {
        e.preventDefault();
        this.navigate(emptySearchState(), true);
        this.input.focus();
      },
      { signal },
    );
    this.more.addEventListener('click', () => this.showMore(true), { signal });
    this.suggestion.addEventListener(
      'click',
      (e) => {
        const link = (e.target as Element).closest('a');
        if (!link) return;
        e.preventDefault();
        this.navigate({ ...this.state, q: link.textContent ?? '' }, true);
        this.input.focus();
      },
      { signal },
    );
    window.addEventListener('popstate', () => this.restore(), { signal });

    const shortcut = this.querySelector<HTMLElement>('[data-shortcut]');
    const toggle = this.querySelector<HTMLInputElement>('[data-shortcut-toggle]');
    if (shortcut && toggle) {
      toggle.checked = shortcutEnabled();
      toggle.addEventListener('change', () => setShortcutEnabled(toggle.checked), { signal });
      shortcut.hidden = false;
    }

    this.restore();
    // The index (about 100 KB) and the engine built from it are needed once there is something to
    // search: at once for an address with a query or filters, otherwise when the reader turns to the form.
    if (this.state.q.trim() || hasFilters(this.state)) this.start(signal);
    else {
      this.count.textContent = this.strings.prompt;
      const intent = new AbortController();
      const start = () => {
        intent.abort();
        this.start(signal);
      };
      for (const type of ['pointerenter', 'touchstart', 'focusin', 'input'])
        this.form.addEventListener(type, start, { signal: AbortSignal.any([signal, intent.signal]), passive: true });
    }
  }

  /** Loads the search code and the index, then answers; the narratives' sections come second. */
  private start(signal: AbortSignal) {
    if (this.started) return;
    this.started = true;
    this.count.textContent = this.strings.loading;
    import('./searchClient.ts')
      .then(async (client) => {
        this.client = client;
        const engines = client.loadEngines(this.dataset.index ?? '');
        this.engine = await engines.first;
        this.run();
        // The narratives' sections arrive second: search again with them.
        engines.full
          .then((full) => {
            if (signal.aborted || full === this.engine) return;
            this.engine = full;
            this.run();
          })
          .catch(() => undefined);
      })
      .catch(() => {
        this.count.textContent = this.strings.error;
      });
  }

  disconnectedCallback() {
    this.abort.abort();
    window.clearTimeout(this.timer);
  }

  private readForm(): SearchState {
    const data = new FormData(this.form);
    const text = (name: string) => {
      const value = data.get(name);
      return typeof value === 'string' ? value : '';
    };
    const params = new URLSearchParams();
    params.set('q', text('q'));
    for (const name of ['d', 't', 'kind'])
      for (const value of data.getAll(name)) if (typeof value === 'string') params.append(name, value);
    for (const name of ['era', 'from', 'to']) if (text(name)) params.set(name, text(name));
    return readSearchState(params, this.ctx).state;
  }

  private writeForm() {
    const s = this.state;
    if (this.input.value.trim() !== s.q) this.input.value = s.q;
    const check = (name: string, on: (value: string) => boolean) => {
      for (const box of this.form.querySelectorAll<HTMLInputElement>(`input[name=${name}]`))
        box.checked = on(box.value);
    };
    check('d', (v) => s.districts.includes(v));
    check('t', (v) => s.themes.includes(v));
    check('kind', (v) => s.kinds.some((k) => KIND_NAMES[k] === v));
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
    if (state.from !== this.state.from || state.to !== this.state.to) this.adjusted = NO_ADJUSTMENT;
    this.state = state;
    if (after !== before) {
      const url = `${location.pathname}${after}`;
      if (push) history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    }
    this.writeForm();
    this.run();
  }

  /** Reads the state from the address, and puts its canonical form back in the address bar. */
  private restore() {
    const { state, adjusted } = readSearchState(location.search, this.ctx);
    this.state = state;
    this.adjusted = adjusted;
    const canonical = serializeSearchState(state, this.ctx);
    if (canonical !== location.search)
      history.replaceState(null, '', `${location.pathname}${canonical}${location.hash}`);
    this.writeForm();
    this.run();
  }

  /** What the page changed in the years the address asked for, as sentences. */
  private adjustments(): string[] {
    const notes: string[] = [];
    const { outside, swapped } = this.adjusted;
    if (outside.length)
      notes.push(fill(this.strings.yearsOutside, { years: outside.join(this.strings.listSeparator) }));
    if (swapped) notes.push(this.strings.yearsSwapped);
    return notes;
  }

  private run() {
    const s = this.state;
    this.suggestion.hidden = true;
    this.suggestion.replaceChildren();
    this.note.textContent = this.adjustments().join(' ');
    this.note.hidden = this.note.textContent === '';
    if (!this.engine) return;
    this.results.replaceChildren();
    this.shown = 0;
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
      kinds: s.kinds,
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
    const notes = this.adjustments();
    if (outcome.query.cut) notes.push(this.strings.cut);
    if (outcome.corrected) notes.push(fill(this.strings.corrected, { q: outcome.corrected }));
    if (outcome.partial) notes.push(this.strings.partial);
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
    if (outcome.suggestion && this.client) {
      const href = `${location.pathname}${serializeSearchState({ ...s, q: outcome.suggestion }, this.ctx)}`;
      this.suggestion.append(this.client.sentenceWithLink(this.strings.suggestion, outcome.suggestion, href));
      this.suggestion.hidden = false;
    }
    this.showMore(false);
  }

  private showMore(focus: boolean) {
    const next = this.hits.slice(this.shown, this.shown + PAGE_SIZE);
    const items = next.map((h) => {
      const item = this.client!.resultItem(h.doc, this.locale, this.base, this.strings, this.terms);
      const collect = h.doc.k === 'm' ? collectButton(this, h.doc.id, h.doc.t) : null;
      if (collect) item.append(collect);
      return item;
    });
    this.results.append(...items);
    this.shown += next.length;
    this.more.hidden = this.shown >= this.hits.length;
    if (focus && items[0]) items[0].querySelector('a')?.focus();
  }
}

customElements.define('search-page', SearchPage);
