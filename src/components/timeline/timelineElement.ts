// <reform-timeline>: adds to the SVG the server rendered the headlines beside the marks, zoom and pan
// along time, keyboard navigation, a tooltip, and on the full timeline the filters, URL state and the
// detail view (a side panel on wide screens, a bottom sheet on phones). The styles these parts need
// load with it (timelineExtras.css), so that the stylesheet the page waits for stays small.
//
// It talks to other views on the page (the map) with two bubbling events on document:
// - `reform:highlight` {ids: string[]} when a mark is hovered or focused, and it highlights the marks
//   named by a `reform:highlight` that another view sends;
// - `reform:view` {from, to} with the visible years after every change of view.
import { layoutTimeline, type LaneLayout } from '../../lib/timeline/timelineLayout.ts';
import { yearScale, yearTicks } from '../../lib/timeline/timelineScale.ts';
import { TIMELINE } from '../../lib/timeline/timelineConfig.ts';
import { fitLabel, textWidth, type TextMetrics } from '../../lib/timeline/labelFit.ts';
import { placeLabels, type Side } from '../../lib/timeline/labelPlacement.ts';
import { stepAcrossLanes, stepInLane, stepInTime, chronological } from '../../lib/timeline/markNavigation.ts';
import { FULL_VIEW, maxZoom, viewForRange, zoomAround, clampView, type View } from '../../lib/timeline/zoomView.ts';
import { swipeDirection } from '../../lib/timeline/swipe.ts';
import { RANK } from '../../lib/timeline/markRank.ts';
import { fill } from '../../lib/format/fillTemplate.ts';
import {
  defaultState,
  readState,
  serializeState,
  type StateContext,
  type TimelineState,
} from '../../lib/timeline/timelineState.ts';
import { attachGestures } from './timelineGestures.ts';
import { collectButton } from '../collection/collectButton.ts';
import { showAdjustment, showCanonical } from '../site/addressBar.ts';
import { loadStylesheet } from './loadStylesheet.ts';
import extrasUrl from './timelineExtras.css?url';

/** What Timeline.astro hands over in data-strings. */
export interface TimelineStrings {
  count: string;
  empty: string;
  previous: string;
  next: string;
  position: string;
  permalink: string;
  story: string;
  storyHref: string;
}

const SVG = 'http://www.w3.org/2000/svg';
const LATIN_SAMPLE = 'Dongcheng pioneers grid-based city management';
const { rows: ROWS, headline: HEADLINE } = TIMELINE;

interface Mark {
  el: SVGAElement;
  line: SVGLineElement;
  id: string;
  lane: string;
  t: number;
  /** End of the time the date covers (a span of years ends after its last year). */
  end: number;
  rank: number;
  title: string;
  themes: string[];
  hidden: boolean;
  row: number;
  /** The centre drawn, so that a placement writes only what moved. */
  y: number;
  order: number;
  label?: SVGTextElement;
}

const pct = (px: number, width: number) => `${((px / width) * 100).toFixed(3)}%`;

class ReformTimeline extends HTMLElement {
  private abort?: AbortController;
  private resize?: ResizeObserver;
  private strings!: TimelineStrings;
  private svg!: SVGSVGElement;
  private layer!: SVGGElement;
  private labelLayer!: SVGGElement;
  private marks: Mark[] = [];
  private laneOrder: string[] = [];
  private lanes = new Map<string, LaneLayout>();
  private active: Mark | undefined;
  /** The active mark, while it has the keyboard focus. */
  private focused: Mark | undefined;
  private selected: Mark | undefined;
  private bounds: [number, number] = TIMELINE.bounds;
  private view: View = FULL_VIEW;
  /** The view the headlines were placed for; while a zoom runs they wait for the next placement. */
  private placedView: View | null = null;
  /** The width the chart is laid out for: the SVG's, or a printed page's. */
  private w: number = TIMELINE.referenceWidth;
  private metrics: TextMetrics = TIMELINE.label;
  private state: TimelineState | undefined;
  private context: StateContext | undefined;
  private full = false;
  private tickYears: number[] = [];
  private yearGroups: SVGGElement[] = [];
  private annotationLabels: SVGTextElement[] = [];
  private eraBoxes: SVGSVGElement[] = [];
  private items = new Map<string, HTMLElement>();
  /** Filters have been applied once (before, nothing is hidden). */
  private filtered = false;
  /** The width is known (from the ResizeObserver); nothing is drawn before. */
  private measured = false;
  /** Years asked for before the width was known. */
  private pendingYears: [number, number] | undefined;
  private printing = false;
  /** The view on screen, kept while the page is laid out for printing. */
  private screenView: View = FULL_VIEW;
  private renderPending = false;
  private viewPending = false;
  private placeTimer = 0;
  private calibrated = false;
  /** The styles the script's parts need (see timelineExtras.css). */
  private extras: Promise<unknown> = Promise.resolve();

  connectedCallback() {
    this.abort?.abort();
    this.abort = new AbortController();
    const signal = this.abort.signal;
    this.strings = JSON.parse(this.dataset.strings ?? '{}') as TimelineStrings;
    this.extras = loadStylesheet(extrasUrl);
    this.svg = this.querySelector('svg.timeline-svg')!;
    this.layer = this.svg.querySelector('[data-zoom-layer]')!;
    this.labelLayer = this.svg.querySelector('[data-labels]')!;
    this.full = this.dataset.variant === 'full';
    const [lo, hi] = (this.dataset.bounds ?? '').split(',').map(Number);
    if (lo && hi) this.bounds = [lo, hi];
    this.laneOrder = [...this.svg.querySelectorAll<SVGGElement>('g.lane-bands')].map((g) => g.dataset.lane!);
    this.marks = [...this.svg.querySelectorAll<SVGAElement>('a.mark')].map((el, order) => ({
      el,
      line: el.querySelector('line')!,
      id: el.dataset.id!,
      lane: el.dataset.lane!,
      t: Number(el.dataset.t),
      end: Number(el.dataset.tEnd),
      rank: Number(el.dataset.rank ?? 0),
      title: el.dataset.title ?? '',
      themes: (el.dataset.themes ?? '').split(' '),
      hidden: false,
      row: 0,
      y: Number(el.querySelector('line')!.getAttribute('y1')) + TIMELINE.markHalf,
      order,
    }));
    // Looked up once: a zoom draws every frame, and there may be thousands of them.
    this.yearGroups = [...this.svg.querySelectorAll<SVGGElement>('g.mark-year')];
    this.annotationLabels = [...this.svg.querySelectorAll<SVGTextElement>('.annotation-labels text')];
    this.eraBoxes = [...this.svg.querySelectorAll<SVGSVGElement>('svg.era-box')];
    this.items = new Map([...this.querySelectorAll<HTMLElement>('[data-item]')].map((li) => [li.dataset.item!, li]));
    for (const m of this.marks) m.el.setAttribute('tabindex', '-1');
    // The full timeline lays itself out from its URL state below; the others now. Drawing waits for
    // the width, which the ResizeObserver reports after the page's first layout (reading it here
    // would force that layout early, inside this task).
    if (!this.full) {
      this.relayout(this.laneOrder);
      this.setActive(this.firstVisible(), false);
    }

    const on = <E extends Event>(target: EventTarget, type: string, listener: (e: E) => void) =>
      target.addEventListener(type, listener as EventListener, { signal });
    on<KeyboardEvent>(this.svg, 'keydown', (e) => this.onKey(e));
    on<FocusEvent>(this.svg, 'focusin', (e) => this.onFocus(e));
    on(this.svg, 'focusout', () => {
      this.focused = undefined;
      this.refreshLabelState();
      this.hideTooltip();
    });
    on<PointerEvent>(this.svg, 'pointerover', (e) => this.onPointerOver(e));
    on(this.svg, 'pointerout', () => this.hideTooltip());
    on<MouseEvent>(this.svg, 'click', (e) => this.onClick(e));
    on<PointerEvent>(document, 'pointerdown', (e) => {
      this.dataset.input = e.pointerType === 'touch' ? 'touch' : 'pointer';
      if (!(e.target instanceof Element && this.svg.contains(e.target))) this.hideTooltip();
    });
    on(document, 'keydown', () => (this.dataset.input = 'pointer'));
    on(window, 'beforeprint', () => this.print(true));
    on(window, 'afterprint', () => this.print(false));
    on<CustomEvent<{ ids: string[]; source?: string }>>(document, 'reform:highlight', (e) => {
      const { ids, source } = e.detail;
      if (source === 'timeline') return;
      for (const m of this.marks) m.el.classList.toggle('is-highlighted', ids.includes(m.id));
    });

    const tools = this.querySelector<HTMLElement>('[data-tools]');
    if (tools) {
      on(tools, 'click', (e) => {
        const button = (e.target as Element).closest<HTMLButtonElement>('[data-zoom]');
        if (button) this.zoomBy(button.dataset.zoom as 'in' | 'out' | 'reset');
      });
    }
    const showAll = this.querySelector('[data-show-all]');
    if (showAll) on(showAll, 'click', () => this.zoomBy('reset'));

    attachGestures(
      this.svg,
      {
        view: () => this.view,
        width: () => this.w,
        maxZoom: this.maxZoom,
        move: (view) => this.setView(view),
        settle: () => this.settle(),
      },
      signal,
    );

    this.resize = new ResizeObserver(([entry]) => {
      const width = entry.contentRect.width;
      if (!width || (width === this.w && this.measured) || this.printing) return;
      // Everything on screen scales with the width, the view's shift too.
      if (this.measured) this.view = { x: (this.view.x * width) / this.w, k: this.view.k };
      else if (this.pendingYears) this.view = this.viewFor(...this.pendingYears, width);
      this.w = width;
      this.measured = true;
      this.render();
      this.placeSoon();
    });
    this.resize.observe(this.svg);

    if (this.full) this.setUpFullView(signal);
  }

  disconnectedCallback() {
    this.abort?.abort();
    this.resize?.disconnect();
    clearTimeout(this.placeTimer);
  }

  /**
   * The headlines are placed in a task of their own after the chart is drawn, so that no single task
   * keeps the page from answering for long; then the tools appear (they kept their place till then).
   */
  private placeSoon() {
    if (this.placeTimer) return;
    this.placeTimer = window.setTimeout(() => void this.extras.then(() => this.placeNow()));
  }

  private placeNow() {
    this.placeTimer = 0;
    if (!this.measured) return;
    if (!this.calibrated) {
      this.calibrate();
      this.calibrated = true;
      this.render();
    }
    this.place();
    this.updateEmpty();
    this.querySelector('[data-tools]')?.classList.remove('is-pending');
  }

  // ---- geometry -------------------------------------------------------------------------------

  private get maxZoom() {
    return maxZoom(this.bounds[1] - this.bounds[0], TIMELINE.minSpan);
  }

  /** Maps fractional years to px at zoom level 1, for a given width. */
  private scaleFor(width: number) {
    return yearScale(this.bounds, [(TIMELINE.plotStart / 100) * width, (TIMELINE.plotEnd / 100) * width]);
  }

  private baseX(t: number) {
    return this.scaleFor(this.w)(t);
  }

  private screenX(t: number) {
    return this.view.x + this.view.k * this.baseX(t);
  }

  private yearAt(x: number) {
    return this.scaleFor(this.w).invert((x - this.view.x) / this.view.k);
  }

  /** How wide Latin text is in this browser's font, against the estimate (a canvas measures it
   * without laying out the page). */
  private calibrate() {
    const context = document.createElement('canvas').getContext('2d');
    if (!context) return;
    context.font = `${TIMELINE.label.fontSize}px ${getComputedStyle(this.svg).fontFamily}`;
    const measured = context.measureText(LATIN_SAMPLE).width;
    const estimate = textWidth(LATIN_SAMPLE, TIMELINE.label);
    this.metrics = { ...TIMELINE.label, latinScale: measured > 0 ? Math.max(0.8, measured / estimate) : 1 };
  }

  /** Key events' headlines are bold, so wider. */
  private metricsFor(m: Mark): TextMetrics {
    return m.rank >= RANK.key
      ? { ...this.metrics, latinScale: (this.metrics.latinScale ?? 1) * TIMELINE.bold }
      : this.metrics;
  }

  private markY(lane: string, row: number) {
    return this.lanes.get(lane)!.y + ROWS.laneHeader + row * ROWS.rowHeight + ROWS.rowHeight / 2;
  }

  // ---- drawing --------------------------------------------------------------------------------

  /** Several wheel or touch events can arrive within one frame: draw once per frame. */
  private setView(view: View) {
    this.view = clampView(view, this.w, this.maxZoom);
    if (this.renderPending) return;
    this.renderPending = true;
    requestAnimationFrame(() => {
      this.renderPending = false;
      this.render();
    });
  }

  /** Applies the current view: marks move with one transform; ticks and labels are redrawn. */
  private render() {
    if (!this.measured) return;
    const { x, k } = this.view;
    const W = this.w;
    this.layer.setAttribute('transform', `translate(${x},0) scale(${k},1)`);
    const [lo, hi] = this.bounds;
    const first = Math.max(lo, Math.floor(this.yearAt(0)));
    const last = Math.min(hi - 1, Math.ceil(this.yearAt(W)));
    for (const group of this.yearGroups) {
      const year = Number(group.dataset.year);
      group.classList.toggle('is-culled', year < first - 1 || year > last + 1);
    }
    this.renderTicks(first, last);
    this.renderAnnotations();
    this.renderEras();
    // Headlines follow a pan at once; after a zoom they wait for their new places.
    const placed = this.placedView;
    const current = placed !== null && Math.abs(placed.k - k) < 1e-9;
    this.labelLayer.classList.toggle('is-stale', !current);
    if (current) this.labelLayer.setAttribute('transform', `translate(${x - placed.x},0)`);
    this.announceView();
  }

  private renderTicks(first: number, last: number) {
    const pxPerYear = (this.baseX(this.bounds[0] + 1) - this.baseX(this.bounds[0])) * this.view.k;
    const ticks = yearTicks(first, last, pxPerYear);
    const axis = this.svg.querySelector('[data-axis]')!;
    if (ticks.join() !== this.tickYears.join()) {
      this.tickYears = ticks;
      const height = String(this.svg.getAttribute('height'));
      axis.replaceChildren(
        ...ticks.map((year) => {
          const g = document.createElementNS(SVG, 'g');
          g.setAttribute('class', 'tick');
          const line = document.createElementNS(SVG, 'line');
          line.setAttribute('y1', String(ROWS.top - 18));
          line.setAttribute('y2', height);
          const text = document.createElementNS(SVG, 'text');
          text.setAttribute('y', '14');
          text.textContent = String(year);
          g.append(line, text);
          return g;
        }),
      );
    }
    [...axis.children].forEach((g, i) => {
      const px = this.screenX(ticks[i]);
      const at = pct(px, this.w);
      g.firstElementChild!.setAttribute('x1', at);
      g.firstElementChild!.setAttribute('x2', at);
      g.lastElementChild!.setAttribute('x', at);
      // A year at the very edge of a zoomed view would be cut in half: its line says enough.
      g.lastElementChild!.setAttribute('visibility', px < 14 || px > this.w - 14 ? 'hidden' : 'visible');
    });
  }

  /** Annotation labels sit on the side of their line with more room, cut to fit; in full on hover or tap. */
  private renderAnnotations() {
    const labels = this.annotationLabels;
    const lines = labels.map((l) => this.screenX(Number(l.dataset.year))).sort((a, b) => a - b);
    for (const label of labels) {
      label.dataset.full ??= label.textContent ?? '';
      const full = label.dataset.full;
      const at = this.screenX(Number(label.dataset.year));
      // Between the neighbouring lines, never across them, and short of the edges (the width of a
      // line of text is an estimate).
      const right = Math.min(this.w - 4, ...lines.filter((x) => x > at)) - at - 6;
      const left = at - Math.max(4, ...lines.filter((x) => x < at)) - 6;
      const fits = textWidth(full, this.metrics) <= right;
      const onLeft = !fits && left > right;
      const text = at < 0 || at > this.w ? '' : fitLabel(full, onLeft ? left : right, this.metrics);
      label.setAttribute('x', pct(at + (onLeft ? -3 : 3), this.w));
      label.removeAttribute('dx');
      label.setAttribute('text-anchor', onLeft ? 'end' : 'start');
      label.dataset.tip = full;
      if (label.textContent !== text) label.textContent = text;
    }
  }

  /** Era titles, clipped to their bands for readers without JavaScript, are fitted to them here. */
  private renderEras() {
    const { inset } = TIMELINE.label;
    for (const box of this.eraBoxes) {
      const label = box.firstElementChild as SVGTextElement;
      const start = Math.max(0, this.screenX(Number(box.dataset.start)));
      const end = Math.min(this.w, this.screenX(Number(box.dataset.end)));
      const width = Math.max(0, end - start);
      box.setAttribute('x', pct(start, this.w));
      box.setAttribute('width', pct(width, this.w));
      const text = fitLabel(label.dataset.full ?? '', width - 2 * inset, this.metrics);
      if (label.textContent !== text) label.textContent = text;
    }
  }

  /** Rows and headlines for the view on screen (see lib/timeline/labelPlacement). */
  private place() {
    const W = this.w;
    const s = (W / TIMELINE.referenceWidth) * this.view.k;
    const maxLabel = Math.min(HEADLINE.max, W * 0.45);
    const shown = this.marks.filter((m) => !m.hidden);
    for (const [lane, layout] of this.lanes) {
      const own = shown.filter((m) => m.lane === lane);
      // A lane crowded past one mark per few pixels of width gets only its important headlines:
      // more would be noise (and thousands of lines of text to draw); zooming in brings the rest.
      const crowded = own.filter((m) => this.screenX(m.t) >= 0 && this.screenX(m.t) <= W).length > W / HEADLINE.crowd;
      const placed = placeLabels(
        own.map((m) => ({
          id: m.id,
          x: this.screenX(m.t),
          rank: m.rank,
          width: crowded && m.rank === RANK.other ? 0 : Math.min(maxLabel, textWidth(m.title, this.metricsFor(m))),
          row: m.row,
        })),
        {
          rows: layout.rows,
          gap: ROWS.minGap * Math.min(1, s),
          labelGap: HEADLINE.gap,
          pad: HEADLINE.pad,
          minLabel: HEADLINE.min,
          // A little short of the edges: the width of a line of text is an estimate.
          view: [HEADLINE.pad, W - HEADLINE.pad],
        },
      );
      for (const m of own) {
        const { row, label, side } = placed.get(m.id)!;
        m.row = row;
        const y = this.markY(lane, row);
        if (y !== m.y) {
          m.y = y;
          m.line.setAttribute('y1', String(y - TIMELINE.markHalf));
          m.line.setAttribute('y2', String(y + TIMELINE.markHalf));
          m.el.querySelector('rect.mark-span')?.setAttribute('y', String(y - TIMELINE.markHalf));
        }
        this.setLabel(m, label, y, side);
      }
    }
    for (const m of this.marks) if (m.hidden) this.setLabel(m, 0, 0, 1);
    this.placedView = { ...this.view };
    this.labelLayer.setAttribute('transform', 'translate(0,0)');
    this.labelLayer.classList.remove('is-stale');
  }

  private setLabel(m: Mark, room: number, y: number, side: Side) {
    const text = room > 0 ? fitLabel(m.title, room, this.metricsFor(m)) : '';
    if (!text) {
      m.label?.remove();
      m.label = undefined;
      return;
    }
    if (!m.label) {
      m.label = document.createElementNS(SVG, 'text');
      m.label.dataset.id = m.id;
      this.labelLayer.append(m.label);
    }
    m.label.setAttribute(
      'class',
      [
        'mark-label',
        m.rank >= RANK.key && 'is-key',
        m === this.selected && 'is-selected',
        m === this.focused && 'is-active',
      ]
        .filter(Boolean)
        .join(' '),
    );
    m.label.setAttribute('x', pct(this.screenX(m.t) + side * HEADLINE.gap, this.w));
    m.label.setAttribute('text-anchor', side === 1 ? 'start' : 'end');
    m.label.setAttribute('y', String(y + 4));
    if (m.label.textContent !== text) m.label.textContent = text;
  }

  private refreshLabelState() {
    for (const m of this.marks) {
      m.label?.classList.toggle('is-selected', m === this.selected);
      m.label?.classList.toggle('is-active', m === this.focused);
    }
  }

  /** Printing lays the whole period out for a page's width, in percentages, then puts the view back. */
  private print(start: boolean) {
    if (start === this.printing) return;
    this.printing = start;
    if (start) {
      this.screenView = this.view;
      this.view = FULL_VIEW;
      this.w = Math.min(this.svg.clientWidth || TIMELINE.printWidth, TIMELINE.printWidth);
    } else {
      this.view = this.screenView;
      this.w = this.svg.clientWidth || this.w;
    }
    this.render();
    this.place();
  }

  /** Announces the visible years once per frame, for views that follow the timeline. */
  private announceView() {
    if (this.viewPending) return;
    this.viewPending = true;
    requestAnimationFrame(() => {
      this.viewPending = false;
      const [lo, hi] = this.bounds;
      const from = Math.max(lo, this.yearAt(0));
      const to = Math.min(hi, this.yearAt(this.w));
      this.dispatchEvent(new CustomEvent('reform:view', { bubbles: true, detail: { from, to } }));
    });
  }

  /** Says so, with a way back, when the view holds no milestone. */
  private updateEmpty() {
    const box = this.querySelector<HTMLElement>('[data-empty]');
    if (!box) return;
    const inView = this.marks.some((m) => {
      if (m.hidden) return false;
      const x = this.screenX(m.t);
      return x >= 0 && x <= this.w;
    });
    const from = this.state?.from ?? Math.max(this.bounds[0], Math.round(this.yearAt(0)));
    const to = this.state?.to ?? Math.min(this.bounds[1] - 1, Math.round(this.yearAt(this.w)) - 1);
    const text = fill(this.strings.empty, { from, to: Math.max(from, to) });
    box.hidden = inView;
    box.querySelector('[data-empty-text]')!.textContent = text;
    const clear = box.querySelector<HTMLElement>('[data-clear]');
    if (clear && this.state && this.context)
      clear.hidden = this.state.themes.length === 0 && this.state.districts.length === this.context.districts.length;
    const listEmpty = this.querySelector<HTMLElement>('[data-list-empty]');
    if (listEmpty) {
      listEmpty.hidden = this.marks.some((m) => !m.hidden);
      listEmpty.textContent = text;
    }
  }

  // ---- zoom -----------------------------------------------------------------------------------

  /** After a gesture: the view becomes the URL's years (full timeline), and headlines are placed. */
  private settle() {
    this.render();
    if (!this.commitView()) this.placeSoon();
  }

  private zoomBy(action: 'in' | 'out' | 'reset') {
    this.view =
      action === 'reset'
        ? FULL_VIEW
        : zoomAround(this.view, this.w / 2, action === 'in' ? 2 : 0.5, this.w, this.maxZoom);
    this.settle();
  }

  /** Shows the years [from, to + 1) across the whole width. */
  private showYears(from: number, to: number) {
    if (!this.measured) {
      this.pendingYears = [from, to];
      return;
    }
    this.view = this.viewFor(from, to, this.w);
    this.render();
  }

  private viewFor(from: number, to: number, width: number): View {
    const [lo, hi] = this.bounds;
    return from === lo && to === hi - 1
      ? FULL_VIEW
      : viewForRange(from, to + 1, this.scaleFor(width), width, this.maxZoom);
  }

  /** After a zoom or pan ends, the visible years become the URL's from/to. True when that changed them. */
  private commitView(): boolean {
    if (!this.full || !this.state || !this.context) return false;
    const [lo, hi] = this.bounds;
    const whole = this.view.k === 1;
    const from = whole ? lo : Math.max(lo, Math.round(this.yearAt(0)));
    const to = whole ? hi - 1 : Math.min(hi - 1, Math.round(this.yearAt(this.w)) - 1);
    if (from === this.state.from && to === this.state.to) return false;
    this.state = { ...this.state, from, to: Math.max(from, to) };
    this.writeForm();
    this.applyFilters();
    history.replaceState(null, '', `${location.pathname}${serializeState(this.state, this.context)}`);
    return true;
  }

  // ---- keyboard and focus -----------------------------------------------------------------------

  private markOf(target: EventTarget | null): Mark | undefined {
    const el = (target as Element | null)?.closest?.('a.mark, text.mark-label');
    const id = (el as SVGElement | null)?.dataset.id;
    return id === undefined ? undefined : this.marks.find((m) => m.id === id);
  }

  private visibleMarks() {
    return this.marks.filter((m) => !m.hidden);
  }

  private shownLanes() {
    return this.laneOrder.filter((id) => this.lanes.has(id));
  }

  private firstVisible(): Mark | undefined {
    const [lane] = this.shownLanes();
    return chronological(
      this.visibleMarks().filter((m) => m.lane === lane),
      [lane],
    )[0];
  }

  private setActive(mark: Mark | undefined, focus = true) {
    if (this.active) this.active.el.setAttribute('tabindex', '-1');
    this.active = mark;
    this.refreshLabelState();
    if (!mark) return;
    mark.el.setAttribute('tabindex', '0');
    if (focus) {
      this.bringIntoView(mark);
      mark.el.focus();
    }
  }

  private bringIntoView(mark: Mark) {
    if (!this.measured) return;
    const x = this.screenX(mark.t);
    if (x >= 8 && x <= this.w - 8) return;
    this.view = clampView({ x: this.w / 2 - this.view.k * this.baseX(mark.t), k: this.view.k }, this.w, this.maxZoom);
    this.render();
    this.placeSoon();
  }

  private onFocus(e: FocusEvent) {
    const mark = this.markOf(e.target);
    if (!mark) return;
    if (mark !== this.active) this.setActive(mark, false);
    this.focused = mark;
    this.refreshLabelState();
    this.bringIntoView(mark);
    this.showMarkTip(mark);
  }

  private onKey(e: KeyboardEvent) {
    const current = this.markOf(e.target);
    if (!current || e.altKey) return;
    const visible = this.visibleMarks();
    const lanes = this.shownLanes();
    const inLane = visible.filter((m) => m.lane === current.lane);
    let next: Mark | undefined;
    switch (e.key) {
      case 'ArrowRight':
        next = stepInLane(visible, current, 1);
        break;
      case 'ArrowLeft':
        next = stepInLane(visible, current, -1);
        break;
      case 'ArrowDown':
        next = stepAcrossLanes(visible, lanes, current, 1);
        break;
      case 'ArrowUp':
        next = stepAcrossLanes(visible, lanes, current, -1);
        break;
      case 'Home':
        next = e.ctrlKey ? chronological(visible, lanes)[0] : chronological(inLane, lanes)[0];
        break;
      case 'End':
        next = e.ctrlKey ? chronological(visible, lanes).at(-1) : chronological(inLane, lanes).at(-1);
        break;
      case '+':
      case '=':
        this.zoomBy('in');
        e.preventDefault();
        return;
      case '-':
      case '_':
        this.zoomBy('out');
        e.preventDefault();
        return;
      case '0':
        this.zoomBy('reset');
        e.preventDefault();
        return;
      case ' ':
      case 'Enter':
        if (this.full && !e.ctrlKey && !e.metaKey && !e.shiftKey) {
          e.preventDefault();
          this.choose(current, true);
        }
        return;
      default:
        return;
    }
    e.preventDefault();
    if (next) this.setActive(next);
  }

  private onClick(e: MouseEvent) {
    const mark = this.markOf(e.target);
    const tip = (e.target as Element).closest<SVGElement>('[data-tip]');
    if (!mark) {
      // A tap on a band or an annotation shows its whole title (phones have no hover).
      if (tip) this.showTooltip(tip.dataset.tip ?? '', e.clientX, e.clientY);
      return;
    }
    if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
    if (!this.full) {
      // A headline beside a mark leads where the mark does.
      if (!(e.target as Element).closest('a')) location.assign(mark.el.getAttribute('href')!);
      return;
    }
    e.preventDefault();
    this.setActive(mark, false);
    this.choose(mark, false);
  }

  // ---- tooltip --------------------------------------------------------------------------------

  private onPointerOver(e: PointerEvent) {
    const mark = this.markOf(e.target);
    if (mark) this.showMarkTip(mark);
    else if (e.pointerType === 'mouse') {
      const tip = (e.target as Element).closest<SVGElement>('[data-tip]');
      if (tip) this.showTooltip(tip.dataset.tip ?? '', e.clientX, e.clientY);
    }
  }

  private showMarkTip(mark: Mark) {
    this.dispatchEvent(
      new CustomEvent('reform:highlight', { bubbles: true, detail: { ids: [mark.id], source: 'timeline' } }),
    );
    const box = mark.line.getBoundingClientRect();
    this.showTooltip(mark.title, box.left, box.bottom);
  }

  private showTooltip(text: string, clientX: number, clientY: number) {
    const tip = this.querySelector<HTMLElement>('[data-tooltip]');
    if (!tip || !text) return;
    tip.textContent = text;
    tip.hidden = false;
    const frame = this.querySelector('.timeline-figure')!.getBoundingClientRect();
    const left = Math.min(Math.max(clientX - frame.left - 20, 0), frame.width - tip.offsetWidth);
    tip.style.transform = `translate(${Math.max(0, left)}px, ${clientY - frame.top + 6}px)`;
  }

  private hideTooltip() {
    const tip = this.querySelector<HTMLElement>('[data-tooltip]');
    if (tip) tip.hidden = true;
  }

  // ---- full view: filters, URL state, detail view -----------------------------------------------

  private setUpFullView(signal: AbortSignal) {
    const form = this.querySelector<HTMLFormElement>('[data-filters]')!;
    this.context = {
      districts: [...form.querySelectorAll<HTMLInputElement>('input[name=d]')].map((i) => i.value),
      themes: [...form.querySelectorAll<HTMLInputElement>('input[name=t]')].map((i) => i.value),
      milestones: new Set(this.marks.map((m) => m.id)),
      minYear: this.bounds[0],
      maxYear: this.bounds[1] - 1,
    };
    const opts = { signal };
    form.addEventListener('submit', (e) => e.preventDefault(), opts);
    form.addEventListener('change', () => this.navigate({ ...this.readForm(), m: this.state?.m ?? null }), opts);
    form.addEventListener(
      'reset',
      (e) => {
        e.preventDefault();
        this.navigate(defaultState(this.context!));
      },
      opts,
    );
    this.querySelector('[data-clear]')?.addEventListener('click', () => form.reset(), opts);
    const panel = this.querySelector<HTMLElement>('[data-panel]')!;
    panel.querySelector('[data-close]')!.addEventListener('click', () => this.closePanel(), opts);
    for (const button of panel.querySelectorAll<HTMLButtonElement>('[data-step]'))
      button.addEventListener('click', () => this.step(Number(button.dataset.step) as 1 | -1), opts);
    panel.addEventListener(
      'keydown',
      (e) => {
        if (e.key === 'Escape') this.closePanel();
        else if ((e.key === 'ArrowLeft' || e.key === 'ArrowRight') && !e.altKey && !e.ctrlKey && !e.metaKey) {
          e.preventDefault();
          this.step(e.key === 'ArrowLeft' ? -1 : 1);
        }
      },
      opts,
    );
    // Swipe the sheet sideways for the previous or next milestone, down to close it.
    let touch: { x: number; y: number; at: number } | null = null;
    panel.addEventListener(
      'pointerdown',
      (e) => {
        touch = e.pointerType === 'touch' ? { x: e.clientX, y: e.clientY, at: e.timeStamp } : null;
      },
      opts,
    );
    panel.addEventListener(
      'pointerup',
      (e) => {
        if (!touch) return;
        const swipe = swipeDirection(e.clientX - touch.x, e.clientY - touch.y, e.timeStamp - touch.at);
        touch = null;
        if (swipe === 'left') this.step(1);
        else if (swipe === 'right') this.step(-1);
        else if (swipe === 'down' && panel.querySelector('[data-panel-body]')!.scrollTop === 0) this.closePanel();
      },
      opts,
    );
    window.addEventListener('popstate', () => this.restore(), opts);
    this.restore();
  }

  private readForm(): Omit<TimelineState, 'm'> {
    const form = this.querySelector<HTMLFormElement>('[data-filters]')!;
    const checked = (name: string) =>
      [...form.querySelectorAll<HTMLInputElement>(`input[name=${name}]:checked`)].map((i) => i.value);
    const num = (name: string, fallback: number) => {
      const value = Number(form.querySelector<HTMLInputElement>(`input[name=${name}]`)!.value);
      return Number.isInteger(value) ? value : fallback;
    };
    const ctx = this.context!;
    const districts = checked('d');
    let from = Math.min(Math.max(num('from', ctx.minYear), ctx.minYear), ctx.maxYear);
    let to = Math.min(Math.max(num('to', ctx.maxYear), ctx.minYear), ctx.maxYear);
    if (from > to) [from, to] = [ctx.minYear, ctx.maxYear];
    return { districts: districts.length ? districts : [...ctx.districts], themes: checked('t'), from, to };
  }

  private writeForm() {
    const form = this.querySelector<HTMLFormElement>('[data-filters]')!;
    const s = this.state!;
    for (const input of form.querySelectorAll<HTMLInputElement>('input[name=d]'))
      input.checked = s.districts.includes(input.value);
    for (const input of form.querySelectorAll<HTMLInputElement>('input[name=t]'))
      input.checked = s.themes.includes(input.value);
    form.querySelector<HTMLInputElement>('input[name=from]')!.value = String(s.from);
    form.querySelector<HTMLInputElement>('input[name=to]')!.value = String(s.to);
    const count = this.querySelector('[data-theme-count]');
    if (count) count.textContent = s.themes.length ? `(${s.themes.length})` : '';
    const story = this.querySelector<HTMLAnchorElement>('[data-story-link]');
    if (story) story.href = this.storyHref(s.m);
  }

  /** The story, for the districts shown, from a milestone when one is chosen. */
  private storyHref(id: string | null) {
    const ctx = this.context!;
    const d = this.state!.districts.length < ctx.districts.length ? `?d=${this.state!.districts.join('~')}` : '';
    return `${this.strings.storyHref}${d}${id ? `#${encodeURIComponent(id)}` : ''}`;
  }

  private navigate(state: TimelineState, replace = false) {
    const ctx = this.context!;
    const query = serializeState(state, ctx);
    if (query !== serializeState(this.state ?? defaultState(ctx), ctx))
      history[replace ? 'replaceState' : 'pushState'](null, '', `${location.pathname}${query}`);
    this.apply(state);
  }

  private restore() {
    const ctx = this.context!;
    const { state, adjusted } = readState(location.search, ctx);
    this.apply(state);
    showCanonical(serializeState(state, ctx));
    showAdjustment(this, adjusted, [ctx.minYear, ctx.maxYear]);
  }

  private apply(state: TimelineState) {
    const previous = this.state;
    this.state = state;
    this.writeForm();
    if (!previous || previous.from !== state.from || previous.to !== state.to) this.showYears(state.from, state.to);
    const same = (a: string[], b: string[]) => a.join() === b.join();
    if (
      !previous ||
      previous.from !== state.from ||
      previous.to !== state.to ||
      !same(previous.districts, state.districts) ||
      !same(previous.themes, state.themes)
    )
      this.applyFilters();
    const selected = state.m ? this.marks.find((m) => m.id === state.m) : undefined;
    if (selected && !selected.hidden) {
      this.setActive(selected, false);
      this.bringIntoView(selected);
      this.openPanel(selected, false);
    } else this.hidePanel();
  }

  /** Hides what the filters exclude, then packs the remaining marks again so no gaps are left. */
  private applyFilters() {
    const s = this.state!;
    // A date is kept when the time it covers overlaps the years (a span of years included).
    const shown = (lane: string, themes: string[], t: number, end: number) =>
      s.districts.includes(lane) &&
      (s.themes.length === 0 || themes.some((th) => s.themes.includes(th))) &&
      end > s.from &&
      t < s.to + 1;
    // The list holds the same milestones as the chart: an item shows when its mark does. Only what
    // changes is written, so that a zoom over thousands of marks stays light.
    let count = 0;
    for (const m of this.marks) {
      const hidden = !shown(m.lane, m.themes, m.t, m.end);
      if (hidden !== m.hidden || !this.filtered) {
        m.hidden = hidden;
        m.el.classList.toggle('is-hidden', hidden);
        const item = this.items.get(m.id);
        if (item) item.hidden = hidden;
      }
      if (!hidden) count++;
    }
    this.filtered = true;
    for (const group of this.querySelectorAll<HTMLElement>('[data-era-group]'))
      group.hidden = !group.querySelector('[data-item]:not([hidden])');
    // A district with nothing in range has no heading left standing alone.
    for (const section of this.querySelectorAll<HTMLElement>('.timeline-list > section[data-lane]'))
      section.hidden = !section.querySelector('[data-item]:not([hidden])');
    const result = this.querySelector('[data-result-count]');
    if (result) result.textContent = fill(this.strings.count, { n: count, total: this.marks.length });
    this.relayout(s.districts);
    this.render();
    this.placeSoon();
    if (!this.active || this.active.hidden) this.setActive(this.firstVisible(), false);
  }

  /** Lanes and their rows for the marks shown, packed for the narrowest screen. */
  private relayout(districts: readonly string[]) {
    const shownMarks = this.visibleMarks();
    const layout = layoutTimeline(
      this.laneOrder.filter((id) => districts.includes(id)),
      shownMarks.map((m) => ({ id: m.id, lane: m.lane, t: m.t })),
      { ...ROWS, x: this.scaleFor(TIMELINE.referenceWidth) },
    );
    const rowOf = new Map(layout.marks.map((m) => [m.id, m.row]));
    for (const m of shownMarks) m.row = rowOf.get(m.id)!;
    this.lanes = new Map(layout.lanes.map((l) => [l.id, l]));
    for (const group of this.svg.querySelectorAll<SVGGElement>('g[data-lane]')) {
      const lane = this.lanes.get(group.dataset.lane!);
      group.style.display = lane ? '' : 'none';
      if (!lane) continue;
      group.setAttribute('transform', `translate(0,${lane.y})`);
      for (const band of group.querySelectorAll('rect.band'))
        band.setAttribute('height', String(lane.height - ROWS.laneHeader + 12));
    }
    const height = layout.height + 8;
    this.svg.setAttribute('height', String(height));
    for (const line of this.svg.querySelectorAll('line.annotation')) line.setAttribute('y2', String(height));
    this.tickYears = [];
  }

  private choose(mark: Mark, focus: boolean) {
    this.navigate({ ...this.state!, m: mark.id });
    this.openPanel(mark, focus);
  }

  /** The previous or next milestone in time, across the lanes shown. */
  private neighbour(mark: Mark, direction: 1 | -1) {
    return stepInTime(this.visibleMarks(), this.shownLanes(), mark, direction);
  }

  private step(direction: 1 | -1) {
    const current = this.selected;
    const next = current && this.neighbour(current, direction);
    if (!next) return;
    this.setActive(next, false);
    this.bringIntoView(next);
    this.navigate({ ...this.state!, m: next.id }, true);
    const live = this.querySelector('[data-panel-live]');
    if (live) live.textContent = next.el.getAttribute('aria-label') ?? next.title;
  }

  private openPanel(mark: Mark, focus: boolean) {
    const panel = this.querySelector<HTMLElement>('[data-panel]');
    const item = this.items.get(mark.id);
    if (!panel || !item) return;
    const clone = item.cloneNode(true) as HTMLElement;
    const title = clone.querySelector('a.m-title');
    const heading = document.createElement('h3');
    heading.className = 'panel-title';
    heading.textContent = title?.textContent ?? '';
    const links = document.createElement('p');
    links.className = 'panel-links';
    const permalink = document.createElement('a');
    permalink.href = title?.getAttribute('href') ?? '#';
    permalink.className = 'c-button';
    permalink.textContent = this.strings.permalink;
    const story = document.createElement('a');
    story.href = this.storyHref(mark.id);
    story.textContent = this.strings.story;
    links.append(permalink, ' ', story);
    title?.remove();
    const collect = collectButton(this, mark.id, mark.title);
    panel
      .querySelector('[data-panel-body]')!
      .replaceChildren(heading, ...clone.childNodes, links, ...(collect ? [collect] : []));
    const order = chronological(this.visibleMarks(), this.shownLanes());
    panel.querySelector('[data-panel-position]')!.textContent = fill(this.strings.position, {
      n: order.indexOf(mark) + 1,
      total: order.length,
    });
    for (const button of panel.querySelectorAll<HTMLButtonElement>('[data-step]')) {
      const other = this.neighbour(mark, Number(button.dataset.step) as 1 | -1);
      button.disabled = !other;
      button.querySelector('[data-step-title]')!.textContent = other?.title ?? '';
    }
    this.selected = mark;
    for (const m of this.marks) m.el.classList.toggle('is-selected', m === mark);
    this.refreshLabelState();
    // Shown once its styles are there (at once, but for a link that opens it as the page loads).
    void this.extras.then(() => {
      if (this.selected !== mark) return;
      panel.hidden = false;
      this.querySelector('[data-stage]')!.classList.add('has-panel');
      if (focus) panel.focus({ preventScroll: true });
    });
  }

  private hidePanel() {
    const panel = this.querySelector<HTMLElement>('[data-panel]');
    if (panel) panel.hidden = true;
    this.querySelector('[data-stage]')?.classList.remove('has-panel');
    this.selected = undefined;
    for (const m of this.marks) m.el.classList.remove('is-selected');
    this.refreshLabelState();
  }

  private closePanel() {
    const mark = this.selected ?? this.active;
    this.hidePanel();
    this.navigate({ ...this.state!, m: null });
    if (mark) this.setActive(mark);
  }
}

customElements.define('reform-timeline', ReformTimeline);
