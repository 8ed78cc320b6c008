// <reform-map>: draws the server-rendered list of places as a Leaflet map. Leaflet and the boundary data
// load only when the map first scrolls into view. No tile server is contacted unless the reader
// switches on the OpenStreetMap background.
//
// It opens on its subject (the core area on /map/, the district on a district page), and "+" zooms
// towards it; one button shows the whole city. Names are placed anew at every zoom so that none covers
// another or a marker. Places with milestones come first in the keyboard order.
//
// With a timeline on the same page it listens to `reform:highlight` (highlights the places of the
// milestones the timeline points at) and `reform:view` (the boundaries follow the visible years once the
// reader moves the timeline), and sends `reform:highlight` {ids, source: 'map'} when a place is hovered
// or focused.
import type * as Leaflet from 'leaflet';
import type { Position } from '../../lib/map/geometry.ts';
import { decodeShapes, pre2010LineId, type ShapesFile } from '../../lib/map/mapShapes.ts';
import {
  followTimeline,
  layoutMarkers,
  matchesFilter,
  NO_FILTER,
  type BoundaryMode,
  type PlaceFilter,
} from '../../lib/map/mapState.ts';
import { circleBox, placeLabels, type Box, type LabelRequest, type Side } from '../../lib/map/labelLayout.ts';
import { splitAtWall } from '../../lib/map/pre2010Boundaries.ts';
import type { LayerId } from '../../lib/map/planStructure.ts';
import {
  BASE,
  BEFORE_2010,
  CLUSTER,
  LEADER,
  LINES,
  MAX_SPREAD,
  PLACE,
  SPACING,
  TOWN,
  ZONES,
  type AreaStyle,
  type LineStyle,
} from './mapStyles.ts';
import { fill } from '../../lib/format/fillTemplate.ts';
import leafletCssUrl from 'leaflet/dist/leaflet.css?url';
import { joinList } from '../../lib/format/lists.ts';
import type { Locale } from '../../lib/site/paths.ts';

/** The texts the element shows (data-strings), written by PlaceMap.astro. */
export interface MapStrings {
  label: string;
  markerNone: string;
  markerSome: string;
  cluster: string;
  zoomIn: string;
  zoomOut: string;
  /** The button that shows the whole city, and the one that goes back to the map's subject. */
  wholeCity: string;
  back: string;
  close: string;
  count: string;
  following: string;
  before2010: string;
}

/** What the element draws besides the shapes file (data-config), written by PlaceMap.astro from content. */
export interface MapConfig {
  locale: Locale;
  /** The year today's boundaries began (content/districts.yaml). */
  mergerYear: number;
  variant: 'structure' | 'district';
  /** URL of the shapes file (public/data/map-shapes.json). */
  shapes: string;
  /** The districts the map opens on; the whole city when empty. */
  frame: string[];
  /** The districts "+" zooms towards while they are in view. */
  target: string[];
  /** The district a district page is about, drawn in its colour. */
  focus: { id: string; color: string } | null;
  /** The districts whose names come before all others (the core area). */
  core: string[];
  /** The plan's layers drawn as areas, bottom to top (the structure map only). */
  zones: { id: Exclude<LayerId, 'axes' | 'towns'>; districts: string[]; partly: string[] }[];
  /** The lines of the plan and the old city (ids in the shapes file), how each is drawn, and the short
   * name some carry. Lines of the axes make a layer of their own on the structure map. */
  lines: { id: string; style: keyof typeof LINES; axes: boolean; label?: { text: string; at: Position } }[];
  /** The plan's new towns (point ids in the shapes file). */
  towns: string[];
  /** The line that divided the core area before 2010, and where its name goes. */
  wall: { line: Position[]; label: Position };
  /** The core area's districts before 2010: the side of the wall line of today's district each lay on. */
  before2010: { id: string; today: string; side: 'north' | 'south' }[];
}

type LeafletModule = typeof Leaflet;

interface Place {
  id: string;
  at: Leaflet.LatLngExpression;
  lat: number;
  lon: number;
  district: string;
  eras: string[];
  themes: string[];
  milestones: string[];
  name: string;
  item: HTMLElement;
  marker?: Leaflet.CircleMarker;
  visible: boolean;
}

/** A name on the map, placed anew at every zoom. */
interface MapLabel {
  marker: Leaflet.Marker;
  priority: number;
  sides: readonly Side[];
  offsets: readonly number[];
  /** Shown with one set of boundaries only. */
  mode?: BoundaryMode;
  /** The area a district's name stays within: it moves from its point by at most half the area's size on screen. */
  area?: Leaflet.LatLngBounds;
  size?: { width: number; height: number };
}

const OSM_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
const OSM_ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';
const ZOOM_SNAP = 0.5;
const MAX_ZOOM = 16;
/** Space kept between names, and between a name and a marker, in px. */
const LABEL_GAP = 4;
const PRIORITY = { core: 100, wall: 60, district: 50, town: 40, line: 30 };
const AROUND: readonly Side[] = ['center', 'above', 'below', 'right', 'left'];
/** The core area's names may move farther, and diagonally, to stay clear of the crowd of places there. */
const ALL_AROUND: readonly Side[] = [...AROUND, 'above-right', 'above-left', 'below-right', 'below-left'];
const CORE_PLACES = { sides: ALL_AROUND, offsets: [12, 30, 48] };
const ZOOM_KEYS: Partial<Record<string, number>> = { '+': 1, '=': 1, '-': -1, _: -1 };

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
const ll = ([lon, lat]: Position): [number, number] => [lat, lon];
const list = (s: string | undefined) => (s ? s.split(' ') : []);
const pathStyle = (s: AreaStyle | LineStyle, area: boolean): Leaflet.PathOptions => ({
  color: s.stroke,
  weight: s.weight,
  dashArray: s.dash,
  ...(area
    ? { fillColor: (s as AreaStyle).fill, fillOpacity: (s as AreaStyle).fillOpacity, stroke: false }
    : { fill: false }),
  interactive: false,
});

/** Leaflet's stylesheet, added once, when the first map is drawn: it need not hold up the first paint. */
let leafletCss: Promise<void> | undefined;
const leafletStyles = () =>
  (leafletCss ??= new Promise<void>((resolve) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: leafletCssUrl });
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => resolve());
    document.head.append(link);
  }));

/** The element id the address points to (#place-…, where a search result leads), or "". */
// Place anchors are ASCII slugs: compared as written, the fragment needs no decoding (which could throw).
function hashTarget(): string {
  return location.hash.slice(1);
}

/** Lets the browser handle input between the stages of building a map, so no task blocks for long. */
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

class ReformMap extends HTMLElement {
  private strings!: MapStrings;
  private config!: MapConfig;
  private places: Place[] = [];
  private filter: PlaceFilter = NO_FILTER;
  private mode: BoundaryMode = 'since2010';
  private timelineMode: BoundaryMode | null = null;
  private layersOn = new Set<string>();
  private highlightIds: string[] = [];
  private form!: HTMLFormElement;
  private canvas!: HTMLElement;
  private L?: LeafletModule;
  private map?: Leaflet.Map;
  private groups = new Map<string, Leaflet.LayerGroup>();
  private labels: MapLabel[] = [];
  private towns: Leaflet.LatLng[] = [];
  private base: Leaflet.Polygon[] = [];
  private tiles?: Leaflet.TileLayer;
  private pendingFocus: string | null = null;
  private renderers?: Record<'leaders' | 'clusters', Leaflet.Renderer>;
  private abort?: AbortController;
  private io?: IntersectionObserver;
  /** Set once every layer and marker exists: only then are markers and names laid out. */
  private built = false;

  connectedCallback() {
    this.abort = new AbortController();
    const { signal } = this.abort;
    this.strings = JSON.parse(this.dataset.strings ?? '{}') as MapStrings;
    this.config = JSON.parse(this.dataset.config ?? '{}') as MapConfig;
    this.canvas = this.querySelector('[data-canvas]')!;
    this.form = this.querySelector('[data-controls]')!;
    this.places = [...this.querySelectorAll<HTMLElement>('[data-place]')].map((item) => {
      const d = item.dataset;
      const lat = Number(d.lat),
        lon = Number(d.lon);
      return {
        id: d.place!,
        lat,
        lon,
        at: [lat, lon],
        district: d.district!,
        eras: list(d.eras),
        themes: list(d.themes),
        milestones: list(d.milestones),
        name: item.querySelector('[data-name]')!.textContent,
        item,
        visible: true,
      };
    });
    // The reader has JavaScript: the controls, which kept their place while hidden, appear, and the
    // map replaces the note inside its frame, so nothing moves.
    this.form.classList.remove('is-pending');
    this.querySelector('[data-nojs]')?.remove();
    for (const el of this.querySelectorAll('[data-js]')) el.classList.remove('is-pending');
    this.layersOn = new Set([
      'places',
      ...[...this.querySelectorAll<HTMLInputElement>('input[name=layer]:checked')].map((i) => i.value),
    ]);

    this.form.addEventListener('submit', (e) => e.preventDefault(), { signal });
    this.form.addEventListener('reset', () => setTimeout(() => this.readForm()), { signal });
    this.addEventListener(
      'change',
      (e) => {
        const input = e.target as HTMLInputElement;
        if (input.name === 'layer') {
          if (input.checked) this.layersOn.add(input.value);
          else this.layersOn.delete(input.value);
          this.drawLayers();
          this.relayout();
        } else this.readForm();
      },
      { signal },
    );
    for (const p of this.places) {
      p.item.addEventListener('mouseenter', () => this.hover(p), { signal });
      p.item.addEventListener('mouseleave', () => this.hover(null), { signal });
      p.item.addEventListener('focusin', () => this.hover(p), { signal });
      p.item.addEventListener('focusout', () => this.hover(null), { signal });
    }
    addEventListener('hashchange', () => this.highlight(this.highlightIds), { signal });
    document.addEventListener(
      'reform:highlight',
      (e) => {
        const { ids, source } = (e as CustomEvent<{ ids: string[]; source?: string }>).detail;
        if (source !== 'map') this.highlight(ids);
      },
      { signal },
    );
    // Years named in the address are the reader's pick; otherwise the timeline's opening view is not.
    const query = new URLSearchParams(location.search);
    const picked = query.has('from') || query.has('to');
    document.addEventListener(
      'reform:view',
      (e) => this.followView(e as CustomEvent<{ from: number; to: number }>, picked),
      { signal },
    );
    this.readForm();
    this.io = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        this.io?.disconnect();
        // Without the shapes (offline and never saved) the list of places still reads.
        this.load(signal).catch(() => this.canvas.setAttribute('data-failed', ''));
      }
    });
    this.io.observe(this.canvas);
  }

  disconnectedCallback() {
    this.abort?.abort();
    this.io?.disconnect();
    this.map?.remove();
    this.map = undefined;
    this.L = undefined;
    this.built = false;
    this.groups.clear();
    this.labels = [];
    this.towns = [];
    this.base = [];
    this.tiles = undefined;
  }

  private followView(e: CustomEvent<{ from: number; to: number }>, picked: boolean) {
    const { from, to } = e.detail;
    const next = followTimeline(this.timelineMode, from, to, this.config.mergerYear, picked);
    this.timelineMode = next.remember;
    if (!next.apply) return;
    const note = this.querySelector<HTMLElement>('[data-following]')!;
    note.hidden = false;
    note.textContent = fill(this.strings.following, { year: Math.round((from + to) / 2) });
    this.form.querySelector<HTMLInputElement>(`input[name=boundary][value=${next.apply}]`)!.checked = true;
    this.setMode(next.apply);
  }

  // ---- controls -------------------------------------------------------------------------------

  private readForm() {
    const data = new FormData(this.form);
    const value = (name: string) => (data.get(name) as string | null) || null;
    this.filter = { district: value('district'), era: value('era'), theme: value('theme') };
    this.setMode((value('boundary') as BoundaryMode | null) ?? 'since2010', false);
    this.setTiles(data.has('tiles'));
    // Only what changes is touched: the list is long, and every change lays it out again.
    let shown = 0;
    for (const p of this.places) {
      p.visible = matchesFilter(p, this.filter);
      if (p.item.hidden === p.visible) p.item.hidden = !p.visible;
      if (p.visible) shown++;
    }
    for (const group of this.querySelectorAll<HTMLElement>('[data-group]')) {
      const empty = !group.querySelector('[data-place]:not([hidden])');
      if (group.hidden !== empty) group.hidden = empty;
    }
    const count = this.querySelector('[data-count]')!;
    const text = fill(this.strings.count, { n: shown, total: this.places.length });
    if (count.textContent !== text) count.textContent = text;
    this.relayout();
  }

  private setMode(mode: BoundaryMode, relayout = true) {
    this.mode = mode;
    this.drawLayers();
    if (relayout) this.relayout();
  }

  private setTiles(on: boolean) {
    const { L, map } = this;
    if (!L || !map) return;
    if (on) (this.tiles ??= L.tileLayer(OSM_URL, { attribution: OSM_ATTRIBUTION, maxZoom: 19 })).addTo(map);
    else this.tiles?.remove();
    // Over tiles the districts are drawn without their white fill.
    for (const p of this.base) p.setStyle({ fillOpacity: on ? 0 : 1 });
    this.canvas.classList.toggle('has-tiles', on);
  }

  // ---- the map --------------------------------------------------------------------------------

  private async load(signal: AbortSignal) {
    const [L, file] = await Promise.all([
      import('leaflet/dist/leaflet-src.esm.js') as Promise<LeafletModule>,
      fetch(this.config.shapes, { signal }).then((r) => r.json() as Promise<ShapesFile>),
      leafletStyles(),
    ]);
    // Each stage below is its own task, short enough not to hold up the reader's input.
    const next = async () => {
      await pause();
      return !signal.aborted;
    };
    if (!(await next())) return;
    this.L = L;
    const shapes = decodeShapes(file);
    if (!(await next())) return;
    const { config, strings } = this;
    const locale = config.locale;
    const map = (this.map = L.map(this.canvas, {
      zoomControl: false,
      scrollWheelZoom: false,
      zoomSnap: ZOOM_SNAP,
      maxZoom: MAX_ZOOM,
    }));
    map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
    map.attributionControl.addAttribution(
      `<a href="${esc(shapes.attribution.url)}">${esc(shapes.attribution.text[locale])}</a>`,
    );
    // Panes in keyboard order: places with milestones, then clusters, then the other places; drawn
    // in the order of their z-index.
    const pane = (name: string, z: number) => {
      map.createPane(name).style.zIndex = String(z);
      return L.svg({ pane: name, padding: 0.5 });
    };
    const r = {
      districts: pane('districts', 250),
      zones: pane('zones', 300),
      lines: pane('lines', 350),
      leaders: pane('leaders', 380),
      places: pane('places', 450),
      clusters: pane('clusters', 460),
      quiet: pane('quietPlaces', 440),
    };
    this.renderers = r;
    map.createPane('labels').style.zIndex = '370';
    map.createPane('clusterLabels').style.zIndex = '470';
    for (const p of ['labels', 'clusterLabels']) map.getPane(p)!.setAttribute('aria-hidden', 'true');

    const districtOf = new Map(shapes.districts.map((d) => [d.id, d]));
    const rings = (ids: readonly string[]) =>
      ids.flatMap((id) => districtOf.get(id)?.polygons.map((ring) => [ring.map(ll)]) ?? []);
    const polygon = (ids: readonly string[], style: Leaflet.PathOptions, renderer: Leaflet.Renderer) =>
      L.polygon(rings(ids), { ...style, renderer });
    const lines = (paths: Position[][], style: LineStyle) =>
      L.polyline(
        paths.map((p) => p.map(ll)),
        { ...pathStyle(style, false), renderer: r.lines },
      );
    const label = (at: Position, text: string, cls: string, place: Omit<MapLabel, 'marker'>) => {
      const marker = L.marker(ll(at), {
        icon: L.divIcon({ className: `map-label ${cls}`, html: `<span>${esc(text)}</span>`, iconSize: [0, 0] }),
        interactive: false,
        keyboard: false,
        pane: 'labels',
      });
      this.labels.push({ marker, ...place });
      return marker;
    };
    const group = (name: string, layers: Leaflet.Layer[]) => this.groups.set(name, L.layerGroup(layers));
    const boundsOf = (ids: readonly string[]) => L.latLngBounds(rings(ids).flat(2));

    // The view first: Leaflet adds layers only to a map that has one.
    const city = L.latLngBounds(shapes.districts.flatMap((d) => d.polygons.flat().map(ll)));
    const frame = config.frame.length ? boundsOf(config.frame) : city;
    const subject = config.target.length ? boundsOf(config.target) : city;
    const target = subject.getCenter();
    const padding = L.point(16, 16);
    map.setMaxBounds(city.pad(0.35));
    // The whole city stays one step away: the lowest zoom fits it.
    const cityZoom = Math.floor(map.getBoundsZoom(city, false, padding) / ZOOM_SNAP) * ZOOM_SNAP;
    map.setMinZoom(cityZoom);
    map.fitBounds(frame, { padding: [padding.x, padding.y] });
    this.addControls(subject, city);
    if (!(await next())) return;

    // Districts, white on the grey surroundings (half of them per task), with their names.
    for (const [i, d] of shapes.districts.entries()) {
      if (i === Math.ceil(shapes.districts.length / 2) && !(await next())) return;
      this.base.push(
        polygon(
          [d.id],
          { ...pathStyle(BASE.district, false), fill: true, fillColor: BASE.district.fill, fillOpacity: 1 },
          r.districts,
        ).addTo(map),
      );
    }
    if (!(await next())) return;
    const short = (name: { zh: string; en: string }) => (locale === 'zh' ? name.zh : name.en.replace(/ District$/, ''));
    const splitToday = new Set(config.before2010.map((b) => b.today));
    for (const d of shapes.districts) {
      const core = config.core.includes(d.id) || d.id === config.focus?.id;
      label(d.label, short(d.name), core ? 'map-label--core' : '', {
        priority: core ? PRIORITY.core : PRIORITY.district,
        ...(core ? CORE_PLACES : { sides: AROUND, offsets: [12] }),
        // Today's districts that were cut from the four before 2010 give way to those.
        mode: splitToday.has(d.id) ? 'since2010' : undefined,
        area: boundsOf([d.id]),
      }).addTo(map);
    }
    if (config.focus) {
      const { id, color } = config.focus;
      polygon(
        [id],
        { color, weight: BASE.focusWeight, fillColor: color, fillOpacity: BASE.focusOpacity, interactive: false },
        r.zones,
      ).addTo(map);
    }

    if (!(await next())) return;

    // The old inner city, and the axes (a layer of their own on the structure map), with their names.
    const drawn = config.lines.map((l) => [
      lines([shapes.lines.get(l.id)!], LINES[l.style]),
      ...(l.label
        ? [label(l.label.at, l.label.text, 'map-label--line', { priority: PRIORITY.line, sides: AROUND, offsets: [6] })]
        : []),
    ]);
    for (const [i, l] of config.lines.entries()) if (!l.axes) for (const layer of drawn[i]) layer.addTo(map);
    group(
      'axes',
      config.lines.flatMap((l, i) => (l.axes ? drawn[i] : [])),
    );
    if (!(await next())) return;

    // Before 2010: the wall line as a boundary, Chongwen and Xuanwu hatched, the four old names.
    const pointOf = new Map(shapes.points.map((p) => [p.id, p]));
    const partOf = (b: MapConfig['before2010'][number]) =>
      (districtOf.get(b.today)?.polygons ?? []).map((ring) => splitAtWall(ring, config.wall.line)[b.side].map(ll));
    group('before2010', [
      ...config.before2010
        .filter((b) => b.side === 'south')
        .map((b) => L.polygon(partOf(b), { ...pathStyle(BEFORE_2010, true), renderer: r.zones })),
      lines(
        [...new Set(config.before2010.map((b) => b.today))].map((id) => shapes.lines.get(pre2010LineId(id))!),
        LINES.before2010,
      ),
      ...config.before2010.flatMap((b) => {
        const p = pointOf.get(b.id);
        return p
          ? [
              label(p.at, p.name[locale], 'map-label--core map-label--before', {
                priority: PRIORITY.core,
                ...CORE_PLACES,
                area: L.latLngBounds(partOf(b).flat()),
              }),
            ]
          : [];
      }),
      label(config.wall.label, strings.before2010, 'map-label--line', {
        priority: PRIORITY.wall,
        sides: ['below', 'above', 'center'],
        offsets: [6],
      }),
    ]);

    if (!(await next())) return;

    for (const zone of config.zones) {
      const style = ZONES[zone.id];
      const layers: Leaflet.Layer[] = [
        polygon(zone.districts, pathStyle(style, true), r.zones),
        lines(shapes.outline(zone.districts), style),
      ];
      for (const id of zone.partly)
        layers.push(
          polygon([id], pathStyle(ZONES.ecoPartly, true), r.zones),
          lines(shapes.outline([id]), ZONES.ecoPartly),
        );
      group(zone.id, layers);
    }
    if (config.variant === 'structure') {
      const towns = shapes.points.filter((p) => config.towns.includes(p.id));
      this.towns = towns.map((p) => L.latLng(ll(p.at)));
      group(
        'towns',
        towns.flatMap((p) => [
          L.circleMarker(ll(p.at), {
            renderer: r.lines,
            radius: TOWN.radius,
            color: TOWN.stroke,
            weight: TOWN.weight,
            fillColor: TOWN.fill,
            fillOpacity: 1,
            interactive: false,
          }),
          label(p.at, p.name[locale], 'map-label--town', {
            priority: PRIORITY.town,
            sides: [p.side ?? 'right', ...(['right', 'left', 'below', 'above'] as const).filter((s) => s !== p.side)],
            offsets: [TOWN.radius + TOWN.weight / 2 + LABEL_GAP + 1],
          }),
        ]),
      );
    }

    // The layers on the map, one per task, bottom to top.
    for (const name of this.wantedGroups()) {
      if (!(await next())) return;
      this.groups.get(name)?.addTo(map);
    }
    if (!(await next())) return;

    // Places: one focusable circle each, named, with a pop-up listing its milestones; a few per task.
    for (const [i, p] of this.places.entries()) {
      if (i > 0 && i % 6 === 0 && !(await next())) return;
      const marker = L.circleMarker(p.at, {
        renderer: p.milestones.length ? r.places : r.quiet,
        radius: PLACE.radius,
        color: PLACE.stroke,
        weight: PLACE.weight,
        fillColor: p.item.dataset.color,
        fillOpacity: 1,
        className: 'map-marker',
      });
      marker.bindPopup(() => this.popup(p), { maxWidth: 320, autoPanPadding: [16, 16] });
      marker
        .on('mouseover', () => this.hover(p))
        .on('mouseout', () => this.hover(null))
        .on('popupopen', (e) => this.popupOpened(e.popup))
        .on('popupclose', (e) => this.popupClosed(e.popup, marker))
        .addTo(map);
      const el = marker.getElement() as SVGElement;
      const n = p.milestones.length;
      const name = fill(n ? strings.markerSome : strings.markerNone, {
        name: p.name,
        district: p.item.dataset.districtName!,
        n,
      });
      this.focusable(el, name, () => marker.openPopup());
      el.dataset.place = p.id;
      el.addEventListener(
        'focus',
        () => {
          // A place reached with Tab comes into view.
          map.panInside(marker.getLatLng(), { padding: [24, 24] });
          this.hover(p);
        },
        { signal },
      );
      el.addEventListener('blur', () => this.hover(null), { signal });
      p.marker = marker;
    }
    group('leaders', []);
    group('clusters', []);
    this.groups.get('leaders')!.addTo(map);
    this.groups.get('clusters')!.addTo(map);

    // Keys on the map, a marker or a pop-up: "+" and "−" zoom towards the map's subject, as the buttons do
    // (ahead of Leaflet's own keys, which zoom on the centre and only work on the map itself).
    this.canvas.addEventListener(
      'keydown',
      (e) => {
        if (e.altKey || e.ctrlKey || e.metaKey) return;
        const zoom = ZOOM_KEYS[e.key];
        const onMarker = (e.target as Element).closest('.map-marker, .map-cluster');
        const step = e.shiftKey ? 240 : 80;
        const pan: Record<string, [number, number]> = {
          ArrowLeft: [-step, 0],
          ArrowRight: [step, 0],
          ArrowUp: [0, -step],
          ArrowDown: [0, step],
        };
        if (zoom) this.zoomBy(zoom, target);
        else if (e.key === 'Escape' && e.target !== this.canvas) map.closePopup();
        else if (onMarker && pan[e.key]) map.panBy(pan[e.key]);
        else return;
        e.preventDefault();
        e.stopImmediatePropagation();
      },
      { capture: true, signal },
    );

    map.on('zoomend', () => {
      this.dataset.zoom = String(map.getZoom());
      this.relayout();
    });
    this.dataset.zoom = String(map.getZoom());
    this.built = true;
    this.readForm();
    this.highlight(this.highlightIds);
    this.dataset.ready = '';
  }

  /** Zoom buttons that zoom towards the map's subject, and a button for the whole city and back to the subject. */
  private addControls(subject: Leaflet.LatLngBounds, city: Leaflet.LatLngBounds) {
    const target = subject.getCenter();
    const { L, map, strings } = this;
    if (!L || !map) return;
    const button = (bar: HTMLElement, text: string, title: string, act: () => void) => {
      const b = L.DomUtil.create<'button'>('button', 'map-control', bar);
      b.type = 'button';
      b.textContent = text;
      b.title = title;
      b.setAttribute('aria-label', title);
      b.addEventListener('click', act, { signal: this.abort?.signal });
      return b;
    };
    const Controls = L.Control.extend({
      onAdd: () => {
        const box = L.DomUtil.create('div', 'map-controls-bar');
        const zoom = L.DomUtil.create('div', 'leaflet-bar', box);
        const zoomIn = button(zoom, '+', strings.zoomIn, () => this.zoomBy(1, target));
        const zoomOut = button(zoom, '−', strings.zoomOut, () => this.zoomBy(-1, target));
        const view = L.DomUtil.create('div', 'leaflet-bar map-view', box);
        const toggle = button(view, strings.wholeCity, strings.wholeCity, () => {
          if (showsCity()) map.fitBounds(subject, { padding: [16, 16] });
          else map.fitBounds(city, { padding: [16, 16] });
        });
        const showsCity = () => map.getZoom() <= map.getMinZoom();
        const update = () => {
          zoomIn.disabled = map.getZoom() >= map.getMaxZoom();
          zoomOut.disabled = map.getZoom() <= map.getMinZoom();
          const text = showsCity() ? strings.back : strings.wholeCity;
          toggle.textContent = text;
          toggle.title = text;
          toggle.setAttribute('aria-label', text);
        };
        map.on('zoomend', update);
        update();
        L.DomEvent.disableClickPropagation(box);
        return box;
      },
    });
    new Controls({ position: 'topleft' }).addTo(map);
    // Leaflet puts its controls after the map's panes; the buttons come first in the keyboard order.
    const corner = map.getContainer().querySelector('.leaflet-top.leaflet-left');
    if (corner) map.getContainer().prepend(corner);
  }

  /** Zooms in towards the map's subject while it is in view (elsewhere on the centre), or out. */
  private zoomBy(delta: number, target: Leaflet.LatLng) {
    const map = this.map!;
    const zoom = Math.min(map.getMaxZoom(), Math.max(map.getMinZoom(), map.getZoom() + delta));
    if (delta > 0 && map.getBounds().contains(target)) map.setZoomAround(target, zoom);
    else map.setZoom(zoom);
  }

  private popupOpened(popup: Leaflet.Popup) {
    const box = popup.getElement()!;
    box.querySelector('.leaflet-popup-close-button')?.setAttribute('aria-label', this.strings.close);
    if (this.contains(document.activeElement) && document.activeElement !== this.canvas) {
      box.querySelector<HTMLElement>('.map-popup a[href], .leaflet-popup-close-button')?.focus();
    }
  }

  /** Focus goes back to the marker when it was in the pop-up (or nowhere). */
  private popupClosed(popup: Leaflet.Popup, marker: Leaflet.CircleMarker) {
    const active = document.activeElement;
    if (!active || active === document.body || popup.getElement()?.contains(active))
      (marker.getElement() as SVGElement | undefined)?.focus();
  }

  /** Makes an SVG shape a named button that Enter and Space activate. */
  private focusable(el: SVGElement, name: string, activate: () => void) {
    el.setAttribute('tabindex', '0');
    el.setAttribute('role', 'button');
    el.setAttribute('aria-label', name);
    el.addEventListener(
      'keydown',
      (e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          activate();
        }
      },
      { signal: this.abort?.signal },
    );
  }

  /** Shows the groups the layer choices and the boundary mode call for, bottom to top. */
  private drawLayers() {
    const map = this.map;
    if (!map) return;
    const want = this.wantedGroups();
    const shown = [...this.groups]
      .filter(([name, g]) => name !== 'leaders' && name !== 'clusters' && map.hasLayer(g))
      .map(([name]) => name);
    if (shown.length === want.length && want.every((name) => shown.includes(name))) return;
    for (const name of shown) this.groups.get(name)!.remove();
    for (const name of want) this.groups.get(name)?.addTo(map);
  }

  /** The groups the layer choices and the boundary mode call for, bottom to top. */
  private wantedGroups(): string[] {
    const structure = this.config.variant === 'structure';
    return [
      ...this.config.zones.map((z) => z.id).filter((id) => this.layersOn.has(id)),
      ...(!structure || this.layersOn.has('axes') ? ['axes'] : []),
      ...(structure && this.layersOn.has('towns') ? ['towns'] : []),
      ...(this.mode === 'before2010' ? ['before2010'] : []),
    ];
  }

  /**
   * Spreads crowded markers apart and gathers big crowds into clusters for the current zoom, then
   * places the names clear of them and of each other.
   */
  private relayout() {
    const { map, L, renderers } = this;
    if (!map || !L || !renderers || !this.built) return;
    const shown = this.layersOn.has('places') ? this.places.filter((p) => p.visible) : [];
    const layout = layoutMarkers(
      shown.map((p) => ({ id: p.id, ...map.latLngToLayerPoint(p.at) })),
      SPACING,
      MAX_SPREAD,
    );
    const placed = new Map(layout.markers.map((m) => [m.id, m]));
    const leaders = this.groups.get('leaders')!.clearLayers();
    const clusters = this.groups.get('clusters')!.clearLayers();
    const obstacles: Box[] = [];
    for (const p of this.places) {
      const m = placed.get(p.id);
      (p.marker!.getElement() as SVGElement).classList.toggle('is-off', !m);
      if (!m) continue;
      obstacles.push(circleBox(m.x, m.y, PLACE.radius + PLACE.weight / 2));
      p.marker!.setLatLng(m.anchor ? map.layerPointToLatLng([m.x, m.y]) : p.at);
      if (m.anchor) {
        const style = { color: LEADER.stroke, weight: LEADER.weight, interactive: false, renderer: renderers.leaders };
        leaders.addLayer(L.polyline([p.at, p.marker!.getLatLng()], style));
        leaders.addLayer(
          L.circleMarker(p.at, {
            ...style,
            radius: LEADER.dot,
            stroke: false,
            fillColor: LEADER.stroke,
            fillOpacity: 1,
          }),
        );
      }
    }
    for (const c of layout.clusters) {
      obstacles.push(circleBox(c.x, c.y, CLUSTER.radius + CLUSTER.weight / 2));
      const at = map.layerPointToLatLng([c.x, c.y]);
      const members = this.places.filter((p) => c.ids.includes(p.id));
      const marker = L.circleMarker(at, {
        radius: CLUSTER.radius,
        color: CLUSTER.stroke,
        weight: CLUSTER.weight,
        fillColor: CLUSTER.fill,
        fillOpacity: 1,
        className: 'map-cluster',
        renderer: renderers.clusters,
      });
      marker.on('click', () => this.zoomTo(members));
      clusters.addLayer(marker);
      clusters.addLayer(
        L.marker(at, {
          icon: L.divIcon({ className: 'map-cluster-count', html: `<span>${c.ids.length}</span>`, iconSize: [0, 0] }),
          interactive: false,
          keyboard: false,
          pane: 'clusterLabels',
        }),
      );
      const el = marker.getElement() as SVGElement;
      this.focusable(
        el,
        fill(this.strings.cluster, {
          n: c.ids.length,
          names: joinList(
            members.map((p) => p.name),
            this.config.locale,
          ),
        }),
        () => {
          this.pendingFocus = members[0].id;
          this.zoomTo(members);
        },
      );
      el.dataset.ids = c.ids.join(' ');
    }
    if (this.groups.get('towns') && map.hasLayer(this.groups.get('towns')!))
      for (const t of this.towns) {
        const { x, y } = map.latLngToLayerPoint(t);
        obstacles.push(circleBox(x, y, TOWN.radius + TOWN.weight / 2));
      }
    this.placeNames(obstacles);
    this.highlight(this.highlightIds);
    if (this.pendingFocus) {
      const id = this.pendingFocus;
      this.pendingFocus = null;
      const target = this.places.find((p) => p.id === id)?.marker?.getElement() as SVGElement | undefined;
      if (target && !target.classList.contains('is-off')) target.focus();
      else this.canvas.querySelector<SVGElement>(`.map-cluster[data-ids~="${id}"]`)?.focus();
    }
  }

  /** Places the names on the map (see labelLayout.ts); a name with no free spot waits for another zoom. */
  private placeNames(obstacles: Box[]) {
    const map = this.map!;
    const active = this.labels.filter((l) => map.hasLayer(l.marker) && (!l.mode || l.mode === this.mode));
    const requests: LabelRequest[] = [];
    const spans = new Map<string, HTMLElement>();
    for (const [i, l] of active.entries()) {
      const icon = l.marker.getElement()!;
      const span = icon.firstElementChild as HTMLElement;
      icon.classList.remove('is-off');
      l.size ??= { width: span.offsetWidth, height: span.offsetHeight };
      const { x, y } = map.latLngToLayerPoint(l.marker.getLatLng());
      let offsets = l.offsets;
      if (l.area) {
        const a = map.latLngToLayerPoint(l.area.getNorthWest());
        const b = map.latLngToLayerPoint(l.area.getSouthEast());
        const reach = Math.min(b.x - a.x, b.y - a.y) / 2;
        offsets = offsets.filter((o) => o <= reach);
      }
      const sides = offsets.length ? l.sides : (['center'] as const);
      requests.push({ id: String(i), priority: l.priority, x, y, ...l.size, sides, offsets });
      spans.set(String(i), span);
    }
    // The buttons and the attribution sit over the map: names stay clear of them too.
    const frame = map.getContainer().getBoundingClientRect();
    const controls = [...map.getContainer().querySelectorAll('.leaflet-control')].map((el) => {
      const r = el.getBoundingClientRect();
      const { x, y } = map.containerPointToLayerPoint([r.left - frame.left, r.top - frame.top]);
      return { x, y, width: r.width, height: r.height };
    });
    const placed = placeLabels(requests, [...obstacles, ...controls], LABEL_GAP);
    for (const req of requests) {
      const at = placed.get(req.id);
      const span = spans.get(req.id)!;
      span.parentElement!.classList.toggle('is-off', !at);
      if (at) span.style.transform = `translate(${at.box.x - req.x}px, ${at.box.y - req.y}px)`;
    }
    for (const l of this.labels) if (!active.includes(l)) l.marker.getElement()?.classList.add('is-off');
  }

  private zoomTo(members: Place[]) {
    const map = this.map!;
    const bounds = this.L!.latLngBounds(members.map((p) => p.at));
    const zoom = Math.min(
      map.getMaxZoom(),
      Math.max(map.getZoom() + 1.5, map.getBoundsZoom(bounds, false, this.L!.point(80, 80))),
    );
    map.setView(bounds.getCenter(), zoom);
  }

  private popup(p: Place): HTMLElement {
    const box = document.createElement('div');
    box.className = 'map-popup';
    const title = document.createElement('p');
    title.className = 'map-popup-title';
    title.textContent = `${p.name} · ${p.item.dataset.districtName}`;
    box.append(
      title,
      p.item.querySelector('[data-milestone-list]')!.cloneNode(true),
      p.item.querySelector('[data-meta]')!.cloneNode(true),
    );
    return box;
  }

  // ---- talking to the timeline ----------------------------------------------------------------

  private hover(p: Place | null) {
    for (const q of this.places) q.item.classList.toggle('is-hovered', q === p);
    this.dispatchEvent(
      new CustomEvent('reform:highlight', { bubbles: true, detail: { ids: p ? p.milestones : [], source: 'map' } }),
    );
  }

  /**
   * Highlights the places of some milestones, and the clusters that hold them; also the place the
   * address points to (#place-…, where a search result leads), for as long as it does.
   */
  private highlight(ids: string[]) {
    this.highlightIds = ids;
    const target = hashTarget();
    const hit = new Set(
      this.places.filter((p) => p.item.id === target || p.milestones.some((m) => ids.includes(m))).map((p) => p.id),
    );
    for (const p of this.places) {
      p.item.classList.toggle('is-highlighted', hit.has(p.id));
      (p.marker?.getElement() as SVGElement | undefined)?.classList.toggle('is-highlighted', hit.has(p.id));
    }
    for (const el of this.canvas.querySelectorAll<SVGElement>('.map-cluster')) {
      el.classList.toggle(
        'is-highlighted',
        (el.dataset.ids ?? '').split(' ').some((id) => hit.has(id)),
      );
    }
  }
}

customElements.define('reform-map', ReformMap);
