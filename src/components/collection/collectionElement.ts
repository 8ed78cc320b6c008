// <reform-collection>: a lesson collection drawn from its URL (/collection/?m=…&title=…&order=own) and
// the summary JSON the page carries. On the collection page it also keeps the collection in this
// browser, lets the teacher title and reorder it (buttons, or dragging the handle; every move is
// announced), and offers the link, a QR code, a handout to print, embed code and exports. In an embed
// it only shows the milestones. The URL is always rewritten in its one canonical form.
import { cleanTitle, collectionQuery, parseCollection, type Collection } from '../../lib/collection/collectionState.ts';
import {
  moveId,
  orderedItems,
  type CollectionData,
  type CollectionItem,
} from '../../lib/collection/collectionItems.ts';
import { compactTimeline } from '../../lib/collection/compactTimeline.ts';
import { milestoneCitation } from '../../lib/cite/citationData.ts';
import { citeApa7, citeGbt7714, isoDay } from '../../lib/cite/citeMilestone.ts';
import { iframeCode } from '../../lib/embed/embedCode.ts';
import { collectionEmbedHeight } from '../../lib/embed/fallbackHeight.ts';
import { fill } from '../../lib/format/fillTemplate.ts';
import type { Locale } from '../../lib/site/paths.ts';
import { onStoredChange, readQuery, storageWorks, writeQuery } from './collectionStore.ts';
// Each milestone carries the same "add to collection" control as everywhere else (here it takes the
// milestone out); defined here because the copy in the item template is inert.
import './addToCollectionElement.ts';
import { confirmCopy, copyText } from '../embed/copyText.ts';

export type CollectionMode = 'page' | 'embed';

export interface CollectionStrings {
  siteTitle: string;
  defaultTitle: string;
  unknown: string;
  unknownOne: string;
  repeated: string;
  repeatedOne: string;
  titleCut: string;
  replaced: string;
  replacedLink: string;
  moveUp: string;
  moveDown: string;
  remove: string;
  moved: string;
  edge: string;
  edgeTop: string;
  edgeBottom: string;
  removed: string;
  ownOrder: string;
  cleared: string;
  timelineCaption: string;
  qrLabel: string;
  qrTooLong: string;
  copyFailed: string;
  exportFailed: string;
  timelinejsDescription: string;
  sourceLabel: string;
  permalinkLabel: string;
  /** Headline of a date with several milestones in the TimelineJS export. */
  togetherLabel: string;
}

/** The data-* props of <reform-collection> (written by Collection.astro). */
export interface CollectionProps {
  'data-mode': CollectionMode;
  'data-locale': Locale;
  /** JSON: the collection page's path in every locale, so that links to it carry the collection. */
  'data-collection-paths': string;
  /** The collection embed's path in this locale. */
  'data-embed-path': string;
  /** The published milestones.csv, whose rows the CSV export keeps. */
  'data-csv': string;
  /** JSON of CollectionStrings. */
  'data-strings': string;
}

const SVG = 'http://www.w3.org/2000/svg';
const svg = <K extends keyof SVGElementTagNameMap>(name: K, attrs: Record<string, string | number>) => {
  const el = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attrs)) el.setAttribute(key, String(value));
  return el;
};

function download(name: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

class ReformCollection extends HTMLElement {
  private controller: AbortController | undefined;
  private resize: ResizeObserver | undefined;
  private mode: CollectionMode = 'page';
  private locale: Locale = 'zh';
  private strings!: CollectionStrings;
  private byId = new Map<string, CollectionItem>();
  private colors = new Map<string, { name: string; color: string }>();
  private state: Collection = { ids: [], title: '', order: 'date' };
  private keep = false;
  private qrFor = '';

  connectedCallback() {
    try {
      const data = JSON.parse(this.querySelector('[data-collection-data]')?.textContent ?? '') as CollectionData;
      this.strings = JSON.parse(this.dataset.strings ?? '') as CollectionStrings;
      this.byId = new Map(data.items.map((m) => [m.id, m]));
      this.colors = new Map(data.districts.map((d) => [d.id, d]));
    } catch {
      return;
    }
    this.mode = this.dataset.mode === 'embed' ? 'embed' : 'page';
    this.locale = this.dataset.locale === 'en' ? 'en' : 'zh';
    this.keep = this.mode === 'page' && storageWorks();
    this.controller = new AbortController();
    const signal = this.controller.signal;
    window.addEventListener('popstate', () => this.load(), { signal });
    this.resize = new ResizeObserver(() => this.drawTimeline());
    this.resize.observe(this.find('[data-timeline]'));
    // The handout's timeline is drawn for the width of an A4 page, whatever the screen.
    window.addEventListener('beforeprint', () => this.drawTimeline(680), { signal });
    window.addEventListener('afterprint', () => this.drawTimeline(), { signal });
    if (this.mode === 'page') this.setUpControls(signal);
    // A change made by an item's own control, or in another tab, shows here at once.
    if (this.keep) onStoredChange(() => this.syncFromStorage(), signal);
    this.load();
  }

  disconnectedCallback() {
    this.controller?.abort();
    this.resize?.disconnect();
  }

  private find<T extends HTMLElement = HTMLElement>(selector: string): T {
    return this.querySelector<T>(selector)!;
  }

  private get known() {
    return new Set(this.byId.keys());
  }

  // ---- state ------------------------------------------------------------------------------------

  /** Reads the URL (or, on the page with nothing in it, the collection kept in this browser). */
  private load() {
    const params = new URLSearchParams(location.search);
    const fromUrl = params.has('m') || params.has('title');
    const parsed = parseCollection(location.search, this.known);
    const notices: Node[] = [];
    const say = (many: string, one: string, n: number) => {
      if (n > 0)
        notices.push(Object.assign(document.createElement('p'), { textContent: fill(n === 1 ? one : many, { n }) }));
    };
    say(this.strings.unknown, this.strings.unknownOne, parsed.dropped.unknown);
    say(this.strings.repeated, this.strings.repeatedOne, parsed.dropped.repeated);
    if (parsed.dropped.titleCut)
      notices.push(Object.assign(document.createElement('p'), { textContent: this.strings.titleCut }));
    let state: Collection = parsed;
    if (this.keep) {
      const stored = parseCollection(readQuery(), this.known);
      if (!fromUrl) state = stored;
      else if (stored.ids.length && collectionQuery(stored) !== collectionQuery(parsed)) {
        const p = Object.assign(document.createElement('p'), {
          textContent: fill(this.strings.replaced, { n: stored.ids.length }),
        });
        p.append(
          Object.assign(document.createElement('a'), {
            href: `${location.pathname}${collectionQuery(stored)}`,
            textContent: this.strings.replacedLink,
          }),
        );
        notices.push(p);
      }
    }
    const box = this.find('[data-notices]');
    box.replaceChildren(...notices);
    box.hidden = notices.length === 0;
    this.commit({ ids: state.ids, title: state.title, order: state.order });
  }

  /** Makes `state` current: URL (canonical form), this browser's copy, and the page. */
  private commit(state: Collection, push = false) {
    this.state = state;
    const url = `${location.pathname}${collectionQuery(state)}${location.hash}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`)
      history[push ? 'pushState' : 'replaceState'](null, '', url);
    if (this.keep) writeQuery(collectionQuery(state));
    this.render();
  }

  private get items(): CollectionItem[] {
    return orderedItems(this.state, this.byId);
  }

  private announce(message: string) {
    const live = this.find('[data-announce]');
    live.textContent = '';
    window.setTimeout(() => (live.textContent = message), 50);
  }

  // ---- drawing ----------------------------------------------------------------------------------

  private render() {
    const items = this.items;
    const title = this.state.title || this.strings.defaultTitle;
    this.find('[data-heading]').textContent = title;
    document.title = `${title} · ${this.strings.siteTitle}`;
    this.renderList(items);
    this.find('[data-timeline]').hidden = items.length === 0;
    this.find('[data-list-heading]').hidden = items.length === 0;
    this.find('[data-empty]').hidden = items.length > 0;
    this.drawTimeline();
    this.updateLinks();
    if (this.mode === 'page') this.renderTools(items);
  }

  private renderList(items: CollectionItem[]) {
    const template = this.find<HTMLTemplateElement>('template[data-item-template]');
    const accessed = isoDay(new Date());
    const list = this.find('[data-list]');
    list.replaceChildren(
      ...items.map((m, i) => {
        const li = (template.content.firstElementChild as HTMLElement).cloneNode(true) as HTMLElement;
        const set = (selector: string, text: string) => {
          const el = li.querySelector(selector);
          if (el) el.textContent = text;
          return el;
        };
        li.dataset.id = m.id;
        li.id = `c-${m.id}`;
        set('[data-num]', String(i + 1));
        set('[data-date]', m.displayDate);
        const district = this.colors.get(m.district);
        set('[data-district]', district?.name ?? m.district);
        li.querySelector('[data-swatch]')?.setAttribute('fill', district?.color ?? '#777');
        set('[data-link]', m.title)?.setAttribute('href', m.path);
        set('[data-summary]', m.summary);
        set('[data-source]', m.source)?.setAttribute('href', m.sourcePath);
        set('[data-cite]', this.citation(m, accessed));
        const label = (template: string) => fill(template, { title: m.title });
        li.querySelector('[data-move="up"]')?.setAttribute('aria-label', label(this.strings.moveUp));
        li.querySelector('[data-move="down"]')?.setAttribute('aria-label', label(this.strings.moveDown));
        li.querySelector('[data-remove]')?.setAttribute('aria-label', label(this.strings.remove));
        // The shared control where this browser keeps the collection; a plain "remove" button where it cannot.
        const control = li.querySelector<HTMLElement>('add-to-collection');
        if (control && this.keep) {
          Object.assign(control.dataset, { id: m.id, title: m.title });
          li.querySelector('[data-remove]')?.remove();
        } else control?.remove();
        if (i === 0) li.querySelector('[data-move="up"]')?.setAttribute('aria-disabled', 'true');
        if (i === items.length - 1) li.querySelector('[data-move="down"]')?.setAttribute('aria-disabled', 'true');
        return li;
      }),
    );
  }

  /** GB/T 7714 on the Chinese page, APA 7 on the English one: the style each audience expects. */
  private citation(m: CollectionItem, accessed: string): string {
    const data = milestoneCitation({
      ...m,
      siteName: this.strings.siteTitle,
      url: new URL(m.path, location.origin).href,
      locale: this.locale,
    });
    return (this.locale === 'zh' ? citeGbt7714 : citeApa7)(data, accessed).text;
  }

  private drawTimeline(width?: number) {
    const figure = this.find('[data-timeline]');
    const canvas = figure.querySelector<SVGSVGElement>('[data-timeline-svg]')!;
    const items = this.items;
    if (!items.length) return canvas.replaceChildren();
    const w = width ?? Math.max(240, Math.round(figure.clientWidth || 600));
    const radius = 11;
    const layout = compactTimeline(items, { width: w, radius, pad: 18 });
    const axis = 22 + layout.rows * (2 * radius + 6);
    const height = axis + 24;
    canvas.setAttribute('viewBox', `0 0 ${w} ${height}`);
    canvas.setAttribute('height', String(height));
    const parts: SVGElement[] = [svg('line', { class: 'axis', x1: 0, x2: w, y1: axis, y2: axis })];
    for (const tick of layout.ticks) {
      parts.push(svg('line', { class: 'tick', x1: tick.x, x2: tick.x, y1: axis, y2: axis + 5 }));
      const label = svg('text', { x: tick.x, y: axis + 19, 'text-anchor': 'middle' });
      label.textContent = String(tick.year);
      parts.push(label);
    }
    const number = new Map(items.map((m, i) => [m.id, i + 1]));
    for (const mark of layout.marks) {
      const cy = axis - 14 - mark.row * (2 * radius + 6);
      const color = this.colors.get(this.byId.get(mark.id)!.district)?.color ?? '#777';
      parts.push(svg('line', { class: 'stem', x1: mark.x, x2: mark.x, y1: cy + radius, y2: axis }));
      parts.push(svg('circle', { cx: mark.x, cy, r: radius, stroke: color }));
      const n = svg('text', { x: mark.x, y: cy + 4, 'text-anchor': 'middle' });
      n.textContent = String(number.get(mark.id));
      parts.push(n);
    }
    canvas.replaceChildren(...parts);
    this.find('[data-timeline-caption]').textContent = fill(this.strings.timelineCaption, {
      n: items.length,
      from: Math.floor(items.reduce((a, m) => Math.min(a, m.t), Infinity)),
      to: Math.floor(items.reduce((a, m) => Math.max(a, m.t), -Infinity)),
    });
  }

  /** Every link to the collection page, in either language (the language switch, the embed's credit), carries the collection. */
  private updateLinks() {
    let paths: string[];
    try {
      paths = JSON.parse(this.dataset.collectionPaths ?? '[]') as string[];
    } catch {
      return;
    }
    const query = collectionQuery(this.state);
    // By path only: a build without the site's origin may write these links with another one.
    for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
      const url = new URL(a.href, location.href);
      if (paths.includes(url.pathname) && !this.contains(a)) {
        url.search = query;
        a.href = url.origin === location.origin ? `${url.pathname}${url.search}${url.hash}` : url.href;
      }
    }
  }

  // ---- the page's controls ------------------------------------------------------------------------

  private get shareUrl() {
    return `${location.origin}${location.pathname}${collectionQuery(this.state)}`;
  }

  private renderTools(items: CollectionItem[]) {
    const empty = items.length === 0;
    this.find('[data-controls]').hidden = empty;
    this.find('[data-tools]').hidden = empty;
    const input = this.find<HTMLInputElement>('[data-title-input]');
    if (document.activeElement !== input) input.value = this.state.title;
    for (const radio of this.querySelectorAll<HTMLInputElement>('input[name=order]'))
      radio.checked = radio.value === this.state.order;
    const link = this.shareUrl;
    this.find<HTMLInputElement>('[data-share-link]').value = link;
    this.find('[data-handout-link]').textContent = link;
    const embedSrc = `${location.origin}${this.dataset.embedPath ?? ''}${collectionQuery(this.state)}`;
    const title = `${this.state.title || this.strings.defaultTitle} · ${this.strings.siteTitle}`;
    this.find<HTMLTextAreaElement>('[data-embed-code]').value = iframeCode(
      embedSrc,
      title,
      collectionEmbedHeight(
        this.state.title || this.strings.defaultTitle,
        items.map((m) => ({ ...m, district: this.colors.get(m.district)?.name ?? '' })),
      ),
    );
    if (!empty) void this.drawQr(link);
  }

  private async drawQr(link: string) {
    if (link === this.qrFor) return;
    this.qrFor = link;
    // Offline, a chunk this browser never loaded cannot come: then there is just no QR code.
    const module = await import('./qrSvg.ts').catch(() => null);
    if (!module || link !== this.qrFor) return;
    const { qrSvg } = module;
    const code = qrSvg(link, this.strings.qrLabel);
    const boxes = [this.find('[data-qr]'), this.find('[data-qr-print]')];
    if (!code) {
      for (const box of boxes) box.textContent = this.strings.qrTooLong;
      return;
    }
    boxes[0].replaceChildren(code);
    boxes[1].replaceChildren(code.cloneNode(true));
  }

  private setUpControls(signal: AbortSignal) {
    const input = this.find<HTMLInputElement>('[data-title-input]');
    input.addEventListener('input', () => this.commit({ ...this.state, title: cleanTitle(input.value).title }), {
      signal,
    });
    input.addEventListener('change', () => (input.value = this.state.title), { signal });
    this.addEventListener(
      'change',
      (e) => {
        const radio = e.target as HTMLInputElement;
        if (radio.name === 'order') this.commit({ ...this.state, order: radio.value === 'own' ? 'own' : 'date' });
      },
      { signal },
    );
    this.addEventListener('click', (e) => void this.onClick(e), { signal });
    this.addEventListener('pointerdown', (e) => this.onDragStart(e), { signal });
  }

  private async onClick(e: MouseEvent) {
    const target = (e.target as Element).closest<HTMLElement>('button');
    if (!target) return;
    const li = target.closest<HTMLElement>('li[data-id]');
    if (li && target.dataset.move) return this.moveBy(li.dataset.id!, target.dataset.move === 'up' ? -1 : 1);
    if (li && target.hasAttribute('data-remove')) return this.removeItem(li.dataset.id!);
    if (target.dataset.copyFrom) {
      const source = document.getElementById(target.dataset.copyFrom);
      if (source)
        confirmCopy(
          target as HTMLButtonElement,
          this.find('[data-announce]'),
          await copyText(source),
          this.strings.copyFailed,
        );
      return;
    }
    if (target.hasAttribute('data-print')) return window.print();
    if (target.dataset.export) return this.export(target.dataset.export);
    if (target.hasAttribute('data-clear')) {
      this.commit({ ids: [], title: '', order: 'date' }, true);
      this.announce(this.strings.cleared);
      this.find('[data-empty]').focus();
    }
  }

  /** The shown order becomes the teacher's own, so that a move always starts from what is on screen. */
  private ownOrder(): string[] {
    return this.items.map((m) => m.id);
  }

  private moveBy(id: string, step: -1 | 1) {
    const ids = this.ownOrder();
    const from = ids.indexOf(id);
    const title = this.byId.get(id)?.title ?? id;
    if (from + step < 0 || from + step >= ids.length) {
      this.announce(fill(this.strings.edge, { title, end: step < 0 ? this.strings.edgeTop : this.strings.edgeBottom }));
      return;
    }
    this.moveTo(id, moveId(ids, id, from + step));
    // The list is drawn anew: keep the keyboard on the same button of the moved milestone.
    const buttons = this.querySelectorAll<HTMLButtonElement>(`li[data-id="${CSS.escape(id)}"] [data-move]`);
    const again = [...buttons].find((b) => b.dataset.move === (step < 0 ? 'up' : 'down') && !b.ariaDisabled);
    (again ?? buttons[0])?.focus();
  }

  private moveTo(id: string, ids: string[]) {
    const wasOwn = this.state.order === 'own';
    this.commit({ ...this.state, ids, order: 'own' });
    const title = this.byId.get(id)?.title ?? id;
    const moved = fill(this.strings.moved, { title, pos: ids.indexOf(id) + 1, n: ids.length });
    this.announce(wasOwn ? moved : `${this.strings.ownOrder} ${moved}`);
  }

  private removeItem(id: string) {
    const at = this.ownOrder().indexOf(id);
    this.commit({ ...this.state, ids: this.state.ids.filter((x) => x !== id) });
    this.afterRemoval(id, at, true);
  }

  /** Says what was taken out, and moves the focus it had to the milestone that took its place (or the heading). */
  private afterRemoval(id: string, at: number, hadFocus: boolean) {
    const title = this.byId.get(id)?.title ?? id;
    this.announce(fill(this.strings.removed, { title, n: this.state.ids.length }));
    if (!hadFocus) return;
    const controls = this.querySelectorAll<HTMLElement>('li[data-id] :is([data-remove], add-to-collection button)');
    (controls[Math.min(at, controls.length - 1)] ?? this.find('[data-heading]')).focus();
  }

  /** Takes up the collection as this browser now keeps it. */
  private syncFromStorage() {
    const stored = parseCollection(readQuery(), this.known);
    if (collectionQuery(stored) === collectionQuery(this.state)) return;
    const shown = this.ownOrder();
    const focused = document.activeElement?.closest<HTMLElement>('li[data-id]')?.dataset.id;
    const gone = shown.filter((id) => !stored.ids.includes(id));
    this.commit({ ids: stored.ids, title: stored.title, order: stored.order });
    if (gone.length === 1) this.afterRemoval(gone[0], shown.indexOf(gone[0]), focused === gone[0]);
    else if (focused && gone.includes(focused)) this.find('[data-heading]').focus();
  }

  // ---- dragging ---------------------------------------------------------------------------------

  private onDragStart(e: PointerEvent) {
    const handle = (e.target as Element).closest<HTMLElement>('[data-drag]');
    const li = handle?.closest<HTMLElement>('li[data-id]');
    const list = this.find('[data-list]');
    if (!handle || !li || e.button !== 0) return;
    e.preventDefault();
    li.classList.add('is-dragging');
    // On window, not the handle: moving the item in the list would release a pointer capture.
    const drag = new AbortController();
    window.addEventListener(
      'pointermove',
      (move) => {
        // Near the window's top or bottom edge, the page scrolls, so that any place can be reached.
        if (move.clientY < 40) window.scrollBy(0, -16);
        else if (move.clientY > window.innerHeight - 40) window.scrollBy(0, 16);
        const others = [...list.children].filter((x) => x !== li) as HTMLElement[];
        const before = others.find((x) => {
          const box = x.getBoundingClientRect();
          return move.clientY < box.top + box.height / 2;
        });
        if (before ? li.nextElementSibling !== before : list.lastElementChild !== li)
          list.insertBefore(li, before ?? null);
      },
      { signal: drag.signal },
    );
    const end = () => {
      drag.abort();
      li.classList.remove('is-dragging');
      const ids = [...list.querySelectorAll<HTMLElement>('li[data-id]')].map((x) => x.dataset.id!);
      if (ids.join() !== this.ownOrder().join()) this.moveTo(li.dataset.id!, ids);
    };
    window.addEventListener('pointerup', end, { signal: drag.signal });
    window.addEventListener('pointercancel', end, { signal: drag.signal });
  }

  // ---- export -----------------------------------------------------------------------------------

  private async export(kind: string) {
    const items = this.items;
    const name = 'collection';
    // The exports load when asked for; offline, what never loaded cannot, and the reader is told.
    try {
      if (kind === 'timelinejs') {
        const { collectionTimelineJs } = await import('../../lib/collection/collectionTimelineJs.ts');
        const doc = collectionTimelineJs(items, {
          headline: this.state.title || this.strings.defaultTitle,
          description: this.strings.timelinejsDescription,
          url: this.shareUrl,
          origin: location.origin,
          labels: {
            source: this.strings.sourceLabel,
            permalink: this.strings.permalinkLabel,
            together: this.strings.togetherLabel,
          },
        });
        return download(`${name}-timelinejs.json`, JSON.stringify(doc, null, 2), 'application/json');
      }
      const response = await fetch(this.dataset.csv ?? '');
      if (!response.ok) throw new Error(String(response.status));
      const { collectionCsv } = await import('../../lib/collection/collectionCsv.ts');
      const csv = collectionCsv(
        await response.text(),
        items.map((m) => m.id),
      );
      download(`${name}.csv`, csv, 'text/csv;charset=utf-8');
    } catch {
      this.announce(this.strings.exportFailed);
    }
  }
}

customElements.define('reform-collection', ReformCollection);
