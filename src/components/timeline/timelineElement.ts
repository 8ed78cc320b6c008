// <reform-timeline>: adds zoom and pan, keyboard navigation, a tooltip, and on the full timeline the
// filters, URL state and detail panel, to the SVG the server rendered. d3-zoom loads only when the
// timeline first scrolls into view.
//
// It talks to other views on the page (the map) with two bubbling events on document:
// - `reform:highlight` {ids: string[]} when a mark is hovered or focused, and it highlights the marks
//   named by a `reform:highlight` that another view sends;
// - `reform:view` {from, to} with the visible years after every change of view.
import { layoutTimeline } from '../../lib/timeline/timelineLayout.ts';
import { yearScale, yearTicks } from '../../lib/timeline/timelineScale.ts';
import { TIMELINE } from '../../lib/timeline/timelineConfig.ts';
import {
  defaultState,
  readState,
  serializeState,
  type StateContext,
  type TimelineState,
} from '../../lib/timeline/timelineState.ts';
import { showAdjustment, showCanonical } from '../site/addressBar.ts';
import type { ZoomBehavior, ZoomTransform } from 'd3-zoom';

const SVG = 'http://www.w3.org/2000/svg';
const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

interface Mark {
  el: SVGAElement;
  line: SVGLineElement;
  id: string;
  lane: string;
  t: number;
  /** End of the time the date covers (a span of years ends after its last year). */
  end: number;
  themes: string[];
}

class ReformTimeline extends HTMLElement {
  private svg!: SVGSVGElement;
  private layer!: SVGGElement;
  private marks: Mark[] = [];
  private visible: Mark[] = [];
  private active: Mark | undefined;
  private bounds: [number, number] = TIMELINE.bounds;
  private view = { x: 0, k: 1 };
  private zoom: ZoomBehavior<SVGSVGElement, unknown> | undefined;
  private zoomReady: Promise<void> | undefined;
  private zoomIdentity: ZoomTransform | undefined;
  private select: typeof import('d3-selection').select | undefined;
  private state: TimelineState | undefined;
  private context: StateContext | undefined;
  private full = false;

  connectedCallback() {
    this.svg = this.querySelector('svg.timeline-svg')!;
    this.layer = this.svg.querySelector('[data-zoom-layer]')!;
    this.full = this.dataset.variant === 'full';
    const [lo, hi] = (this.dataset.bounds ?? '').split(',').map(Number);
    if (lo && hi) this.bounds = [lo, hi];
    this.marks = [...this.svg.querySelectorAll<SVGAElement>('a.mark')].map((el) => ({
      el,
      line: el.querySelector('line')!,
      id: el.dataset.id!,
      lane: el.dataset.lane!,
      t: Number(el.dataset.t),
      end: Number(el.dataset.tEnd),
      themes: (el.dataset.themes ?? '').split(' '),
    }));
    this.visible = this.sortedVisible();
    for (const m of this.marks) m.el.setAttribute('tabindex', '-1');
    this.setActive(this.visible[0], false);

    this.svg.addEventListener('keydown', (e) => this.onKey(e));
    this.svg.addEventListener('focusin', (e) => this.onFocus(e));
    this.svg.addEventListener('focusout', () => this.hideTooltip());
    this.svg.addEventListener('pointerover', (e) => this.showTooltipFor(this.markOf(e.target)));
    this.svg.addEventListener('pointerout', () => this.hideTooltip());
    this.svg.addEventListener('click', (e) => this.onClick(e));

    const tools = this.querySelector<HTMLElement>('[data-tools]');
    if (tools) {
      tools.classList.remove('is-pending');
      tools.addEventListener('click', (e) => {
        const button = (e.target as Element).closest<HTMLButtonElement>('[data-zoom]');
        if (button) void this.zoomBy(button.dataset.zoom as 'in' | 'out' | 'reset');
      });
    }

    new ResizeObserver(() => this.render()).observe(this.svg);
    const io = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        io.disconnect();
        void this.loadZoom();
      }
    });
    io.observe(this.svg);

    document.addEventListener('reform:highlight', (e) => {
      const { ids, source } = (e as CustomEvent<{ ids: string[]; source?: string }>).detail;
      if (source === 'timeline') return;
      for (const m of this.marks) m.el.classList.toggle('is-highlighted', ids.includes(m.id));
    });

    if (this.full) this.setUpFullView();
  }

  private viewPending = false;

  /** Announces the visible years once per frame, for views that follow the timeline. */
  private announceView() {
    if (this.viewPending) return;
    this.viewPending = true;
    requestAnimationFrame(() => {
      this.viewPending = false;
      const [lo, hi] = this.bounds;
      const from = Math.max(lo, this.yearAt(0));
      const to = Math.min(hi, this.yearAt(this.width));
      this.dispatchEvent(new CustomEvent('reform:view', { bubbles: true, detail: { from, to } }));
    });
  }

  // ---- geometry -------------------------------------------------------------------------------

  private get width() {
    return this.svg.clientWidth || TIMELINE.referenceWidth;
  }

  /** Maps fractional years to px at zoom level 1, for a given SVG width. */
  private scaleFor(width: number) {
    return yearScale(this.bounds, [(TIMELINE.plotStart / 100) * width, (TIMELINE.plotEnd / 100) * width]);
  }

  private baseX(t: number) {
    return this.scaleFor(this.width)(t);
  }

  private screenX(t: number) {
    return this.view.x + this.view.k * this.baseX(t);
  }

  private yearAt(x: number) {
    return this.scaleFor(this.width).invert((x - this.view.x) / this.view.k);
  }

  private renderPending = false;
  private tickYears: number[] = [];

  /** Marks of years outside the view are not drawn: with thousands of marks, drawing is what costs. */
  private cullYears(from: number, to: number) {
    for (const group of this.svg.querySelectorAll<SVGGElement>('g.mark-year')) {
      const year = Number(group.dataset.year);
      group.classList.toggle('is-culled', year < from || year > to);
    }
  }

  /** Several wheel or touch events can arrive within one frame: draw once per frame. */
  private scheduleRender() {
    if (this.renderPending) return;
    this.renderPending = true;
    requestAnimationFrame(() => {
      this.renderPending = false;
      this.render();
    });
  }

  /** Applies the current view: marks move with one transform; ticks and labels are redrawn in px. */
  private render() {
    const { x, k } = this.view;
    this.layer.setAttribute('transform', `translate(${x},0) scale(${k},1)`);
    const [lo, hi] = this.bounds;
    const first = Math.max(lo, Math.floor(this.yearAt(0)));
    const last = Math.min(hi - 1, Math.ceil(this.yearAt(this.width)));
    const pxPerYear = this.baseX(lo + 1) - this.baseX(lo);
    this.cullYears(first - 1, last + 1);
    const ticks = yearTicks(first, last, pxPerYear * k);
    const axis = this.svg.querySelector('[data-axis]')!;
    if (ticks.join() !== this.tickYears.join()) {
      this.tickYears = ticks;
      const height = String(this.svg.getAttribute('height'));
      axis.replaceChildren(
        ...ticks.map((year) => {
          const g = document.createElementNS(SVG, 'g');
          g.setAttribute('class', 'tick');
          const line = document.createElementNS(SVG, 'line');
          line.setAttribute('y1', String(TIMELINE.rows.top - 18));
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
      const px = String(this.screenX(ticks[i]));
      g.firstElementChild!.setAttribute('x1', px);
      g.firstElementChild!.setAttribute('x2', px);
      g.lastElementChild!.setAttribute('x', px);
    });
    for (const label of this.svg.querySelectorAll<SVGTextElement>('.annotation-labels text')) {
      label.setAttribute('x', String(this.screenX(Number(label.dataset.year))));
    }
    const charWidth = this.dataset.locale === 'zh' ? 12.5 : 6.6;
    for (const label of this.svg.querySelectorAll<SVGTextElement>('.era-label')) {
      const start = this.screenX(Number(label.dataset.start));
      const end = this.screenX(Number(label.dataset.end) + 1);
      const left = Math.max(start, 0);
      const room = end - left - 10;
      const full = label.dataset.full ?? '';
      const chars = Math.floor(room / charWidth);
      label.setAttribute('x', String(left));
      const text = chars >= full.length ? full : chars < 3 ? '' : `${full.slice(0, chars - 1)}…`;
      if (label.textContent !== text) label.textContent = text;
    }
    this.announceView();
  }

  // ---- zoom -----------------------------------------------------------------------------------

  private loadZoom(): Promise<void> {
    this.zoomReady ??= Promise.all([import('d3-zoom'), import('d3-selection')]).then(([d3zoom, d3sel]) => {
      this.select = d3sel.select;
      this.zoomIdentity = d3zoom.zoomIdentity;
      const extent = (): [[number, number], [number, number]] => [
        [0, 0],
        [this.width, this.svg.clientHeight],
      ];
      this.zoom = d3zoom
        .zoom<SVGSVGElement, unknown>()
        .scaleExtent([1, TIMELINE.maxZoom])
        .extent(extent)
        .constrain((transform) => {
          // Keep the 1978–today range filling the view: no blank space beyond either end.
          const w = this.width;
          const x = Math.min(0, Math.max(w - w * transform.k, transform.x));
          return x === transform.x && transform.y === 0
            ? transform
            : d3zoom.zoomIdentity.translate(x, 0).scale(transform.k);
        })
        // Plain wheel scrolls the page; Ctrl/⌘ + wheel and trackpad pinch zoom.
        .filter((event: Event) =>
          event.type === 'wheel'
            ? (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey
            : !(event as MouseEvent).button,
        )
        .on('zoom', (event: { transform: ZoomTransform }) => {
          this.view = { x: event.transform.x, k: event.transform.k };
          this.scheduleRender();
        })
        .on('end', () => this.commitView());
      this.select(this.svg).call(this.zoom).on('dblclick.zoom', null);
      // Let vertical swipes scroll the page; horizontal drags pan and pinches zoom the timeline.
      this.svg.style.touchAction = 'pan-y';
      this.syncZoom();
    });
    return this.zoomReady;
  }

  /** Tells d3-zoom about a view set from outside (URL, keyboard). */
  private syncZoom() {
    if (this.zoom && this.select && this.zoomIdentity) {
      this.select(this.svg).call(this.zoom.transform, this.zoomIdentity.translate(this.view.x, 0).scale(this.view.k));
    }
  }

  private async zoomBy(action: 'in' | 'out' | 'reset') {
    await this.loadZoom();
    const centre = this.width / 2;
    const k =
      action === 'reset' ? 1 : Math.min(TIMELINE.maxZoom, Math.max(1, this.view.k * (action === 'in' ? 2 : 0.5)));
    const anchor = (centre - this.view.x) / this.view.k;
    this.setView(centre - anchor * k, k);
    this.commitView();
  }

  private setView(x: number, k: number) {
    const w = this.width;
    this.view = { k, x: Math.min(0, Math.max(w - w * k, x)) };
    this.render();
    this.syncZoom();
  }

  /** Shows the years [from, to + 1) across the whole width. */
  private showYears(from: number, to: number) {
    const x0 = this.baseX(from);
    const x1 = this.baseX(to + 1);
    const k = Math.min(TIMELINE.maxZoom, Math.max(1, this.width / Math.max(1, x1 - x0)));
    this.setView(-x0 * k + (this.width - (x1 - x0) * k) / 2, k);
  }

  /** After a zoom or pan ends, the visible years become the URL's from/to. */
  private commitView() {
    if (!this.full || !this.state || !this.context) return;
    const [lo, hi] = this.bounds;
    const from = this.view.k === 1 ? lo : Math.max(lo, Math.round(this.yearAt(0)));
    const to = this.view.k === 1 ? hi - 1 : Math.min(hi - 1, Math.round(this.yearAt(this.width)) - 1);
    if (from === this.state.from && to === this.state.to) return;
    this.state = { ...this.state, from, to: Math.max(from, to) };
    this.writeForm();
    this.applyFilters();
    history.replaceState(null, '', `${location.pathname}${serializeState(this.state, this.context)}`);
  }

  // ---- keyboard and focus -----------------------------------------------------------------------

  private markOf(target: EventTarget | null): Mark | undefined {
    const el = (target as Element | null)?.closest?.('a.mark');
    return el ? this.marks.find((m) => m.el === el) : undefined;
  }

  private sortedVisible(): Mark[] {
    const lanes = [...new Set(this.marks.map((m) => m.lane))];
    return this.marks
      .filter((m) => !m.el.classList.contains('is-hidden'))
      .sort(
        (a, b) =>
          lanes.indexOf(a.lane) - lanes.indexOf(b.lane) ||
          a.t - b.t ||
          Number(a.line.getAttribute('y1')) - Number(b.line.getAttribute('y1')),
      );
  }

  private setActive(mark: Mark | undefined, focus = true) {
    if (this.active) this.active.el.setAttribute('tabindex', '-1');
    this.active = mark;
    if (!mark) return;
    mark.el.setAttribute('tabindex', '0');
    if (focus) {
      this.bringIntoView(mark);
      mark.el.focus();
    }
  }

  private bringIntoView(mark: Mark) {
    const x = this.screenX(mark.t);
    if (x < 8 || x > this.width - 8) this.setView(this.width / 2 - this.view.k * this.baseX(mark.t), this.view.k);
  }

  private onFocus(e: FocusEvent) {
    const mark = this.markOf(e.target);
    if (!mark) return;
    if (mark !== this.active) this.setActive(mark, false);
    this.bringIntoView(mark);
    this.showTooltipFor(mark);
  }

  private onKey(e: KeyboardEvent) {
    const current = this.markOf(e.target);
    if (!current) return;
    const laneMarks = this.visible.filter((m) => m.lane === current.lane);
    const i = laneMarks.indexOf(current);
    const lanes = [...new Set(this.visible.map((m) => m.lane))];
    const nearestIn = (lane: string | undefined) => {
      const own = this.visible.filter((m) => m.lane === lane);
      return own.reduce<Mark | undefined>(
        (best, m) => (!best || Math.abs(m.t - current.t) < Math.abs(best.t - current.t) ? m : best),
        undefined,
      );
    };
    let next: Mark | undefined;
    switch (e.key) {
      case 'ArrowRight':
        next = laneMarks[i + 1];
        break;
      case 'ArrowLeft':
        next = laneMarks[i - 1];
        break;
      case 'ArrowDown':
        next = nearestIn(lanes[lanes.indexOf(current.lane) + 1]);
        break;
      case 'ArrowUp':
        next = nearestIn(lanes[lanes.indexOf(current.lane) - 1]);
        break;
      case 'Home':
        next = e.ctrlKey ? this.visible[0] : laneMarks[0];
        break;
      case 'End':
        next = e.ctrlKey ? this.visible.at(-1) : laneMarks.at(-1);
        break;
      case '+':
      case '=':
        void this.zoomBy('in');
        e.preventDefault();
        return;
      case '-':
      case '_':
        void this.zoomBy('out');
        e.preventDefault();
        return;
      case '0':
        void this.zoomBy('reset');
        e.preventDefault();
        return;
      case ' ':
        if (this.full) {
          e.preventDefault();
          this.choose(current);
        }
        return;
      case 'Enter':
        if (this.full && !e.ctrlKey && !e.metaKey && !e.shiftKey) {
          e.preventDefault();
          this.choose(current);
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
    if (!mark || !this.full || e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    this.setActive(mark, false);
    this.choose(mark);
  }

  // ---- tooltip --------------------------------------------------------------------------------

  private showTooltipFor(mark: Mark | undefined) {
    if (mark)
      this.dispatchEvent(
        new CustomEvent('reform:highlight', { bubbles: true, detail: { ids: [mark.id], source: 'timeline' } }),
      );
    const tip = this.querySelector<HTMLElement>('[data-tooltip]');
    if (!mark || !tip) return;
    const label = mark.el.getAttribute('aria-label') ?? '';
    const cut = label.lastIndexOf(', ');
    tip.textContent = cut > 0 ? label.slice(0, cut) : label;
    tip.hidden = false;
    const box = mark.line.getBoundingClientRect();
    const frame = this.querySelector('.timeline-figure')!.getBoundingClientRect();
    const left = Math.min(Math.max(box.left - frame.left - 20, 0), frame.width - tip.offsetWidth);
    tip.style.transform = `translate(${Math.max(0, left)}px, ${box.bottom - frame.top + 6}px)`;
  }

  private hideTooltip() {
    const tip = this.querySelector<HTMLElement>('[data-tooltip]');
    if (tip) tip.hidden = true;
  }

  // ---- full view: filters, URL state, detail panel ----------------------------------------------

  private setUpFullView() {
    const form = this.querySelector<HTMLFormElement>('[data-filters]')!;
    this.context = {
      districts: [...form.querySelectorAll<HTMLInputElement>('input[name=d]')].map((i) => i.value),
      themes: [...form.querySelectorAll<HTMLInputElement>('input[name=t]')].map((i) => i.value),
      milestones: new Set(this.marks.map((m) => m.id)),
      minYear: this.bounds[0],
      maxYear: this.bounds[1] - 1,
    };
    form.addEventListener('submit', (e) => e.preventDefault());
    form.addEventListener('change', () => this.navigate({ ...this.readForm(), m: this.state?.m ?? null }));
    form.addEventListener('reset', (e) => {
      e.preventDefault();
      this.navigate(defaultState(this.context!));
    });
    this.querySelector('[data-close]')?.addEventListener('click', () => this.closePanel());
    this.querySelector('[data-panel]')?.addEventListener('keydown', (e) => {
      if ((e as KeyboardEvent).key === 'Escape') this.closePanel();
    });
    window.addEventListener('popstate', () => this.restore());
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
  }

  private navigate(state: TimelineState) {
    const ctx = this.context!;
    const query = serializeState(state, ctx);
    if (query !== serializeState(this.state ?? defaultState(ctx), ctx))
      history.pushState(null, '', `${location.pathname}${query}`);
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
    this.applyFilters();
    if (!previous || previous.from !== state.from || previous.to !== state.to) {
      const [lo, hi] = this.bounds;
      if (state.from === lo && state.to === hi - 1) this.setView(0, 1);
      else this.showYears(state.from, state.to);
    }
    const selected = state.m ? this.marks.find((m) => m.id === state.m) : undefined;
    if (selected && !selected.el.classList.contains('is-hidden')) this.openPanel(selected, false);
    else this.hidePanel();
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
    for (const m of this.marks) m.el.classList.toggle('is-hidden', !shown(m.lane, m.themes, m.t, m.end));
    let count = 0;
    for (const item of this.querySelectorAll<HTMLElement>('[data-item]')) {
      const visible = shown(
        item.dataset.lane!,
        (item.dataset.themes ?? '').split(' '),
        Number(item.dataset.t),
        Number(item.dataset.tEnd),
      );
      item.hidden = !visible;
      if (visible) count++;
    }
    for (const group of this.querySelectorAll<HTMLElement>('[data-era-group]'))
      group.hidden = !group.querySelector('[data-item]:not([hidden])');
    for (const section of this.querySelectorAll<HTMLElement>('.timeline-list > section[data-lane]'))
      section.hidden = !s.districts.includes(section.dataset.lane!);
    const result = this.querySelector('[data-result-count]');
    if (result)
      result.textContent = (result.closest('form')?.dataset.countTemplate ?? '{n}')
        .replace('{n}', String(count))
        .replace('{total}', String(this.marks.length));
    this.relayout();
    this.visible = this.sortedVisible();
    if (!this.active || this.active.el.classList.contains('is-hidden')) this.setActive(this.visible[0], false);
  }

  private relayout() {
    const s = this.state!;
    const shownMarks = this.marks.filter((m) => !m.el.classList.contains('is-hidden'));
    const layout = layoutTimeline(
      s.districts,
      shownMarks.map((m) => ({ id: m.id, lane: m.lane, t: m.t })),
      {
        ...TIMELINE.rows,
        x: this.scaleFor(TIMELINE.referenceWidth),
      },
    );
    const byId = new Map(layout.marks.map((m) => [m.id, m]));
    for (const m of shownMarks) {
      const y = byId.get(m.id)!.y;
      m.line.setAttribute('y1', String(y - TIMELINE.markHalf));
      m.line.setAttribute('y2', String(y + TIMELINE.markHalf));
      m.el.querySelector('rect.mark-span')?.setAttribute('y', String(y - TIMELINE.markHalf));
    }
    const lanes = new Map(layout.lanes.map((l) => [l.id, l]));
    for (const group of this.svg.querySelectorAll<SVGGElement>('g[data-lane]')) {
      const lane = lanes.get(group.dataset.lane!);
      group.style.display = lane ? '' : 'none';
      if (!lane) continue;
      group.setAttribute('transform', `translate(0,${lane.y})`);
      for (const band of group.querySelectorAll('rect.band'))
        band.setAttribute('height', String(lane.height - TIMELINE.rows.laneHeader + 12));
    }
    const height = layout.height + 8;
    this.svg.setAttribute('height', String(height));
    for (const line of this.svg.querySelectorAll('line.annotation')) line.setAttribute('y2', String(height));
    this.tickYears = [];
    this.render();
  }

  private choose(mark: Mark) {
    this.navigate({ ...this.state!, m: mark.id });
    this.openPanel(mark, true);
  }

  private openPanel(mark: Mark, focus: boolean) {
    const panel = this.querySelector<HTMLElement>('[data-panel]');
    const item = this.querySelector<HTMLElement>(`[data-item="${CSS.escape(mark.id)}"]`);
    if (!panel || !item) return;
    const body = panel.querySelector('[data-panel-body]')!;
    const clone = item.cloneNode(true) as HTMLElement;
    const title = clone.querySelector('a.m-title');
    const heading = document.createElement('h3');
    heading.className = 'panel-title';
    heading.textContent = title?.textContent ?? '';
    const permalink = document.createElement('a');
    permalink.href = title?.getAttribute('href') ?? '#';
    permalink.className = 'button';
    permalink.textContent = panel.dataset.permalinkLabel ?? 'Permalink';
    title?.remove();
    body.replaceChildren(heading, ...clone.childNodes, permalink);
    panel.hidden = false;
    for (const m of this.marks) m.el.classList.toggle('is-selected', m === mark);
    if (focus) panel.focus({ preventScroll: reducedMotion() });
  }

  private hidePanel() {
    const panel = this.querySelector<HTMLElement>('[data-panel]');
    if (panel) panel.hidden = true;
    for (const m of this.marks) m.el.classList.remove('is-selected');
  }

  private closePanel() {
    const mark = this.active;
    this.hidePanel();
    this.navigate({ ...this.state!, m: null });
    mark?.el.focus();
  }
}

customElements.define('reform-timeline', ReformTimeline);
