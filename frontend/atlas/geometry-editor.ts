import L from './leaflet-global';
import type * as Leaflet from 'leaflet';
import 'leaflet/dist/leaflet.css';
import './atlas-map.css';
import { DEFAULT_BASE_MAP, createBaseMap, getJson, plainOutline } from './base-map';
import { MapLabels, escapeHtml } from './labels';
import type { BaseMap, Catalogue } from './style';

// <atlas-geometry-editor>: the curators' map for placing a point or drawing a route (the Java
// GeometryEditor). It draws on the explorer's offline base map and sends the server only the
// coordinates chosen, in a points-change event; the context layer it shows faintly comes over
// the HTTP API, like every map's data.

type Mode = 'point' | 'route';
/** What a points-change did: placed the point, moved one, inserted one on the line, added one at the end, removed one. */
type Change = 'place' | 'move' | 'insert' | 'add' | 'remove';
interface Feature { id: string; geometry: { type: string; coordinates: any }; properties: Record<string, any> }
interface Collection { features: Feature[] }

/** How far an arrow key moves a focused point or waypoint, in screen pixels (with Shift: one pixel). */
const NUDGE_PX = 10;
/** Arrow-key moves in a row reach the server as one change, this long after the last key. */
const NUDGE_SETTLE_MS = 400;
/** Coordinates go out rounded to 5 decimals (about a metre), finer than any location the atlas records. */
const DECIMALS = 5;
/** The most waypoints a route may have; the server (GeometryEditor.MAX_POINTS) refuses more. */
const MAX_POINTS = 500;
/** Web Mercator ends here: a point further north or south cannot be shown. */
const MAX_LATITUDE = 85;
/** The zoom a single point is first shown at: its town and its surroundings. */
const POINT_ZOOM = 7;
const CONTEXT_PANE = 'atlas-context';
const EDIT_PANE = 'atlas-edit';

/** "41.71510,44.82710;40.18720,44.51520": the points property and the event's value. */
export function encodePoints(points: Leaflet.LatLng[]): string {
  return points.map((p) => `${p.lat.toFixed(DECIMALS)},${p.lng.toFixed(DECIMALS)}`).join(';');
}

export function decodePoints(text: string | null | undefined): Leaflet.LatLng[] {
  if (!text) return [];
  return text.split(';').map((pair) => pair.split(',').map(Number))
    .filter(([lat, lon]) => Number.isFinite(lat) && Number.isFinite(lon))
    .map(([lat, lon]) => L.latLng(lat, lon));
}

/** A position the server accepts: longitude wrapped into -180..180, latitude within the map, rounded. */
function normalised(p: Leaflet.LatLng): Leaflet.LatLng {
  const w = p.wrap();
  const lat = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, w.lat));
  return L.latLng(+lat.toFixed(DECIMALS), +w.lng.toFixed(DECIMALS));
}

export class GeometryEditor extends HTMLElement {
  private modeValue: Mode = 'point';
  private vertices: Leaflet.LatLng[] = [];
  private namesValue: string[] = [];
  private readOnlyValue = false;
  private contextValue = '';
  private contextExceptValue = '';
  private map?: Leaflet.Map;
  private canvas?: HTMLElement;
  private hint?: HTMLElement;
  private resizeObserver?: ResizeObserver;
  private teardown?: number;
  private readonly outlines = L.geoJSON(undefined, { interactive: false });
  private readonly contextGroup = L.layerGroup();
  private readonly editGroup = L.layerGroup();
  private line?: Leaflet.Polyline;
  private hitLine?: Leaflet.Polyline;
  private casing?: Leaflet.Polyline;
  private markers: Leaflet.Marker[] = [];
  private catalogue?: Promise<Catalogue>;
  /** Set once a view was chosen (fitTo, or the first geometry shown): the map then never moves by itself. */
  private viewChosen = false;
  /** A fit asked for while the canvas had no size yet (a form not laid out): applied once it has one. */
  private pendingFit?: () => void;
  private nudge?: { index: number; timer: number };
  /** The waypoint to give the focus back to after a redraw (the keyboard user's place). */
  private refocus?: number;

  // Properties the server sets (GeometryEditor.java).
  set mode(value: string) {
    const mode: Mode = value === 'route' ? 'route' : 'point';
    if (mode === this.modeValue) return;
    this.modeValue = mode;
    this.draw();
  }
  get mode(): string { return this.modeValue; }

  /** The point (point mode: one or none) or the route's waypoints in order. */
  set points(value: string) {
    if (value === encodePoints(this.vertices)) return;
    this.vertices = decodePoints(value).slice(0, MAX_POINTS);
    this.draw();
    if (!this.viewChosen && this.vertices.length) this.fitToPoints();
  }
  get points(): string { return encodePoints(this.vertices); }

  /** Optional names of the waypoints (their towns), for their titles and popups. */
  set names(value: string[] | null) {
    this.namesValue = Array.isArray(value) ? value.map((n) => String(n ?? '')) : [];
    this.draw();
  }

  set readonly(value: boolean) {
    if (!!value === this.readOnlyValue) return;
    this.readOnlyValue = !!value;
    this.draw();
  }
  get readonly(): boolean { return this.readOnlyValue; }

  /** A layer id whose features are shown faintly under the edited geometry ('' = none). */
  set context(value: string) {
    if ((value ?? '') === this.contextValue) return;
    this.contextValue = value ?? '';
    void this.loadContext();
  }
  /** The feature being edited: left out of the context layer, so it is not shown twice. */
  set contextExcept(value: string) {
    if ((value ?? '') === this.contextExceptValue) return;
    this.contextExceptValue = value ?? '';
    void this.loadContext();
  }

  connectedCallback(): void {
    window.clearTimeout(this.teardown);
    if (!this.map) this.build();
  }

  disconnectedCallback(): void {
    // Vaadin may move the element (detach and attach in one go); one that stays off the page is freed.
    this.teardown = window.setTimeout(() => {
      if (!this.isConnected) this.destroy();
    }, 1000);
  }

  /** Shows this area, whatever the canvas size (the zoom at which it all shows). */
  fitTo(south: number, west: number, north: number, east: number): void {
    this.viewChosen = true;
    this.whenSized(() => this.map!.fitBounds(L.latLngBounds([south, west], [north, east]), { animate: false, maxZoom: 10 }));
  }

  /** Shows the point, or the whole route; with nothing to show, the default view stays. */
  fitToPoints(): void {
    if (!this.vertices.length) return;
    this.viewChosen = true;
    const points = [...this.vertices];
    this.whenSized(() => {
      if (points.length === 1) this.map!.setView(points[0], Math.max(this.map!.getZoom(), POINT_ZOOM), { animate: false });
      else this.map!.fitBounds(L.latLngBounds(points), { animate: false, padding: [30, 30], maxZoom: 9 });
    });
  }

  private whenSized(fit: () => void): void {
    if (this.map && this.canvas && this.canvas.clientWidth > 0 && this.canvas.clientHeight > 0) {
      this.pendingFit = undefined;
      fit();
    } else {
      this.pendingFit = fit;
    }
  }

  private build(): void {
    this.classList.add('atlas-map-host', 'atlas-geometry-host');
    const canvas = document.createElement('div');
    canvas.className = 'atlas-canvas';
    canvas.setAttribute('role', 'application');
    const hint = document.createElement('p');
    hint.className = 'atlas-geometry-hint';
    hint.id = `atlas-geometry-hint-${Math.random().toString(36).slice(2)}`;
    canvas.setAttribute('aria-describedby', hint.id);
    this.hint = hint;
    this.canvas = canvas;
    this.replaceChildren(canvas, hint);
    const map = createBaseMap(canvas);
    this.map = map;
    // The base map and the context arrive after the geometry is drawn: panes keep the edited
    // line above them (an SVG draws what came last on top), under the place names and markers.
    map.createPane(CONTEXT_PANE).style.zIndex = '410';
    map.createPane(EDIT_PANE).style.zIndex = '420';
    this.outlines.addTo(map);
    this.contextGroup.addTo(map);
    this.editGroup.addTo(map);
    const labels = new MapLabels(map, canvas, () => { });
    map.on('moveend', () => labels.schedule());
    // A click on the map places the point (route: adds a waypoint at the end); a click on the
    // route itself inserts a waypoint there (the line stops the click, see draw()).
    map.on('click', (e) => this.placeOrAdd((e as Leaflet.LeafletMouseEvent).latlng));
    // Enter on the map itself (not on a waypoint) does the same at the map's centre: the keyboard way.
    canvas.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && e.target === canvas) {
        e.preventDefault();
        this.placeOrAdd(map.getCenter());
      }
    });
    this.resizeObserver = new ResizeObserver(() => {
      if (canvas.clientWidth === 0 || canvas.clientHeight === 0) return;
      map.invalidateSize({ pan: false, animate: false });
      const fit = this.pendingFit;
      this.pendingFit = undefined;
      fit?.();
      labels.schedule();
    });
    this.resizeObserver.observe(canvas);
    this.draw();
    if (!this.viewChosen && this.vertices.length) this.fitToPoints();
    this.loadBaseMap(labels).catch((error: unknown) => {
      this.dataset.error = String(error);
      console.error('atlas-geometry-editor: loading the base map failed', error);
    });
  }

  private async loadBaseMap(labels: MapLabels): Promise<void> {
    this.catalogue ??= getJson<Catalogue>('api/v1/layers');
    const [boundaries, places, catalogue] = await Promise.all([
      getJson<Collection>('api/v1/boundaries'), getJson<Collection>('api/v1/places'), this.catalogue,
    ]);
    if (!this.map) return;
    const colours: BaseMap = catalogue.baseMap ?? DEFAULT_BASE_MAP;
    this.canvas!.style.background = colours.sea;
    this.outlines.addData(boundaries as unknown as GeoJSON.GeoJsonObject);
    this.outlines.eachLayer((l) => {
      const f = (l as Leaflet.GeoJSON).feature as unknown as Feature;
      (l as Leaflet.Path).setStyle(plainOutline(colours, f.properties.status));
    });
    labels.addCountries(boundaries.features);
    labels.addPlaces(places.features);
    labels.schedule();
    await this.loadContext();
    this.dataset.ready = 'true';
  }

  /** The context layer's features, faint and inert under the edited geometry. */
  private async loadContext(): Promise<void> {
    this.contextGroup.clearLayers();
    if (!this.map || !this.contextValue) return;
    const wanted = this.contextValue;
    this.catalogue ??= getJson<Catalogue>('api/v1/layers');
    const layer = (await this.catalogue).layers.find((l) => l.id === wanted);
    if (!layer) {
      console.warn(`atlas-geometry-editor: no layer ${wanted} for the context`);
      return;
    }
    const data = await getJson<Collection>(layer.mapHref);
    if (wanted !== this.contextValue || !this.map) return; // changed while on its way
    this.contextGroup.clearLayers();
    let drawn = 0;
    for (const f of data.features) {
      if (f.id === this.contextExceptValue || !f.geometry) continue;
      const name = escapeHtml(String(f.properties.name ?? f.id));
      if (f.geometry.type === 'Point') {
        const [lon, lat] = f.geometry.coordinates as number[];
        L.circleMarker([lat, lon], {
          radius: 4, color: '#555', weight: 1, opacity: 0.6, fillColor: '#777', fillOpacity: 0.45,
          interactive: false, className: 'atlas-context', pane: CONTEXT_PANE,
        }).addTo(this.contextGroup).bindTooltip(name);
        drawn++;
      } else if (f.geometry.type === 'MultiLineString' || f.geometry.type === 'LineString') {
        const lines = (f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.coordinates) as number[][][];
        L.polyline(lines.map((line) => line.map(([lon, lat]) => L.latLng(lat, lon))), {
          color: '#666', weight: 2, opacity: 0.45, interactive: false, className: 'atlas-context', pane: CONTEXT_PANE,
        }).addTo(this.contextGroup);
        drawn++;
      }
    }
    this.dataset.context = String(drawn);
  }

  private destroy(): void {
    this.resizeObserver?.disconnect();
    window.clearTimeout(this.nudge?.timer);
    this.map?.remove();
    this.map = undefined;
    this.markers = [];
    this.viewChosen = false;
    this.outlines.clearLayers();
  }

  private placeOrAdd(at: Leaflet.LatLng): void {
    if (this.readOnlyValue) return;
    if (this.modeValue === 'point') {
      this.vertices = [normalised(at)];
      this.commit('place', 0);
    } else if (this.vertices.length < MAX_POINTS) {
      this.vertices = [...this.vertices, normalised(at)];
      this.namesValue = [...this.namesValue.slice(0, this.vertices.length - 1)];
      this.commit('add', this.vertices.length - 1);
    }
  }

  /** A click on the route: a new waypoint on the line, between the two it falls between. */
  private insertOnLine(at: Leaflet.LatLng): void {
    if (this.readOnlyValue || this.vertices.length >= MAX_POINTS || this.vertices.length < 2) return;
    const map = this.map!;
    const p = map.latLngToLayerPoint(at);
    let best = 1;
    let bestDistance = Infinity;
    for (let i = 1; i < this.vertices.length; i++) {
      const d = L.LineUtil.pointToSegmentDistance(p, map.latLngToLayerPoint(this.vertices[i - 1]), map.latLngToLayerPoint(this.vertices[i]));
      if (d < bestDistance) {
        bestDistance = d;
        best = i;
      }
    }
    // On the line itself, not a pixel beside it where the pointer was.
    const on = L.LineUtil.closestPointOnSegment(p, map.latLngToLayerPoint(this.vertices[best - 1]), map.latLngToLayerPoint(this.vertices[best]));
    this.vertices = [...this.vertices.slice(0, best), normalised(map.layerPointToLatLng(on)), ...this.vertices.slice(best)];
    this.namesValue = [...this.namesValue.slice(0, best), '', ...this.namesValue.slice(best)];
    this.commit('insert', best);
  }

  private removeVertex(index: number): void {
    if (this.readOnlyValue || this.modeValue !== 'route') return;
    this.map?.closePopup();
    this.vertices = this.vertices.filter((_, i) => i !== index);
    this.namesValue = this.namesValue.filter((_, i) => i !== index);
    this.refocus = this.vertices.length ? Math.min(index, this.vertices.length - 1) : undefined;
    this.commit('remove', index);
  }

  /** Tells the server (points-change) and redraws. */
  private commit(change: Change, index: number): void {
    this.dispatchEvent(new CustomEvent('points-change', {
      detail: { points: encodePoints(this.vertices), change, index }, bubbles: true,
    }));
    this.draw();
  }

  private describe(i: number): string {
    if (this.modeValue === 'point') return 'The point: drag it, or move it with the arrow keys';
    const name = this.namesValue[i] ? `: ${this.namesValue[i]}` : '';
    return `Waypoint ${i + 1} of ${this.vertices.length}${name}`;
  }

  private draw(): void {
    if (!this.map) return;
    const focused = this.markers.findIndex((m) => m.getElement() === document.activeElement);
    const refocus = this.refocus ?? (focused >= 0 ? focused : undefined);
    this.refocus = undefined;
    this.editGroup.clearLayers();
    this.markers = [];
    this.line = undefined;
    this.hitLine = undefined;
    this.casing = undefined;
    const route = this.modeValue === 'route';
    const editable = !this.readOnlyValue;
    this.hint!.textContent = !editable ? ''
      : route ? 'Click the map to add a waypoint at the end, click the line to insert one; drag a waypoint to move it. '
        + 'On a focused waypoint: arrow keys move it, Delete removes it, Enter opens its menu.'
        : 'Click the map to place the point, drag it to move it; on the focused point the arrow keys move it. '
          + 'Enter on the map places it at the centre.';
    this.canvas!.setAttribute('aria-label', route ? 'Map: the route being edited' : 'Map: the point being edited');
    if (route) {
      // Dark blue on a white casing: it stands out from the grey context lines and every fill.
      this.casing = L.polyline(this.vertices, { color: '#ffffff', weight: 7, opacity: 0.9, interactive: false, pane: EDIT_PANE }).addTo(this.editGroup);
      this.line = L.polyline(this.vertices, { color: '#0050b3', weight: 4, opacity: 1, interactive: false, className: 'atlas-edit-line', pane: EDIT_PANE })
        .addTo(this.editGroup);
      // A wide transparent twin takes the clicks, so the line need not be hit to the pixel.
      this.hitLine = L.polyline(this.vertices, {
        color: '#0050b3', weight: 18, opacity: 0, interactive: editable, bubblingMouseEvents: false, className: 'atlas-edit-line-hit', pane: EDIT_PANE,
      }).addTo(this.editGroup);
      this.hitLine.on('click', (e) => this.insertOnLine((e as Leaflet.LeafletMouseEvent).latlng));
    }
    this.vertices.forEach((point, i) => {
      const size = route ? 16 : 26;
      const marker = L.marker(point, {
        icon: L.divIcon({
          className: route ? 'atlas-vertex' : 'atlas-edit-point',
          html: route ? '' : '<svg viewBox="0 0 26 26" width="26" height="26" aria-hidden="true">'
            + '<circle cx="13" cy="13" r="10" fill="#0050b3" fill-opacity=".25" stroke="#0050b3" stroke-width="2.5"/>'
            + '<path d="M13 4v18M4 13h18" stroke="#0050b3" stroke-width="1.5"/></svg>',
          iconSize: [size, size],
        }),
        draggable: editable,
        keyboard: true,
        title: this.describe(i),
        autoPan: true,
      });
      marker.on('drag', () => {
        const moved = this.vertices.map((p, j) => (j === i ? marker.getLatLng() : p));
        for (const l of [this.casing, this.line, this.hitLine]) l?.setLatLngs(moved);
      });
      marker.on('dragend', () => {
        this.vertices = this.vertices.map((p, j) => (j === i ? normalised(marker.getLatLng()) : p));
        this.commit('move', i);
      });
      if (route && editable) marker.bindPopup(() => this.vertexMenu(i), { autoPan: true });
      marker.on('add', () => {
        const element = marker.getElement()!;
        element.setAttribute('aria-label', this.describe(i));
        element.dataset.index = String(i);
        element.addEventListener('keydown', (e) => this.onMarkerKey(e, i, marker));
        element.addEventListener('blur', () => this.settleNudge());
      });
      marker.addTo(this.editGroup);
      this.markers.push(marker);
    });
    this.dataset.points = String(this.vertices.length);
    if (refocus !== undefined) this.markers[refocus]?.getElement()?.focus();
  }

  /** A waypoint's popup: what it is, and its remove button. */
  private vertexMenu(i: number): HTMLElement {
    const menu = document.createElement('div');
    menu.className = 'atlas-vertex-menu';
    const what = document.createElement('p');
    what.textContent = this.describe(i);
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.className = 'atlas-vertex-remove';
    remove.textContent = 'Remove waypoint';
    remove.addEventListener('click', (e) => {
      e.stopPropagation();
      this.removeVertex(i);
    });
    menu.append(what, remove);
    queueMicrotask(() => remove.focus());
    return menu;
  }

  private onMarkerKey(e: KeyboardEvent, i: number, marker: Leaflet.Marker): void {
    if (this.readOnlyValue) return;
    const step = e.shiftKey ? 1 : NUDGE_PX;
    const move = ({ ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] } as Record<string, number[]>)[e.key];
    if (move) {
      // The page and the map must not scroll or pan: the key moves the point.
      e.preventDefault();
      e.stopPropagation();
      const map = this.map!;
      const at = map.latLngToContainerPoint(marker.getLatLng()).add(L.point(move[0], move[1]));
      const moved = normalised(map.containerPointToLatLng(at));
      marker.setLatLng(moved);
      this.vertices = this.vertices.map((p, j) => (j === i ? moved : p));
      for (const l of [this.casing, this.line, this.hitLine]) l?.setLatLngs(this.vertices);
      if (this.nudge && this.nudge.index !== i) this.settleNudge();
      window.clearTimeout(this.nudge?.timer);
      this.nudge = { index: i, timer: window.setTimeout(() => this.settleNudge(), NUDGE_SETTLE_MS) };
    } else if ((e.key === 'Delete' || e.key === 'Backspace') && this.modeValue === 'route') {
      e.preventDefault();
      e.stopPropagation();
      this.settleNudge();
      this.removeVertex(i);
    }
  }

  /** The arrow-key moves so far reach the server as one move. */
  private settleNudge(): void {
    const nudge = this.nudge;
    if (!nudge) return;
    window.clearTimeout(nudge.timer);
    this.nudge = undefined;
    this.commit('move', nudge.index);
  }
}

customElements.define('atlas-geometry-editor', GeometryEditor);
