// <reform-story>: turns the server's chronological article into a story read one step at a time.
// - each step has its own address (#<milestone-id>), and ?d= chooses the districts, as on the timeline;
// - ←/→ and PageUp/PageDown anywhere on the page, swipes on phones, and the buttons move the story;
// - the rail (a slider) and the map follow each step, and clicking them moves the story there;
// - each move is announced politely; motion is left out when the reader asks for less.
import { fill } from '../../lib/format/fillTemplate.ts';
import { nearestStep, stepIdFromHash } from '../../lib/story/storySteps.ts';
import { pickIds, LIST_SEPARATOR } from '../../lib/site/urlParams.ts';
import { swipeDirection } from '../../lib/timeline/swipe.ts';
import { placeAnchor } from '../../lib/site/anchors.ts';
import type { MapPick, MapPlace, StoryMap } from './storyMap.ts';
import { joinList } from '../../lib/format/lists.ts';
import type { StoryMapConfig } from './storyMap.ts';

/** What StoryPage.astro hands over in data-strings. */
export interface StoryStrings {
  counter: string;
  railValue: string;
  live: string;
  newEraLive: string;
  mapLabel: string;
  mapWhole: string;
}

interface Step {
  el: HTMLElement;
  id: string;
  district: string;
  districtName: string;
  t: number;
  year: number;
  /** The era's title, when the step opens it. */
  era: string | undefined;
  title: string;
  date: string;
  places: MapPlace[];
  dot: SVGCircleElement | null;
}

const TYPING = 'input:not([type=checkbox]):not([type=radio]), textarea, select, [contenteditable], [role=combobox]';

class ReformStory extends HTMLElement {
  private abort?: AbortController;
  private observer?: IntersectionObserver;
  private strings!: StoryStrings;
  private mapConfig!: StoryMapConfig;
  private steps: Step[] = [];
  private shown: Step[] = [];
  private current: Step | undefined;
  private districts: string[] = [];
  private chosen: string[] = [];
  private map: StoryMap | undefined;

  connectedCallback() {
    this.abort?.abort();
    this.abort = new AbortController();
    const signal = this.abort.signal;
    const on = <E extends Event>(target: EventTarget, type: string, listener: (e: E) => void) =>
      target.addEventListener(type, listener as EventListener, { signal });
    this.strings = JSON.parse(this.dataset.strings ?? '{}') as StoryStrings;
    this.mapConfig = JSON.parse(this.dataset.mapConfig ?? '{}') as StoryMapConfig;
    const rail = this.querySelector<HTMLElement>('[data-rail]')!;
    const dots = new Map(
      [...rail.querySelectorAll<SVGCircleElement>('.story-rail-dot')].map((dot) => [dot.dataset.id!, dot]),
    );
    this.steps = [...this.querySelectorAll<HTMLElement>('li.story-step')].map((el) => ({
      el,
      id: el.id,
      district: el.dataset.district!,
      districtName: el.querySelector('.district-tag')?.textContent?.trim() ?? '',
      t: Number(el.dataset.t),
      year: Number(el.dataset.year),
      era: el.dataset.era,
      title: el.querySelector('[data-title]')?.textContent?.trim() ?? '',
      date: el.querySelector('time, .date-approx')?.textContent ?? '',
      places: [...el.querySelectorAll<HTMLAnchorElement>('a[data-place]')].map((a) => ({
        id: a.dataset.place!,
        lon: Number(a.dataset.lon),
        lat: Number(a.dataset.lat),
        name: a.textContent?.trim() ?? '',
      })),
      dot: dots.get(el.id) ?? null,
    }));
    const form = this.querySelector<HTMLFormElement>('[data-controls]')!;
    this.districts = [...form.querySelectorAll<HTMLInputElement>('input[name=d]')].map((i) => i.value);

    // The address: ?d= the districts, #<id> the step; whatever else it holds falls away.
    const params = new URLSearchParams(location.search);
    this.chosen = pickIds(params.getAll('d'), this.districts);
    if (this.chosen.length === 0) this.chosen = [...this.districts];
    const named = this.stepById(stepIdFromHash(location.hash, new Set(this.steps.map((s) => s.id))));
    // A step named in the address is shown even if its district was not chosen.
    if (named && !this.chosen.includes(named.district))
      this.chosen = this.districts.filter((d) => d === named.district || this.chosen.includes(d));
    this.applyDistricts();
    this.show(named ?? this.shown[0], 0, false);
    // The address is cleaned, but names no step until the reader moves: a fragment set while the page
    // loads would make the browser scroll to it.
    const clean = `${location.pathname}${this.query()}${named ? `#${encodeURIComponent(named.id)}` : ''}`;
    if (clean !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(null, '', clean);

    on(form, 'change', () => {
      const checked = [...form.querySelectorAll<HTMLInputElement>('input[name=d]:checked')].map((i) => i.value);
      this.chosen = checked.length ? checked : [...this.districts];
      const keep = this.current;
      this.applyDistricts();
      const next =
        keep && this.shown.includes(keep)
          ? keep
          : this.shown[
              nearestStep(
                this.shown.map((s) => s.t),
                keep?.t ?? 0,
              )
            ];
      this.show(next, 0, true);
    });
    on(form, 'submit', (e) => e.preventDefault());
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-go]'))
      on(button, 'click', () => this.go(Number(button.dataset.go) as 1 | -1));
    on<KeyboardEvent>(document, 'keydown', (e) => this.onKey(e));
    on<PointerEvent>(
      document,
      'pointerdown',
      (e) => (this.dataset.input = e.pointerType === 'touch' ? 'touch' : 'pointer'),
    );
    on(window, 'hashchange', () => {
      const step = this.stepById(stepIdFromHash(location.hash, new Set(this.shown.map((s) => s.id))));
      if (step && step !== this.current) this.show(step, step.t >= (this.current?.t ?? 0) ? 1 : -1, true);
    });

    // The rail: a slider, and a strip to click or drag along.
    on<KeyboardEvent>(rail, 'keydown', (e) => {
      const moves: Record<string, () => Step | undefined> = {
        ArrowRight: () => this.neighbour(1),
        ArrowUp: () => this.neighbour(1),
        ArrowLeft: () => this.neighbour(-1),
        ArrowDown: () => this.neighbour(-1),
        PageDown: () => this.neighbour(1),
        PageUp: () => this.neighbour(-1),
        Home: () => this.shown[0],
        End: () => this.shown.at(-1),
      };
      const move = moves[e.key];
      if (!move || e.altKey || e.ctrlKey || e.metaKey) return;
      e.preventDefault();
      const step = move();
      if (step) this.show(step, this.direction(step), true);
    });
    let dragging = false;
    const pick = (e: PointerEvent) => {
      const step = this.nearestDot(e.clientX, e.clientY);
      if (step && step !== this.current) this.show(step, this.direction(step), true);
    };
    on<PointerEvent>(rail, 'pointerdown', (e) => {
      if (e.button !== 0) return;
      dragging = true;
      rail.setPointerCapture(e.pointerId);
      pick(e);
    });
    on<PointerEvent>(rail, 'pointermove', (e) => {
      if (dragging) pick(e);
    });
    on(rail, 'pointerup', () => (dragging = false));
    on(rail, 'pointercancel', () => (dragging = false));

    // Swipes on the step: to the left is the next step.
    let touch: { x: number; y: number; at: number } | null = null;
    const main = this.querySelector<HTMLElement>('.story-main')!;
    on<PointerEvent>(main, 'pointerdown', (e) => {
      touch = e.pointerType === 'touch' ? { x: e.clientX, y: e.clientY, at: e.timeStamp } : null;
    });
    on<PointerEvent>(main, 'pointerup', (e) => {
      if (!touch) return;
      const swipe = swipeDirection(e.clientX - touch.x, e.clientY - touch.y, e.timeStamp - touch.at);
      touch = null;
      if (swipe === 'left') this.go(1);
      else if (swipe === 'right') this.go(-1);
    });

    // The map loads (shapes, no tiles) when it comes into view.
    const canvas = this.querySelector<HTMLElement>('[data-map]')!;
    this.observer = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      this.observer?.disconnect();
      void this.loadMap(canvas, signal);
    });
    this.observer.observe(canvas);
    this.classList.add('is-ready');
  }

  disconnectedCallback() {
    this.abort?.abort();
    this.observer?.disconnect();
  }

  private async loadMap(canvas: HTMLElement, signal: AbortSignal) {
    const { StoryMap } = await import('./storyMap.ts');
    const places = new Map(this.steps.flatMap((s) => s.places).map((p) => [p.id, p]));
    this.map = new StoryMap(canvas, {
      shapes: this.dataset.shapes!,
      locale: this.dataset.locale === 'en' ? 'en' : 'zh',
      colors: new Map((this.dataset.colors ?? '').split(' ').map((pair) => pair.split(':') as [string, string])),
      ...this.mapConfig,
      places: [...places.values()],
      onPick: (p) => this.onPick(p),
      signal,
    });
    if (this.current) this.map.show(this.current, false);
    await this.map.load().catch(() => undefined);
  }

  private stepById(id: string | null) {
    return id === null ? undefined : this.steps.find((s) => s.id === id);
  }

  private direction(step: Step): 1 | -1 {
    return this.shown.indexOf(step) >= this.shown.indexOf(this.current!) ? 1 : -1;
  }

  private neighbour(direction: 1 | -1) {
    return this.current ? this.shown[this.shown.indexOf(this.current) + direction] : undefined;
  }

  private go(direction: 1 | -1) {
    const step = this.neighbour(direction);
    if (step) this.show(step, direction, true);
  }

  private onKey(e: KeyboardEvent) {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    if ((e.target as Element | null)?.closest?.(TYPING)) return;
    const direction = { ArrowRight: 1, PageDown: 1, ArrowLeft: -1, PageUp: -1 }[e.key] as 1 | -1 | undefined;
    if (!direction) return;
    e.preventDefault();
    this.go(direction);
  }

  /** A click on the map: the next step at that place, or in that district, after this one. */
  private onPick(pick: MapPick) {
    const at = this.current ? this.shown.indexOf(this.current) : -1;
    const order = [...this.shown.slice(at + 1), ...this.shown.slice(0, at + 1)];
    const step = order.find((s) =>
      'place' in pick ? s.places.some((p) => p.id === pick.place) : s.district === pick.district,
    );
    if (step && step !== this.current) this.show(step, this.direction(step), true);
  }

  /** The step whose dot on the rail is nearest a point on screen. */
  private nearestDot(x: number, y: number): Step | undefined {
    let best: Step | undefined;
    let distance = Infinity;
    for (const step of this.shown) {
      const box = step.dot?.getBoundingClientRect();
      if (!box) continue;
      const d = (box.left + box.width / 2 - x) ** 2 + ((box.top + box.height / 2 - y) / 2) ** 2;
      if (d < distance) [best, distance] = [step, d];
    }
    return best;
  }

  /** The chosen districts: their steps, their dots and eras on the rail, the boxes and the URL. */
  private applyDistricts() {
    this.shown = this.steps.filter((s) => this.chosen.includes(s.district));
    for (const input of this.querySelectorAll<HTMLInputElement>('[data-controls] input[name=d]'))
      input.checked = this.chosen.includes(input.value);
    for (const node of this.querySelectorAll<SVGElement>('[data-rail] [data-lane]'))
      node.classList.toggle('is-off', !this.chosen.includes(node.dataset.lane!));
  }

  private show(step: Step | undefined, direction: -1 | 0 | 1, announce: boolean) {
    if (!step) return;
    const previous = this.current;
    this.current = step;
    const i = this.shown.indexOf(step);
    const total = this.shown.length;
    for (const s of this.steps) {
      s.el.classList.toggle('is-current', s === step);
      s.dot?.classList.toggle('is-past', this.shown.indexOf(s) < i && this.shown.includes(s));
      s.dot?.classList.toggle('is-here', s === step);
    }
    step.el.dataset.enter = direction > 0 ? 'next' : direction < 0 ? 'previous' : '';
    const counter = fill(this.strings.counter, { n: i + 1, total });
    for (const c of this.querySelectorAll('[data-counter]')) c.textContent = counter;
    const [back, forward] = this.querySelectorAll<HTMLButtonElement>('[data-go]');
    back.disabled = i <= 0;
    forward.disabled = i >= total - 1;

    const rail = this.querySelector<HTMLElement>('[data-rail]')!;
    rail.setAttribute('aria-valuemax', String(total));
    rail.setAttribute('aria-valuenow', String(i + 1));
    rail.setAttribute(
      'aria-valuetext',
      fill(this.strings.railValue, { n: i + 1, total, date: step.date, title: step.title }),
    );
    if (step.dot) {
      const cx = step.dot.getAttribute('cx')!;
      const cy = step.dot.getAttribute('cy')!;
      const now = rail.querySelector('[data-now]')!;
      now.setAttribute('x1', cx);
      now.setAttribute('x2', cx);
      const ring = rail.querySelector('[data-ring]')!;
      ring.setAttribute('cx', cx);
      ring.setAttribute('cy', cy);
    }

    if (previous) {
      const address = `${location.pathname}${this.query()}#${encodeURIComponent(step.id)}`;
      if (address !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(null, '', address);
    }

    this.updateMap(step, previous !== undefined && direction !== 0);
    if (announce) {
      this.querySelector('[data-live]')!.textContent = fill(this.strings.live, {
        n: i + 1,
        total,
        era: step.era ? fill(this.strings.newEraLive, { title: step.era }) : '',
        date: step.date,
        district: step.districtName,
        title: step.title,
      });
      // A long step read on a phone: the next one starts at its top.
      const stage = this.querySelector<HTMLElement>('.story-stage')!;
      if (stage.getBoundingClientRect().top < 0)
        stage.scrollIntoView({
          block: 'start',
          behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth',
        });
    }
  }

  /** ?d= for the districts chosen, when not all are. */
  private query() {
    return this.chosen.length < this.districts.length ? `?d=${this.chosen.join(LIST_SEPARATOR)}` : '';
  }

  private updateMap(step: Step, animate: boolean) {
    const where = step.places.length
      ? `${step.districtName} · ${joinList(
          step.places.map((p) => p.name),
          this.dataset.locale === 'en' ? 'en' : 'zh',
        )}`
      : step.district === 'beijing'
        ? this.strings.mapWhole
        : step.districtName;
    const canvas = this.querySelector<HTMLElement>('[data-map]')!;
    canvas.setAttribute('aria-label', fill(this.strings.mapLabel, { where }));
    this.querySelector('[data-map-caption]')!.textContent = where;
    this.querySelector<HTMLElement>('[data-map-before]')!.hidden = step.year >= this.mapConfig.mergerYear;
    const link = this.querySelector<HTMLAnchorElement>('[data-map-link]')!;
    link.hash = step.places.length ? placeAnchor(step.places[0].id) : '';
    this.map?.show(step, animate);
  }
}

customElements.define('reform-story', ReformStory);
