import L from './leaflet-global';
import type * as Leaflet from 'leaflet';
import 'leaflet.markercluster';
import 'leaflet/dist/leaflet.css';
import 'leaflet.markercluster/dist/MarkerCluster.css';
import 'leaflet.markercluster/dist/MarkerCluster.Default.css';
import './atlas-map.css';
import { firstDay, lastDay, latest, toDayNumber, today, within } from './dates';
import { AtlasControls, GradeScale, WIDE_SCREEN } from './controls';
import { clusterIcon } from './clusters';
import { CORRIDOR_LABEL_ZOOM, MapLabels, RANK, SITE_LABEL_ZOOM, escapeHtml, lineLabelPoint } from './labels';
import { InUse, legendHtml, note, rowsOf } from './legend';
import { OwnedLine, sideBySide } from './offsets';
import { Timeline } from './timeline';
import { belowGrade, type MapState } from './map-state';
import { CASING_COLOR, needsCasing } from './symbols';
import { DEFAULT_BASE_MAP, createBaseMap, getJson, plainOutline } from './base-map';
import { BaseMap, Catalogue, LayerInfo, Symbol, labelOf, markerSvg, resolveSymbol, symbolKey } from './style';

type Props = Record<string, any>;
interface Feature { id: string; geometry: any; properties: Props }
interface Collection { features: Feature[] }

const START = '2008-01-01';
/** The hatching for areas whose drawing description says "hatch" (an SVG pattern, see addHatchPattern). */
const HATCH_PATTERN = 'atlas-no-stance';
/** The phone layout (atlas-map.css): the map first, the controls and the legend in a drawer. */
const PHONE = '(max-width: 600px)';
/** How faint a fact below the chosen grade is drawn (when it is not hidden). */
const LOW_CONFIDENCE_OPACITY = 0.3;

/**
 * The map: Leaflet with the bundled outlines as its base map and the four layers on top. Layer
 * data comes from the HTTP API once, with every feature's dated history; the date, the layer
 * toggles and the organisation filter are applied here, so nothing waits on the server.
 *
 * The controller draws into a host element and can move to another one: the explorer's map
 * starts drawing in a stand-in (map-preview.ts) while Vaadin is still connecting, and the
 * <atlas-map> element Vaadin creates then takes the drawn map over (atlas-map.ts).
 */
export class MapController {
  private static preview?: MapController;
  /** Maps built and not yet destroyed, shown on <html data-atlas-maps> (a leak would show there). */
  private static live = 0;
  private resizeObserver?: ResizeObserver;
  private destroyed = false;
  private host?: HTMLElement;
  /** Called once the map drawn in a stand-in has moved to its real element (the stand-in can go). */
  private movedOut?: () => void;
  private map?: Leaflet.Map;
  private controls?: AtlasControls;
  private canvas?: HTMLElement;
  private baseLayer = L.geoJSON(undefined);
  private tiles?: Leaflet.TileLayer;
  /** Per layer id: where its features are drawn (a cluster group for clustered point layers). */
  private groups = new Map<string, Leaflet.LayerGroup>();
  private dateLabel?: HTMLElement;
  private labels?: MapLabels;
  /** The legend's rows in use, gathered while drawing. */
  private inUse: InUse = new Map();
  private legendControl?: Leaflet.Control;
  private legendMoved = false;
  private legendPanel?: HTMLElement;
  private timeline?: Timeline;
  /** Emphasised points of clustered layers, drawn on their own (see renderPoints). */
  private unclustered = L.layerGroup();
  private data = new Map<string, Feature[]>();
  private catalogue?: Catalogue;
  private baseMap: BaseMap = DEFAULT_BASE_MAP;
  private rendered = false;
  private renderPending = false;
  /** A fly-to asked for before the data arrived (a permalink with a selection and no view). */
  private pendingFly?: [string, string];
  private state: MapState = {
    asOf: today(),
    layers: new Set<string>(),
    organisation: '',
    selected: '',
    highlight: new Set<string>(),
    presentation: false,
    showEnded: true,
    onlineTiles: false,
    grade: '',
    below: 'faint',
    knownOn: '',
  };
  /** The grades, best first (GET /api/v1/grades); a fact is "below" a grade by its place here. */
  private grades?: GradeScale;

  /** Starts drawing in a stand-in host; the next controller asked for (takePreview) is this one. */
  static startPreview(host: HTMLElement, change: Partial<MapState>, view: number[] | null,
    movedOut: () => void): void {
    const controller = new MapController();
    controller.update(change);
    controller.attach(host);
    if (view?.length === 7) controller.fitView(view[3], view[4], view[5], view[6], false);
    else if (view) controller.setView(view[0], view[1], view[2]);
    controller.movedOut = movedOut;
    MapController.preview = controller;
  }

  /** The map drawn early, once: whoever takes it attaches it to its own element. */
  static takePreview(): MapController | undefined {
    const preview = MapController.preview;
    MapController.preview = undefined;
    return preview;
  }

  /** Frees a preview nobody took (the page turned out not to be the explorer). */
  static dropPreview(): void {
    MapController.preview?.destroy();
    MapController.preview = undefined;
  }

  /** Draws into this host: builds the map the first time, moves the drawn map after that. */
  attach(host: HTMLElement): void {
    if (host === this.host) {
      this.fitCanvas();
      return;
    }
    const previous = this.host;
    this.host = host;
    host.classList.add('atlas-map-host');
    host.classList.toggle('atlas-presenting', this.state.presentation);
    if (!this.map) {
      this.build(host);
      return;
    }
    Object.assign(host.dataset, previous?.dataset);
    host.append(this.controls!.toolbar, this.controls!.timebar, this.canvas!);
    this.fitCanvas();
    this.placeLegend();
    this.labels?.schedule();
    this.movedOut?.();
    this.movedOut = undefined;
  }

  /**
   * Keeps Leaflet's idea of the canvas size (and so the centre the URL names) in step with the
   * real one. A canvas in transit between hosts, or in a host not laid out yet, measures 0 × 0:
   * Leaflet would recentre on its corner, so that size is not passed on.
   */
  private fitCanvas(): void {
    if (this.map && this.canvas && this.canvas.clientWidth > 0 && this.canvas.clientHeight > 0) {
      this.map.invalidateSize({ pan: true, animate: false });
    }
  }

  get current(): Readonly<MapState> {
    return this.state;
  }

  get isDestroyed(): boolean {
    return this.destroyed;
  }

  /**
   * Frees the map once its element has left the page for good: Leaflet's listeners on the window
   * and the resize observer would otherwise keep the map, with all its layer data, alive.
   */
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.controls?.stop();
    this.timeline?.destroy();
    this.resizeObserver?.disconnect();
    document.removeEventListener('keydown', this.onKeydown);
    if (this.map) {
      this.map.remove();
      MapController.count(-1);
    }
    this.map = undefined;
    this.data.clear();
  }

  private static count(change: number): void {
    MapController.live += change;
    document.documentElement.dataset.atlasMaps = String(MapController.live);
  }

  private readonly onKeydown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      this.controls?.stop();
      this.controls?.openDrawer(false);
    }
  };

  private build(host: HTMLElement): void {
    // Escape stops Play wherever the focus is: in the search box, the side panel or the map.
    document.addEventListener('keydown', this.onKeydown);
    this.controls = new AtlasControls(START, today(), (change) => {
      this.update(change);
      this.emitState();
    });
    const canvas = document.createElement('div');
    canvas.className = 'atlas-canvas';
    canvas.setAttribute('role', 'application');
    canvas.setAttribute('aria-label', 'Map of the post-Soviet space and the Middle East');
    this.canvas = canvas;
    this.timeline = new Timeline(START, today(), (asOf) => {
      this.update({ asOf });
      this.emitState();
    });
    this.controls.timebar.append(this.timeline.element);
    this.controls.show(this.state);
    // Controls come before the map in the tab order: the map's markers and clusters are tab stops
    // of their own, after the zoom buttons.
    host.append(this.controls.toolbar, this.controls.timebar, canvas);
    this.map = createBaseMap(canvas);
    this.baseLayer.addTo(this.map);
    this.unclustered.addTo(this.map);
    this.labels = new MapLabels(this.map, canvas, (shown, callouts) => {
      if (this.host) this.host.dataset.labels = String(shown);
      this.keepLegendClear(callouts);
    });
    this.addDateLabel();
    this.addFullScreenButton();
    this.addLegend();
    addHatchPattern(canvas);
    if (this.state.presentation) this.map.keyboard.disable();
    // The toolbar wraps, the page reflows and the map changes hosts after it was created.
    // A canvas that only now got its size has labels that could not be measured before.
    this.resizeObserver = new ResizeObserver(() => {
      this.fitCanvas();
      this.labels?.schedule();
    });
    this.resizeObserver.observe(canvas);
    MapController.count(+1);
    this.map.on('zoomend', () => {
      // Site names appear and disappear with the zoom: the points are drawn again.
      if (this.rendered) this.scheduleRender();
    });
    this.map.on('moveend', () => {
      this.labels?.schedule();
      const view = this.view();
      if (this.host) this.host.dataset.view = `${view.lat},${view.lon},${view.zoom}`;
      this.emit('view-change', view);
    });
    this.load().catch((error: unknown) => this.showLoadError(error));
  }

  flyTo(lat: number, lon: number, zoom: number): void {
    this.map?.flyTo([lat, lon], zoom, { duration: 0.8 });
  }

  setView(lat: number, lon: number, zoom: number): void {
    this.map?.setView([lat, lon], zoom, { animate: false });
  }

  /** Fits the area into the canvas, whatever its size: the zoom is the one at which it all shows. */
  fitView(south: number, west: number, north: number, east: number, animate: boolean): void {
    if (!this.map) return;
    const bounds = L.latLngBounds([south, west], [north, east]);
    if (animate) this.map.flyToBounds(bounds, { duration: 0.8 });
    else this.map.fitBounds(bounds, { animate: false });
  }

  /** Flies to a feature by layer and id, using the geometry the element already holds. */
  flyToFeature(layer: string, id: string): void {
    if (!this.rendered) {
      this.pendingFly = [layer, id];
      return;
    }
    const bounds = this.boundsOf(layer, id);
    if (bounds && this.map) {
      this.map.flyToBounds(bounds, { maxZoom: 7, duration: 0.8, padding: [40, 40] });
    }
  }

  private view() {
    const c = this.map!.getCenter();
    const b = this.map!.getBounds();
    return {
      lat: +c.lat.toFixed(3), lon: +c.lng.toFixed(3), zoom: this.map!.getZoom(),
      south: +b.getSouth().toFixed(3), west: +b.getWest().toFixed(3), north: +b.getNorth().toFixed(3), east: +b.getEast().toFixed(3),
    };
  }

  private async load(): Promise<void> {
    const get = (path: string) => getJson<any>(this.address(path));
    // The catalogue names the layers and what to fetch of each; the page has preloaded all of it.
    const boundariesOnTheWay = get('api/v1/boundaries');
    const placesOnTheWay = get('api/v1/places');
    // The scale is needed only once someone filters by grade: it does not hold the drawing up.
    get('api/v1/grades').then((scale: GradeScale) => {
      this.grades = scale;
      this.controls?.setGrades(scale);
      if (this.state.grade && this.rendered) this.scheduleRender();
    }).catch((e: unknown) => console.warn('atlas-map: no grade scale', e));
    const catalogue = await get('api/v1/layers') as Catalogue;
    const [boundaries, ...collections] = await Promise.all([
      boundariesOnTheWay,
      ...catalogue.layers.map((l) => get(l.mapHref)),
    ]);
    if (this.destroyed) return; // its element left the page while the data was on its way
    performance.mark('atlas-data');
    this.catalogue = catalogue;
    this.baseMap = catalogue.baseMap;
    catalogue.layers.forEach((l, i) => this.data.set(l.id, (collections[i] as Collection).features));
    this.data.set('boundaries', (boundaries as Collection).features);
    this.buildGroups();
    this.controls!.setCatalogue(catalogue);
    this.baseLayer.addData(boundaries);
    const areas = this.areaLayer();
    this.baseLayer.eachLayer((l) => {
      const feature = (l as Leaflet.GeoJSON).feature as Feature;
      if (areas) l.on('click', () => this.emit('feature-click', { layer: areas.id, id: feature.id }));
      (l as Leaflet.Path).bindTooltip(() => this.countryTooltip(feature), { sticky: true });
    });
    this.render();
    this.rendered = true;
    if (this.pendingFly) this.flyToFeature(...this.pendingFly);
    // Two frames: Leaflet has laid the paths out and the browser has painted them.
    requestAnimationFrame(() => requestAnimationFrame(() => {
      performance.mark('map-rendered');
      // The names after the first drawing (a few hundred labels measured and decluttered), then the
      // timeline (its chart library loads on its own): the map shows first, its names a frame later.
      setTimeout(() => void this.addLabels(boundaries as Collection, placesOnTheWay), 0);
    }));
  }

  /** Country and place names, once the map has drawn; data-ready (tests wait for it) when they are placed. */
  private async addLabels(boundaries: Collection, placesOnTheWay: Promise<Collection>): Promise<void> {
    const places = await placesOnTheWay;
    if (this.destroyed) return;
    this.labels!.addCountries(boundaries.features);
    this.labels!.addPlaces(places.features);
    this.labels!.schedule();
    requestAnimationFrame(() => requestAnimationFrame(() => {
      performance.mark('map-labelled');
      this.host!.dataset.ready = 'true';
      setTimeout(() => this.timeline?.setData(this.catalogue!, this.data), 0);
    }));
  }

  /**
   * The address of a data request: with knownOn=... when the map is pinned to what the atlas
   * knew at an instant (a briefing that pins it), so every layer is read as of then.
   */
  private address(path: string): URL {
    const url = new URL(path, document.baseURI);
    if (this.state.knownOn) url.searchParams.set('knownOn', this.state.knownOn);
    return url;
  }

  /** The pinned instant changed after the data arrived: the layers are fetched again, as known then. */
  private async reload(): Promise<void> {
    const catalogue = this.catalogue!;
    const collections = await Promise.all(catalogue.layers.map((l) => getJson(this.address(l.mapHref))));
    if (this.destroyed) return;
    catalogue.layers.forEach((l, i) => this.data.set(l.id, (collections[i] as Collection).features));
    this.render();
    this.timeline?.setData(catalogue, this.data);
  }

  private showLoadError(error: unknown): void {
    this.host!.dataset.error = String(error);
    const message = L.DomUtil.create('div', 'atlas-load-error');
    message.setAttribute('role', 'alert');
    message.textContent = 'The map data could not be loaded. Reload the page to try again.';
    this.canvas?.append(message);
    console.error('atlas-map: loading the layer data failed', error);
  }

  /** Applies what changed; redraws (once per frame) only when a value really changed. */
  update(change: Partial<MapState>): void {
    let changed = false;
    for (const [key, value] of Object.entries(change)) {
      const current = (this.state as any)[key];
      const same = current instanceof Set ? [...current].sort().join() === [...(value as Set<string>)].sort().join() : current === value;
      if (!same) {
        (this.state as any)[key] = value;
        changed = true;
      }
    }
    if (!changed) return;
    if ('knownOn' in change && this.rendered) this.reload().catch((error: unknown) => this.showLoadError(error));
    this.controls?.show(this.state);
    this.host?.classList.toggle('atlas-presenting', this.state.presentation);
    this.placeLegend();
    if (this.map) {
      if (this.state.presentation) this.map.keyboard.disable(); else this.map.keyboard.enable();
    }
    if (this.rendered) this.scheduleRender();
  }

  /** Several properties often change together (the server sets a whole state): draw once per frame. */
  private scheduleRender(): void {
    if (this.renderPending) return;
    this.renderPending = true;
    requestAnimationFrame(() => {
      this.renderPending = false;
      this.render();
    });
  }

  private emitState(): void {
    this.emit('state-change', {
      asOf: this.state.asOf,
      layers: [...this.state.layers].join(','),
      organisation: this.state.organisation,
      showEnded: this.state.showEnded,
      onlineTiles: this.state.onlineTiles,
      grade: this.state.grade,
      below: this.state.below,
    });
  }

  private emit(name: string, detail: unknown): void {
    this.host?.dispatchEvent(new CustomEvent(name, { detail, bubbles: true }));
  }

  /** One Leaflet group per layer, stacked in the layers' drawing order; clustered layers cluster. */
  private buildGroups(): void {
    const order = [...this.catalogue!.layers].sort((a, b) => a.style.order - b.style.order);
    for (const layer of order) {
      if (layer.geometry === 'MultiPolygon') continue; // areas are the base map's outlines, filled
      const group = layer.clustered
        ? L.markerClusterGroup({ maxClusterRadius: 35, disableClusteringAtZoom: 7, showCoverageOnHover: false, iconCreateFunction: clusterIcon })
        : L.layerGroup();
      group.addTo(this.map!);
      this.groups.set(layer.id, group);
    }
  }

  /** The layer that fills the countries, if there is one (its features are the outlines' ids). */
  private areaLayer(): LayerInfo | undefined {
    return this.catalogue?.layers.find((l) => l.geometry === 'MultiPolygon');
  }

  private render(): void {
    const day = this.state.asOf;
    this.inUse = new Map();
    this.legendMoved = false;
    this.unclustered.clearLayers();
    if (this.dateLabel) this.dateLabel.textContent = day;
    this.renderTiles();
    this.styleCountries(day);
    for (const layer of this.catalogue?.layers ?? []) {
      const rule = layer.dateRule;
      if (layer.geometry === 'MultiPolygon') continue;
      const shown = this.state.layers.has(layer.id);
      const count = layer.geometry === 'MultiLineString' ? this.renderLines(layer, day, shown)
        : this.renderPoints(layer, day, shown, rule === 'window');
      // data-<layer id>: how many features the layer draws now (tests and the benchmark read it).
      this.host!.dataset[camel(layer.id)] = String(count);
    }
    this.host!.dataset.asOf = day;
    this.timeline?.show(day);
    if (this.catalogue) {
      this.controls?.setLegend(legendHtml(this.catalogue, this.inUse, day,
        this.state.grade ? { grade: this.state.grade, below: this.state.below, meaning: this.gradeMeaning(this.state.grade) } : undefined));
    }
    this.labels?.schedule();
  }

  /** "usually reliable source, probably true": what a grade means, from the served scale. */
  private gradeMeaning(grade: string): string {
    const r = this.grades?.reliability.find((x) => x.code === grade[0])?.label;
    const c = this.grades?.credibility.find((x) => x.code === grade.slice(1))?.label;
    return r && c ? `${r.toLowerCase()} source, ${c.toLowerCase()}` : '';
  }

  private renderTiles(): void {
    if (this.state.onlineTiles && !this.tiles) {
      // Optional, off by default: the default experience must work without internet.
      this.tiles = L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
        maxZoom: 12, attribution: '&copy; OpenStreetMap contributors',
      });
      this.tiles.addTo(this.map!).bringToBack();
    } else if (!this.state.onlineTiles && this.tiles) {
      this.tiles.remove();
      this.tiles = undefined;
    }
  }

  private emphasised(layer: string, id: string): boolean {
    return this.state.selected === `${layer}:${id}` || this.state.highlight.has(id);
  }

  private alignmentOf(iso3: string): Props | undefined {
    const areas = this.areaLayer();
    return areas ? this.data.get(areas.id)?.find((f) => f.id === iso3)?.properties : undefined;
  }

  /** The membership of the chosen organisation in force on the day, if the country is a member then. */
  private membershipOf(iso3: string, day: string): Props | undefined {
    const org = this.state.organisation;
    if (!org) return undefined;
    return (this.alignmentOf(iso3)?.memberships ?? [])
      .find((m: Props) => m.organisation === org && m.relation === 'member' && within(day, m.from, m.to));
  }

  /**
   * The outlines: filled by the area layer's drawing description when it is shown, else plain base
   * map. The grade filter plays countries down as it does every fact, by the row the map shows on
   * the day: a stance below the grade is filled faint, or not filled (plain land) when hidden; a
   * membership below it is outlined faint, or not outlined. A selected country is drawn in full.
   */
  private styleCountries(day: string): void {
    const areas = this.areaLayer();
    const showAreas = !!areas && this.state.layers.has(areas.id);
    const order = this.grades?.order ?? [];
    const hide = this.state.below === 'hide';
    let drawn = 0;
    this.baseLayer.eachLayer((l) => {
      const path = l as Leaflet.Path;
      const f = (l as Leaflet.GeoJSON).feature as Feature;
      const p = f.properties;
      const special = p.status === 'occupied' || p.status === 'breakaway';
      const existing = !special || within(day, p.from ?? '1900', p.to ?? null);
      const selected = areas ? this.emphasised(areas.id, f.id) : false;
      const stanceRow: Props | undefined = showAreas && !special
        ? latest(this.alignmentOf(f.id)?.stanceHistory ?? [], (s: Props) => s.since, day) : undefined;
      const lowStance = !!stanceRow && !selected && belowGrade(stanceRow.confidence, this.state.grade, order);
      const stance = lowStance && hide ? undefined : stanceRow?.value;
      const resolved = { id: f.id, area: p.status, status: stance ?? null };
      // A hidden stance leaves the country unfilled, not hatched: "no stance recorded" would be untrue.
      const symbol: Symbol | undefined = showAreas && !(lowStance && hide) ? resolveSymbol(areas!.style, resolved, null) : undefined;
      if (symbol && existing) note(this.inUse, areas!.id, rowsOf(areas!.style, resolved, null));
      const membership = this.membershipOf(f.id, day);
      const lowMember = !!membership && !selected && belowGrade(membership.confidence, this.state.grade, order);
      const member = !!membership && !(lowMember && hide);
      const fill = symbol ? (symbol.fill ?? (symbol.pattern ? `url(#${HATCH_PATTERN})` : this.baseMap.land)) : this.baseMap.land;
      const plain = plainOutline(this.baseMap, p.status, existing);
      const fillOpacity = special ? plain.fillOpacity! : symbol?.fill ? 0.75 : showAreas ? 0.7 : plain.fillOpacity!;
      path.setStyle({
        ...plain,
        color: selected ? '#000' : member ? '#1a1a1a' : plain.color,
        weight: selected ? 3.5 : member ? 2.5 : plain.weight,
        opacity: member && lowMember ? Math.min(plain.opacity!, LOW_CONFIDENCE_OPACITY) : plain.opacity,
        fillColor: fill,
        fillOpacity: lowStance && !hide ? Math.min(fillOpacity, LOW_CONFIDENCE_OPACITY) : fillOpacity,
      });
      const element = path.getElement?.();
      if (element) {
        element.setAttribute('data-id', f.id);
        element.setAttribute('data-stance', stance ?? '');
        // A grade on a country only where the map shows its stance (tests and the legend read it).
        if (stanceRow) element.setAttribute('data-confidence', stanceRow.confidence ?? ''); else element.removeAttribute('data-confidence');
        if (symbol && existing) element.setAttribute('data-symbol', symbolKey(symbol)); else element.removeAttribute('data-symbol');
        if (areas) element.setAttribute('data-layer', areas.id);
        element.classList.toggle('atlas-member', member);
        // Drawn faint; hidden ones are not drawn as facts at all (a plain outline), as other layers' are not drawn.
        element.classList.toggle('atlas-low-confidence', (lowStance || lowMember) && !hide);
      }
      drawn++;
    });
    this.host!.dataset.countries = String(drawn);
  }

  /**
   * A point layer: each feature drawn on the day (its period, or within the layer's window of
   * days) gets the symbol its layer's description resolves, as an SVG marker that is a tab stop.
   */
  private renderPoints(layer: LayerInfo, day: string, shown: boolean, windowed: boolean): number {
    const group = this.groups.get(layer.id)!;
    group.clearLayers();
    // Added in one batch: a cluster group then clusters once and draws once, where marker by
    // marker it would redraw each cluster it touches.
    const markers: Leaflet.Marker[] = [];
    const windowDays = layer.windowDays ?? 0;
    const now = toDayNumber(day);
    if (shown) {
      for (const f of this.data.get(layer.id) ?? []) {
        const p = f.properties;
        let status: string | null;
        let fade = 0;
        if (windowed) {
          const start = toDayNumber(firstDay(p.validFrom));
          const end = toDayNumber(lastDay(p.validTo ?? p.validFrom));
          const distance = now < start ? start - now : now > end ? now - end : 0;
          if (distance > windowDays) continue;
          status = null;
          fade = windowDays ? distance / windowDays : 0;
        } else {
          const active = within(day, p.validFrom, p.validTo);
          const ended = !active && p.validTo !== null && firstDay(p.validTo) <= day;
          if (!active && !(ended && this.state.showEnded)) continue;
          status = active ? (latest(p.history ?? [], (h: Props) => h.from, day)?.status ?? (p.validTo ? 'active' : p.status)) : 'ended';
        }
        const low = belowGrade(p.confidence, this.state.grade, this.grades?.order ?? []);
        if (low && this.state.below === 'hide' && !this.emphasised(layer.id, f.id)) continue;
        const symbol = resolveSymbol(layer.style, p, status);
        if (low) symbol.opacity = Math.min(symbol.opacity, LOW_CONFIDENCE_OPACITY);
        note(this.inUse, layer.id, rowsOf(layer.style, p, status));
        if (fade) symbol.opacity = Math.min(symbol.opacity, 1 - 0.6 * fade);
        const selected = this.emphasised(layer.id, f.id);
        const callout = this.state.selected === `${layer.id}:${f.id}`;
        const size = selected ? 30 : windowed ? 18 : 20;
        const [lon, lat] = f.geometry.coordinates;
        const kind = labelOf(layer.style, 'kind', p.kind);
        const marker = L.marker([lat, lon], {
          icon: L.divIcon({
            className: `atlas-point atlas-${windowed ? 'event' : 'presence'}${status ? ` atlas-status-${status}` : ''}${selected ? ' atlas-selected' : ''}`,
            html: markerSvg(this.catalogue!.shapes, symbol, size),
            iconSize: [size, size],
          }),
          title: windowed ? `${p.date ?? p.validFrom}: ${p.name} (${kind})` : `${p.name} (${p.operator}, ${kind}, ${status})`,
          alt: p.name,
          keyboard: true,
          // What a cluster holding this marker shows of it (clusters.ts): its colour and what it stands for.
          atlasColor: symbol.color ?? '#777777',
          atlasGroup: labelOf(layer.style, 'operator', String(p.operator ?? kind)),
          atlasLayer: layer.id,
        } as Leaflet.MarkerOptions);
        const open = () => this.emit('feature-click', { layer: layer.id, id: f.id });
        marker.on('click', open);
        // A marker is a tab stop (role=button); Leaflet passes Enter on it on as keypress, not click.
        marker.on('keypress', (e) => {
          if ((e as Leaflet.LeafletKeyboardEvent).originalEvent.key === 'Enter') open();
        });
        if (this.map!.getZoom() >= SITE_LABEL_ZOOM || selected) {
          marker.bindTooltip(escapeHtml(p.name), {
            permanent: true, direction: 'right', offset: [size / 2, 0], interactive: false,
            className: `atlas-label atlas-label-site${callout ? ' atlas-label-callout' : ''}`,
          });
          marker.on('tooltipopen', (e) => {
            const el = (e as Leaflet.TooltipEvent).tooltip.getElement();
            // A selected feature's callout outranks every other label; other sites come after countries.
            // The selected feature's callout outranks every label; a highlighted one comes after the places.
            if (el) el.dataset.rank = String(callout ? RANK.callout : selected ? RANK.place - 1 : RANK.site);
          });
        }
        marker.on('add', () => {
          const element = marker.getElement();
          element?.setAttribute('data-id', f.id);
          element?.setAttribute('data-layer', layer.id);
          element?.setAttribute('data-symbol', symbolKey(symbol));
          element?.setAttribute('data-confidence', p.confidence ?? '');
          element?.classList.toggle('atlas-low-confidence', low);
        });
        // A selected or highlighted feature never disappears into a cluster: it is what the slide is about.
        if (selected && 'addLayers' in group) marker.addTo(this.unclustered);
        else markers.push(marker);
      }
    }
    if ('addLayers' in group) (group as Leaflet.MarkerClusterGroup).addLayers(markers);
    else markers.forEach((m) => m.addTo(group));
    return markers.length + (shown ? this.unclusteredCount(layer.id) : 0);
  }

  private unclusteredCount(layer: string): number {
    return this.unclustered.getLayers().filter((m) => (m.options as { atlasLayer?: string }).atlasLayer === layer).length;
  }

  /**
   * A line layer: each part (segment) drawn on the day in its own status, with halo and casing
   * where the description says; stretches that several corridors share are drawn side by side
   * (offsets.ts), and from CORRIDOR_LABEL_ZOOM each corridor carries its name.
   */
  private renderLines(layer: LayerInfo, day: string, shown: boolean): number {
    const group = this.groups.get(layer.id)!;
    group.clearLayers();
    if (!shown) return 0;
    interface Part { f: Feature; segment: Props; symbol: Symbol; line: OwnedLine; low: boolean }
    const parts: Part[] = [];
    for (const f of this.data.get(layer.id) ?? []) {
      const p = f.properties;
      if (!within(day, p.validFrom, p.validTo)) continue;
      const low = belowGrade(p.confidence, this.state.grade, this.grades?.order ?? []);
      if (low && this.state.below === 'hide' && !this.emphasised(layer.id, f.id)) continue;
      (p.segments as Props[]).forEach((segment, i) => {
        if (!within(day, segment.validFrom, segment.validTo)) return;
        const points = (f.geometry.coordinates[i] as number[][]).map(([lon, lat]) => L.latLng(lat, lon));
        parts.push({ f, segment, symbol: resolveSymbol(layer.style, p, segment.status), line: { owner: f.id, points }, low });
      });
    }
    const placed = sideBySide(this.map!, parts.map((x) => x.line), this.catalogue!.sideBySide);
    const named = new Map<string, Feature>();
    parts.forEach(({ f, segment, symbol, low }, n) => {
      const p = f.properties;
      const selected = this.emphasised(layer.id, f.id);
      const color = symbol.color ?? '#333';
      const dash = symbol.dash ?? undefined;
      const line = placed[n];
      note(this.inUse, layer.id, rowsOf(layer.style, p, segment.status));
      if (symbol.halo) {
        L.polyline(line, { color: symbol.halo, weight: selected ? 14 : 10, opacity: 0.3, interactive: false }).addTo(group);
      }
      if (needsCasing(color)) {
        L.polyline(line, { color: CASING_COLOR, weight: selected ? 8 : 5.5, dashArray: dash, opacity: 0.85, interactive: false })
          .addTo(group);
      }
      const path = L.polyline(line, {
        color, weight: selected ? 6 : 3.5, dashArray: dash, opacity: low ? LOW_CONFIDENCE_OPACITY : 0.95,
        className: `atlas-corridor atlas-corridor-${f.id}`,
      });
      // Leaflet puts string tooltips in as HTML: dataset text is escaped first.
      path.bindTooltip(escapeHtml(`${p.name}${segment.name ? ` – ${segment.name}` : ''} (${segment.status})`), { sticky: true });
      path.on('click', () => this.emit('feature-click', { layer: layer.id, id: f.id }));
      path.on('add', () => {
        const element = path.getElement();
        element?.setAttribute('data-id', `${f.id}#${segment.id}`);
        element?.setAttribute('data-layer', layer.id);
        element?.setAttribute('data-symbol', symbolKey(symbol));
        element?.setAttribute('data-confidence', p.confidence ?? '');
        element?.classList.toggle('atlas-low-confidence', low);
      });
      path.addTo(group);
      named.set(f.id, f);
    });
    if (this.map!.getZoom() >= CORRIDOR_LABEL_ZOOM) {
      for (const [id, f] of named) {
        const own = placed.filter((_, n) => parts[n].f.id === id);
        const at = lineLabelPoint(own.map((line) => line.map((q) => [q.lng, q.lat])));
        if (!at) continue;
        const tooltip = L.tooltip({
          permanent: true, direction: 'top', offset: [0, -4], interactive: false, className: 'atlas-label atlas-label-corridor',
        }).setLatLng(at).setContent(escapeHtml(shortName(f.properties.name)));
        tooltip.on('add', () => {
          const e = tooltip.getElement();
          if (e) e.dataset.rank = String(RANK.corridor);
        });
        tooltip.addTo(group);
      }
    }
    return named.size;
  }

  private countryTooltip(f: Feature): string {
    const p = f.properties;
    const stance = latest(this.alignmentOf(f.id)?.stanceHistory ?? [], (s: Props) => s.since, this.state.asOf);
    const what = p.status === 'occupied' ? `occupied by ${p.controlled_by} (claimed by ${p.claimed_by})`
      : p.status === 'breakaway' ? `breakaway region (claimed by ${p.claimed_by})`
        : stance ? `stance towards Russia: ${stance.value}` : 'no stance recorded';
    return `${escapeHtml(p.name)}: ${escapeHtml(what)}`;
  }

  private boundsOf(layer: string, id: string): Leaflet.LatLngBounds | undefined {
    const source = layer === this.areaLayer()?.id ? 'boundaries' : layer;
    const feature = this.data.get(source)?.find((f) => f.id === id);
    if (!feature?.geometry) return undefined;
    return L.geoJSON(feature.geometry).getBounds();
  }

  /**
   * The legend as a panel on the map (bottom left, clear of the zoom buttons), open from the
   * start on a wide screen and always open when presenting; on a phone it sits in the drawer.
   */
  private addLegend(): void {
    const Legend = L.Control.extend({
      // One panel for the map's life: moving the control to another corner adds it again, and a new
      // empty panel would leave the legend behind.
      onAdd: () => {
        if (this.legendPanel) return this.legendPanel;
        const div = L.DomUtil.create('div', 'atlas-legend-panel');
        L.DomEvent.disableClickPropagation(div);
        L.DomEvent.disableScrollPropagation(div);
        this.legendPanel = div;
        return div;
      },
    });
    this.legendControl = new Legend({ position: 'bottomleft' }).addTo(this.map!);
    this.placeLegend();
    window.matchMedia(PHONE).addEventListener('change', () => this.placeLegend());
  }

  /**
   * The legend panel must not hide the selected feature's callout: where it would, the panel
   * moves to the other lower corner (once per drawing, so it cannot swing back and forth).
   */
  private keepLegendClear(callouts: DOMRect[]): void {
    const control = this.legendControl;
    const panel = control?.getContainer();
    if (!control || !panel || this.legendMoved || panel.offsetWidth === 0) return;
    const r = panel.getBoundingClientRect();
    if (!callouts.some((c) => c.left < r.right && c.right > r.left && c.top < r.bottom && c.bottom > r.top)) return;
    this.legendMoved = true;
    control.setPosition(control.getPosition() === 'bottomleft' ? 'bottomright' : 'bottomleft');
    this.labels?.schedule();
  }

  private placeLegend(): void {
    const legend = this.controls?.legend;
    const panel = this.legendControl?.getContainer();
    if (!legend || !panel) return;
    const phone = window.matchMedia(PHONE).matches && !this.state.presentation;
    const home = phone ? this.controls!.toolbar : panel;
    if (legend.parentElement !== home) home.append(legend);
    if (this.state.presentation) legend.open = true;
    else if (!phone && window.matchMedia(WIDE_SCREEN).matches && !legend.dataset.touched) legend.open = true;
  }

  /** Full screen (the Fullscreen API) for the whole page: a presenter's map and slide text together. */
  private addFullScreenButton(): void {
    if (!document.fullscreenEnabled) return;
    const FullScreen = L.Control.extend({
      onAdd: () => {
        const bar = L.DomUtil.create('div', 'leaflet-bar atlas-fullscreen');
        const button = L.DomUtil.create('button', '', bar) as HTMLButtonElement;
        button.type = 'button';
        const show = () => {
          const on = !!document.fullscreenElement;
          button.textContent = on ? 'Exit full screen' : 'Full screen';
          button.setAttribute('aria-pressed', String(on));
        };
        show();
        L.DomEvent.disableClickPropagation(bar);
        button.addEventListener('click', () => {
          if (document.fullscreenElement) void document.exitFullscreen();
          else void document.documentElement.requestFullscreen().catch((e: unknown) => console.warn('full screen refused', e));
        });
        document.addEventListener('fullscreenchange', show);
        return bar;
      },
    });
    new FullScreen({ position: 'topleft' }).addTo(this.map!);
  }

  private addDateLabel(): void {
    const DateLabel = L.Control.extend({
      onAdd: () => {
        const div = L.DomUtil.create('div', 'atlas-date-label');
        div.setAttribute('aria-live', 'polite');
        this.dateLabel = div;
        return div;
      },
    });
    new DateLabel({ position: 'topright' }).addTo(this.map!);
  }
}

/**
 * Defines the hatching once per page, in an SVG of its own: an id in one SVG can be used as a
 * fill in another (Leaflet's) in the same document.
 */
function addHatchPattern(canvas: HTMLElement): void {
  if (document.getElementById(HATCH_PATTERN)) return;
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('width', '0');
  svg.setAttribute('height', '0');
  svg.style.position = 'absolute';
  svg.innerHTML = `<defs><pattern id="${HATCH_PATTERN}" width="9" height="9" patternUnits="userSpaceOnUse"`
    + ' patternTransform="rotate(45)"><rect width="9" height="9" fill="#f4f4f1"/>'
    + '<line x1="0" y1="0" x2="0" y2="9" stroke="#b4b4b4" stroke-width="1"/></pattern></defs>';
  canvas.append(svg);
}

/** A corridor's name without its parenthesised long form: "Middle Corridor / Trans-Caspian ... (TITR)" stays readable. */
function shortName(name: string): string {
  return String(name).replace(/\s*\(.*\)\s*$/, '');
}

/** 'military-presence' -> 'militaryPresence', the dataset key of data-military-presence. */
function camel(id: string): string {
  return id.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}
