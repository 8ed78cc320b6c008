// <reform-map>: draws the server-rendered list of places as a Leaflet map. Leaflet and the boundary data
// load only when the map first scrolls into view. No tile server is contacted unless the reader
// switches on the OpenStreetMap background.
//
// With a timeline on the same page it listens to `reform:highlight` (highlights the places of the
// milestones the timeline points at) and `reform:view` (the boundaries follow the visible years), and
// sends `reform:highlight` {ids, source: 'map'} when a place is hovered or focused.
import type * as Leaflet from 'leaflet';
import type { Position } from '../../lib/map/geometry.ts';
import { decodeShapes, type ShapesFile } from '../../lib/map/mapShapes.ts';
import {
  followTimeline,
  layoutMarkers,
  matchesFilter,
  NO_FILTER,
  type BoundaryMode,
  type PlaceFilter,
} from '../../lib/map/mapState.ts';
import { PLAN_LAYERS } from '../../lib/map/planStructure.ts';
import {
  BASE,
  CLUSTER,
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

const OSM_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
const OSM_ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';
const ZONE_ORDER = ['central', 'eco', 'subcentre', 'core'] as const;

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

/** Lets the browser handle input between the stages of building a map, so no task blocks for long. */
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
class ReformMap extends HTMLElement {
  private strings: Record<string, string> = {};
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
  private base: Leaflet.Polygon[] = [];
  private tiles?: Leaflet.TileLayer;
  private pendingFocus: string | null = null;
  private renderers:
    Record<'districts' | 'zones' | 'lines' | 'leaders' | 'places' | 'clusters', Leaflet.Renderer> | undefined;

  connectedCallback() {
    this.strings = JSON.parse(this.dataset.strings ?? '{}');
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
        name: item.querySelector('[data-name]')!.textContent!,
        item,
        visible: true,
      };
    });
    // The reader has JavaScript: the controls, which kept their place while hidden, appear, and the
    // map replaces the note inside its frame, so nothing moves.
    this.form.classList.remove('is-pending');
    this.querySelector('[data-nojs]')?.remove();
    for (const input of this.querySelectorAll<HTMLInputElement>('input[data-js]')) input.classList.remove('is-pending');
    this.layersOn = new Set([
      'places',
      ...[...this.querySelectorAll<HTMLInputElement>('input[name=layer]:checked')].map((i) => i.value),
    ]);

    this.form.addEventListener('submit', (e) => e.preventDefault());
    this.form.addEventListener('reset', () => setTimeout(() => this.readForm()));
    this.addEventListener('change', (e) => {
      const input = e.target as HTMLInputElement;
      if (input.name === 'layer') {
        if (input.checked) this.layersOn.add(input.value);
        else this.layersOn.delete(input.value);
        this.drawLayers();
        this.relayout();
      } else this.readForm();
    });
    for (const p of this.places) {
      p.item.addEventListener('mouseenter', () => this.hover(p));
      p.item.addEventListener('mouseleave', () => this.hover(null));
      p.item.addEventListener('focusin', () => this.hover(p));
      p.item.addEventListener('focusout', () => this.hover(null));
    }
    addEventListener('hashchange', () => this.highlight(this.highlightIds));
    document.addEventListener('reform:highlight', (e) => {
      const { ids, source } = (e as CustomEvent<{ ids: string[]; source?: string }>).detail;
      if (source !== 'map') this.highlight(ids);
    });
    document.addEventListener('reform:view', (e) => {
      const { from, to } = (e as CustomEvent<{ from: number; to: number }>).detail;
      const next = followTimeline(this.timelineMode, from, to);
      this.timelineMode = next.remember;
      const note = this.querySelector<HTMLElement>('[data-following]')!;
      note.hidden = false;
      note.textContent = fill(this.strings.following, { year: Math.round((from + to) / 2) });
      if (next.apply) {
        this.form.querySelector<HTMLInputElement>(`input[name=boundary][value=${next.apply}]`)!.checked = true;
        this.setMode(next.apply);
      }
    });
    this.readForm();
    const io = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        io.disconnect();
        // Without the shapes (offline and never saved) the list of places still reads.
        this.load().catch(() => this.canvas.setAttribute('data-failed', ''));
      }
    });
    io.observe(this.canvas);
  }

  // ---- controls -------------------------------------------------------------------------------

  private readForm() {
    const data = new FormData(this.form);
    const value = (name: string) => (data.get(name) as string | null) || null;
    this.filter = { district: value('district'), era: value('era'), theme: value('theme') };
    this.setMode((value('boundary') as BoundaryMode | null) ?? 'since2010');
    this.setTiles(data.has('tiles'));
    let shown = 0;
    for (const p of this.places) {
      p.visible = matchesFilter(p, this.filter);
      p.item.hidden = !p.visible;
      if (p.visible) shown++;
    }
    for (const group of this.querySelectorAll<HTMLElement>('[data-group]'))
      group.hidden = !group.querySelector('[data-place]:not([hidden])');
    this.querySelector('[data-count]')!.textContent = fill(this.strings.count, { n: shown, total: this.places.length });
    this.relayout();
  }

  private setMode(mode: BoundaryMode) {
    this.mode = mode;
    this.classList.toggle('is-before-2010', mode === 'before2010');
    this.drawLayers();
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

  private async load() {
    const [L, file] = await Promise.all([
      import('leaflet/dist/leaflet-src.esm.js') as Promise<LeafletModule>,
      fetch(this.dataset.shapes!).then((r) => r.json() as Promise<ShapesFile>),
    ]);
    this.L = L;
    const shapes = decodeShapes(file);
    const locale = this.dataset.locale as 'zh' | 'en';
    const focus = this.dataset.focus ?? '';
    const colors = new Map(list(this.dataset.colors).map((pair) => pair.split(':') as [string, string]));
    const map = (this.map = L.map(this.canvas, {
      zoomControl: false,
      scrollWheelZoom: false,
      zoomSnap: 0.25,
      minZoom: 7,
      maxZoom: 17,
    }));
    L.control.zoom({ zoomInTitle: this.strings.zoomIn, zoomOutTitle: this.strings.zoomOut }).addTo(map);
    map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
    map.attributionControl.addAttribution(
      `<a href="${esc(shapes.attribution.url)}">${esc(shapes.attribution.text[locale])}</a>`,
    );
    const pane = (name: string, z: number) => {
      map.createPane(name).style.zIndex = String(z);
      return L.svg({ pane: name, padding: 0.5 });
    };
    const r = (this.renderers = {
      districts: pane('districts', 250),
      zones: pane('zones', 300),
      lines: pane('lines', 350),
      leaders: pane('leaders', 380),
      places: pane('places', 450),
      clusters: pane('clusters', 460),
    });
    map.createPane('labels').style.zIndex = '370';
    map.createPane('clusterLabels').style.zIndex = '470';
    for (const p of ['labels', 'clusterLabels']) map.getPane(p)!.setAttribute('aria-hidden', 'true');

    const districtOf = new Map(shapes.districts.map((d) => [d.id, d]));
    const polygon = (ids: readonly string[], style: Leaflet.PathOptions, renderer: Leaflet.Renderer) =>
      L.polygon(
        ids.flatMap((id) => districtOf.get(id)!.polygons.map((ring) => [ring.map(ll)])),
        { ...style, renderer },
      );
    const lines = (paths: Position[][], style: LineStyle) =>
      L.polyline(
        paths.map((p) => p.map(ll)),
        { ...pathStyle(style, false), renderer: r.lines },
      );
    const label = (at: Position, text: string, cls: string) =>
      L.marker(ll(at), {
        icon: L.divIcon({ className: `map-label ${cls}`, html: `<span>${esc(text)}</span>`, iconSize: [0, 0] }),
        interactive: false,
        keyboard: false,
        pane: 'labels',
      });
    const group = (name: string, layers: Leaflet.Layer[]) => this.groups.set(name, L.layerGroup(layers));

    // The view first: Leaflet adds layers only to a map that has one.
    const cityBounds = L.latLngBounds(shapes.districts.flatMap((d) => d.polygons.flat().map(ll)));
    map.setMaxBounds(cityBounds.pad(0.35));
    map.fitBounds(focus && focus !== 'beijing' ? polygon([focus], {}, r.districts).getBounds() : cityBounds, {
      padding: [12, 12],
    });

    // Districts, white on the grey surroundings, with their names.
    this.base = shapes.districts.map((d) =>
      polygon(
        [d.id],
        { ...pathStyle(BASE.district, false), fill: true, fillColor: BASE.district.fill, fillOpacity: 1 },
        r.districts,
      ).addTo(map),
    );
    const short = (name: { zh: string; en: string }) => (locale === 'zh' ? name.zh : name.en.replace(/ District$/, ''));
    for (const d of shapes.districts) {
      const small = ['dongcheng', 'xicheng', 'shijingshan'].includes(d.id);
      const core = d.id === 'dongcheng' || d.id === 'xicheng';
      label(d.label, short(d.name), `${small ? 'map-label--small' : ''} ${core ? 'map-label--since' : ''}`).addTo(map);
    }
    if (focus && focus !== 'beijing') {
      const color = colors.get(focus)!;
      polygon(
        [focus],
        { color, weight: BASE.focusWeight, fillColor: color, fillOpacity: BASE.focusOpacity, interactive: false },
        r.zones,
      ).addTo(map);
    }

    await pause();

    // Context: the old inner city, the axes (a layer of their own on the structure map).
    lines([shapes.lines.get('inner-city')!], LINES.innerCity).addTo(map);
    const axes = [
      lines([shapes.lines.get('axis')!], LINES.axis),
      lines([shapes.lines.get('axis-north')!, shapes.lines.get('axis-south')!], LINES.axisExtension),
      lines([shapes.lines.get('changan')!], LINES.changan),
      label([116.3905, 39.962], this.strings.axis, 'map-label--line map-label--small'),
      label([116.352, 39.9085], this.strings.changan, 'map-label--line map-label--small'),
    ];
    group('axes', axes);
    // Before 2010: the wall line as a boundary, and the four old districts' names.
    group('before2010', [
      lines([shapes.lines.get('before-2010-xicheng')!, shapes.lines.get('before-2010-dongcheng')!], LINES.before2010),
      ...shapes.points
        .filter((p) => !p.id.endsWith('new-town'))
        .map((p) => label(p.at, p.name[locale], 'map-label--small map-label--before')),
      label([116.3795, 39.8962], this.strings.before2010, 'map-label--line map-label--small map-label--before'),
    ]);

    if (this.dataset.variant === 'structure') {
      for (const layer of PLAN_LAYERS) {
        if (layer.id === 'axes' || layer.id === 'towns') continue;
        const style = ZONES[layer.id as keyof typeof ZONES];
        const layers: Leaflet.Layer[] = [
          polygon(layer.districts, pathStyle(style, true), r.zones),
          lines(shapes.outline(layer.districts), style),
        ];
        for (const id of layer.partly ?? [])
          layers.push(
            polygon([id], pathStyle(ZONES.ecoPartly, true), r.zones),
            lines(shapes.outline([id]), ZONES.ecoPartly),
          );
        group(layer.id, layers);
      }
      group(
        'towns',
        shapes.points
          .filter((p) => p.id.endsWith('new-town'))
          .flatMap((p) => [
            L.circleMarker(ll(p.at), {
              renderer: r.lines,
              radius: TOWN.radius,
              color: TOWN.stroke,
              weight: TOWN.weight,
              fillColor: TOWN.fill,
              fillOpacity: 1,
              interactive: false,
            }),
            label(p.at, p.name[locale], `map-label--town map-label--${p.side ?? 'right'}`),
          ]),
      );
    }

    await pause();

    // Places: one focusable circle each, named, with a pop-up listing its milestones.
    for (const p of this.places) {
      const marker = L.circleMarker(p.at, {
        renderer: r.places,
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
        .addTo(map);
      const el = marker.getElement() as SVGElement;
      const n = p.milestones.length;
      const name = fill(n ? this.strings.markerSome : this.strings.markerNone, {
        name: p.name,
        district: p.item.dataset.districtName!,
        n,
      });
      this.focusable(el, name, () => marker.openPopup());
      el.dataset.place = p.id;
      el.addEventListener('focus', () => this.hover(p));
      el.addEventListener('blur', () => this.hover(null));
      p.marker = marker;
    }
    group('leaders', []);
    group('clusters', []);
    this.groups.get('leaders')!.addTo(map);
    this.groups.get('clusters')!.addTo(map);

    map.on('popupopen', (e) => {
      const box = e.popup.getElement()!;
      box.querySelector('.leaflet-popup-close-button')?.setAttribute('aria-label', this.strings.close);
      if (this.contains(document.activeElement) && document.activeElement !== this.canvas) {
        box.querySelector<HTMLElement>('.map-popup a[href], .leaflet-popup-close-button')?.focus();
      }
    });
    map.on('popupclose', (e) => {
      if (
        !document.activeElement ||
        document.activeElement === document.body ||
        e.popup.getElement()?.contains(document.activeElement)
      ) {
        ((e.popup as unknown as { _source?: Leaflet.Path })._source?.getElement() as SVGElement | undefined)?.focus();
      }
    });
    // Keys on a marker or in a pop-up: Leaflet's own keyboard handler only works on the map itself.
    this.canvas.addEventListener('keydown', (e) => {
      if (e.target === this.canvas || e.altKey || e.ctrlKey || e.metaKey) return;
      const onMarker = (e.target as Element).closest('.map-marker, .map-cluster');
      const step = e.shiftKey ? 240 : 80;
      const pan: Record<string, [number, number]> = {
        ArrowLeft: [-step, 0],
        ArrowRight: [step, 0],
        ArrowUp: [0, -step],
        ArrowDown: [0, step],
      };
      if (e.key === 'Escape') map.closePopup();
      else if (onMarker && pan[e.key]) map.panBy(pan[e.key]);
      else if (onMarker && (e.key === '+' || e.key === '=')) map.zoomIn();
      else if (onMarker && (e.key === '-' || e.key === '_')) map.zoomOut();
      else return;
      e.preventDefault();
    });

    const onZoom = () => {
      this.canvas.classList.toggle('map-zoom-low', map.getZoom() < 10.5);
      this.canvas.classList.toggle('map-zoom-tiny', map.getZoom() < 8.25);
      this.dataset.zoom = String(map.getZoom());
    };
    map.on('zoomend', () => {
      onZoom();
      this.relayout();
    });
    onZoom();
    this.drawLayers();
    this.readForm();
    this.highlight(this.highlightIds);
    this.dataset.ready = '';
  }

  /** Makes an SVG shape a named button that Enter and Space activate. */
  private focusable(el: SVGElement, name: string, activate: () => void) {
    el.setAttribute('tabindex', '0');
    el.setAttribute('role', 'button');
    el.setAttribute('aria-label', name);
    el.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        activate();
      }
    });
  }

  /** Shows the groups the layer choices and the boundary mode call for, bottom to top. */
  private drawLayers() {
    const map = this.map;
    if (!map) return;
    const structure = this.dataset.variant === 'structure';
    const want = new Set<string>([
      ...ZONE_ORDER.filter((id) => structure && this.layersOn.has(id)),
      ...(!structure || this.layersOn.has('axes') ? ['axes'] : []),
      ...(structure && this.layersOn.has('towns') ? ['towns'] : []),
      ...(this.mode === 'before2010' ? ['before2010'] : []),
    ]);
    for (const [name, g] of this.groups) if (name !== 'leaders' && name !== 'clusters') g.remove();
    for (const name of want) this.groups.get(name)?.addTo(map);
  }

  /** Spreads crowded markers apart and gathers big crowds into clusters, for the current zoom. */
  private relayout() {
    const { map, L } = this;
    if (!map || !L) return;
    const shown = this.layersOn.has('places') ? this.places.filter((p) => p.visible) : [];
    const layout = layoutMarkers(
      shown.map((p) => ({ id: p.id, ...map.latLngToLayerPoint(p.at) })),
      SPACING,
      MAX_SPREAD,
    );
    const placed = new Map(layout.markers.map((m) => [m.id, m]));
    const leaders = this.groups.get('leaders')!.clearLayers();
    const clusters = this.groups.get('clusters')!.clearLayers();
    for (const p of this.places) {
      const m = placed.get(p.id);
      (p.marker!.getElement() as SVGElement).classList.toggle('is-off', !m);
      if (!m) continue;
      p.marker!.setLatLng(m.anchor ? map.layerPointToLatLng([m.x, m.y]) : p.at);
      if (m.anchor) {
        const renderer = this.renderers!.leaders;
        leaders.addLayer(
          L.polyline([p.at, p.marker!.getLatLng()], { color: '#55585e', weight: 1.5, interactive: false, renderer }),
        );
        leaders.addLayer(
          L.circleMarker(p.at, {
            radius: 2.5,
            stroke: false,
            fillColor: '#55585e',
            fillOpacity: 1,
            interactive: false,
            renderer,
          }),
        );
      }
    }
    for (const c of layout.clusters) {
      const at = map.layerPointToLatLng([c.x, c.y]);
      const members = this.places.filter((p) => c.ids.includes(p.id));
      const marker = L.circleMarker(at, {
        radius: CLUSTER.radius,
        color: CLUSTER.stroke,
        weight: CLUSTER.weight,
        fillColor: CLUSTER.fill,
        fillOpacity: 1,
        className: 'map-cluster',
        renderer: this.renderers!.clusters,
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
          names: members.map((p) => p.name).join(this.dataset.locale === 'zh' ? '、' : ', '),
        }),
        () => {
          this.pendingFocus = members[0].id;
          this.zoomTo(members);
        },
      );
      el.dataset.ids = c.ids.join(' ');
    }
    this.highlight(this.highlightIds);
    if (this.pendingFocus) {
      const id = this.pendingFocus;
      this.pendingFocus = null;
      const target = this.places.find((p) => p.id === id)?.marker?.getElement() as SVGElement | undefined;
      if (target && !target.classList.contains('is-off')) target.focus();
      else this.canvas.querySelector<SVGElement>(`.map-cluster[data-ids~="${id}"]`)?.focus();
    }
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
    // Place anchors are ASCII slugs: compared as written, the fragment needs no decoding (which could throw).
    const target = location.hash.slice(1);
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
