// The story's map: the districts drawn once as SVG from the site's own shapes (data/map-shapes.json,
// no tiles, no Leaflet), framed on each step's places or district, with the boundaries of the step's
// time (before 2010, Chongwen and Xuanwu). A click on a place or a district asks the story to move.
import { decodeShapes, pre2010LineId, type ShapesFile } from '../../lib/map/mapShapes.ts';
import type { Position } from '../../lib/map/geometry.ts';
import { between, frameAround, projector, type Frame, type Point } from '../../lib/story/mapFrame.ts';
import { loadStylesheet } from '../timeline/loadStylesheet.ts';
import stylesUrl from './storyMap.css?url';
import type { Locale } from '../../lib/site/paths.ts';

const SVG = 'http://www.w3.org/2000/svg';
const project = projector([116.4, 39.9]);
const MOVE_MS = 650;

export interface MapPlace {
  id: string;
  lon: number;
  lat: number;
  name: string;
}

export interface MapStep {
  district: string;
  year: number;
  places: MapPlace[];
}

export type MapPick = { place: string } | { district: string };

/** What the story's map takes from content/map (data-map-config). */
export interface StoryMapConfig {
  /** The core area's districts, framed together. */
  core: string[];
  /** Today's districts that were cut in two before 2010: the line is drawn for the years before. */
  split: string[];
  /** The districts before 2010 whose names the map no longer shows (Chongwen, Xuanwu): named then. */
  oldNames: string[];
  /** The year today's boundaries began. */
  mergerYear: number;
}

export interface StoryMapOptions extends StoryMapConfig {
  shapes: string;
  locale: Locale;
  /** The site's districts and their colours; others are drawn as context. */
  colors: Map<string, string>;
  /** Every place the story can show, for the faint dots that lead to their steps. */
  places: MapPlace[];
  onPick: (pick: MapPick) => void;
  signal: AbortSignal;
}

const el = <K extends keyof SVGElementTagNameMap>(name: K, attrs: Record<string, string> = {}) => {
  const node = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
};
const d = (rings: readonly (readonly Position[])[], close: boolean) =>
  rings
    .map(
      (ring) =>
        `M${ring
          .map((p) =>
            project(p)
              .map((n) => n.toFixed(2))
              .join(','),
          )
          .join('L')}${close ? 'Z' : ''}`,
    )
    .join('');
const corners = (points: Point[]): Point[] => {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return [
    [Math.min(...xs), Math.min(...ys)],
    [Math.max(...xs), Math.max(...ys)],
  ];
};
const ease = (s: number) => (s < 0.5 ? 4 * s * s * s : 1 - (-2 * s + 2) ** 3 / 2);

export class StoryMap {
  private readonly canvas: HTMLElement;
  private readonly options: StoryMapOptions;
  private svg: SVGSVGElement | undefined;
  private places: SVGGElement | undefined;
  private frame: Frame | undefined;
  private bounds = new Map<string, Point[]>();
  private pending: MapStep | undefined;
  private animation = 0;

  constructor(canvas: HTMLElement, options: StoryMapOptions) {
    this.canvas = canvas;
    this.options = options;
  }

  async load() {
    const [response] = await Promise.all([
      fetch(this.options.shapes, { signal: this.options.signal }),
      loadStylesheet(stylesUrl),
    ]);
    const file = (await response.json()) as ShapesFile;
    const shapes = decodeShapes(file);
    const { locale, colors } = this.options;
    const svg = el('svg', { class: 'story-map-svg', preserveAspectRatio: 'xMidYMid meet', 'aria-hidden': 'true' });
    const areas = el('g', { class: 'sm-districts' });
    const labels = el('g', { class: 'sm-labels' });
    for (const district of shapes.districts) {
      const points = district.polygons.flat().map(project);
      this.bounds.set(district.id, corners(points));
      const color = colors.get(district.id);
      const area = el('path', { d: d(district.polygons, true), class: 'sm-district', 'data-district': district.id });
      if (color) {
        area.style.setProperty('--district', color);
        area.classList.add('is-ours');
      }
      areas.append(area);
      const [x, y] = project(district.label);
      const name = locale === 'zh' ? district.name.zh.replace(/区$/, '') : district.name.en.replace(/ District$/, '');
      const text = el('text', { x: x.toFixed(2), y: y.toFixed(2), class: 'sm-label', 'data-district': district.id });
      text.textContent = name;
      labels.append(text);
    }
    this.bounds.set('beijing', corners([...this.bounds.values()].flat()));
    const old = el('g', { class: 'sm-old' });
    for (const id of this.options.split) {
      const line = shapes.lines.get(pre2010LineId(id));
      if (line) old.append(el('path', { d: d([line], false) }));
    }
    for (const point of shapes.points.filter((p) => this.options.oldNames.includes(p.id))) {
      const [x, y] = project(point.at);
      const text = el('text', { x: x.toFixed(2), y: y.toFixed(2), class: 'sm-label sm-old-label' });
      text.textContent = point.name[locale];
      old.append(text);
    }
    this.places = el('g', { class: 'sm-places' });
    for (const place of this.options.places) {
      const [x, y] = project([place.lon, place.lat]);
      const dot = el('circle', { cx: x.toFixed(2), cy: y.toFixed(2), class: 'sm-place', 'data-place': place.id });
      const name = el('text', { x: x.toFixed(2), y: y.toFixed(2), class: 'sm-place-name', 'data-place': place.id });
      name.textContent = place.name;
      this.places.append(dot, name);
    }
    svg.append(areas, old, labels, this.places);
    svg.addEventListener(
      'click',
      (e) => {
        const target = e.target as Element;
        const place = target.closest<SVGElement>('[data-place]')?.dataset.place;
        const district = target.closest<SVGElement>('.sm-district.is-ours')?.dataset.district;
        if (place) this.options.onPick({ place });
        else if (district) this.options.onPick({ district });
      },
      { signal: this.options.signal },
    );
    this.canvas.replaceChildren(svg);
    this.svg = svg;
    if (this.pending) this.show(this.pending, false);
  }

  /** Frames and marks a step; before the shapes arrive, remembers it. */
  show(step: MapStep, animate: boolean) {
    this.pending = step;
    const svg = this.svg;
    if (!svg) return;
    const city = step.district === 'beijing' || !this.bounds.has(step.district);
    for (const area of svg.querySelectorAll<SVGPathElement>('.sm-district')) {
      const id = area.dataset.district!;
      area.classList.toggle('is-current', city || id === step.district);
    }
    for (const label of svg.querySelectorAll<SVGTextElement>('.sm-label[data-district]')) {
      const id = label.dataset.district!;
      label.classList.toggle('is-shown', city || id === step.district || this.options.colors.has(id));
    }
    svg.classList.toggle('is-before-2010', step.year < this.options.mergerYear);
    const here = new Set(step.places.map((p) => p.id));
    for (const node of this.places!.querySelectorAll<SVGElement>('[data-place]'))
      node.classList.toggle('is-current', here.has(node.dataset.place!));
    this.moveTo(this.frameFor(step, city), animate);
  }

  private frameFor(step: MapStep, city: boolean): Frame {
    const aspect = this.canvas.clientWidth / Math.max(1, this.canvas.clientHeight) || 4 / 3;
    if (step.places.length > 0)
      return frameAround(
        step.places.map((p) => project([p.lon, p.lat])),
        aspect,
        9,
        1.5,
      );
    if (city) return frameAround(this.bounds.get('beijing')!, aspect, 0, 3);
    const { core } = this.options;
    const ids = core.includes(step.district) ? core : [step.district];
    return frameAround(
      ids.flatMap((id) => this.bounds.get(id)!),
      aspect,
      0,
      ids === core ? 1 : 2,
    );
  }

  private moveTo(target: Frame, animate: boolean) {
    cancelAnimationFrame(this.animation);
    const from = this.frame;
    const still = !animate || !from || window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    if (still) {
      this.setFrame(target);
      return;
    }
    const start = performance.now();
    const step = (now: number) => {
      const s = Math.min(1, (now - start) / MOVE_MS);
      this.setFrame(between(from, target, ease(s)));
      if (s < 1) this.animation = requestAnimationFrame(step);
    };
    this.animation = requestAnimationFrame(step);
  }

  private setFrame(frame: Frame) {
    this.frame = frame;
    const svg = this.svg!;
    svg.setAttribute('viewBox', `${frame.x} ${frame.y} ${frame.w} ${frame.h}`);
    // Text and dots keep their size on screen whatever the zoom: CSS sizes them in units of this.
    svg.style.setProperty('--u', String(frame.w / Math.max(1, this.canvas.clientWidth)));
  }
}
