import L from './leaflet-global';
import type * as Leaflet from 'leaflet';
import 'leaflet.markercluster';
import 'leaflet/dist/leaflet.css';
import 'leaflet.markercluster/dist/MarkerCluster.css';
import 'leaflet.markercluster/dist/MarkerCluster.Default.css';
import './atlas-map.css';
import { firstDay, lastDay, latest, toDayNumber, today, within } from './dates';
import { AtlasControls } from './controls';
import type { MapState } from './map-state';
import { CASING_COLOR, needsCasing } from './symbols';
import { BaseMap, Catalogue, LayerInfo, Symbol, labelOf, markerSvg, resolveSymbol, symbolKey } from './style';

type Props = Record<string, any>;
interface Feature { id: string; geometry: any; properties: Props }
interface Collection { features: Feature[] }

const START = '2008-01-01';
/** The hatching for areas whose drawing description says "hatch" (an SVG pattern, see addHatchPattern). */
const HATCH_PATTERN = 'atlas-no-stance';
/** Country names show from this zoom, site names from SITE_LABEL_ZOOM: closer in, where they fit. */
const COUNTRY_LABEL_ZOOM = 3;
const SITE_LABEL_ZOOM = 8;
const INITIAL_VIEW: [number, number, number] = [44, 48, 4];

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
  private countryLabels = L.layerGroup();
  private data = new Map<string, Feature[]>();
  private catalogue?: Catalogue;
  private baseMap: BaseMap = { sea: '#c9dbe6', land: '#eeeeea', border: '#8a8a8a', specialBorder: '#6b1d1d', specialDash: '4 3' };
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
  };

  /** Starts drawing in a stand-in host; the next controller asked for (takePreview) is this one. */
  static startPreview(host: HTMLElement, change: Partial<MapState>, view: [number, number, number] | null,
    movedOut: () => void): void {
    const controller = new MapController();
    controller.update(change);
    controller.attach(host);
    if (view) controller.setView(...view);
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
    if (e.key === 'Escape') this.controls?.stop();
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
    this.controls.show(this.state);
    // Controls come before the map in the tab order: the map's markers and clusters are tab stops
    // of their own, after the zoom buttons.
    host.append(this.controls.toolbar, this.controls.timebar, canvas);
    this.map = L.map(canvas, { minZoom: 2, maxZoom: 12, worldCopyJump: false, preferCanvas: false })
      .setView([INITIAL_VIEW[0], INITIAL_VIEW[1]], INITIAL_VIEW[2]);
    this.map.attributionControl.setPrefix('Leaflet');
    this.map.attributionControl.addAttribution('Boundaries: Natural Earth (patched)');
    this.baseLayer.addTo(this.map);
    this.countryLabels.addTo(this.map);
    this.addDateLabel();
    addHatchPattern(canvas);
    if (this.state.presentation) this.map.keyboard.disable();
    // The toolbar wraps, the page reflows and the map changes hosts after it was created.
    this.resizeObserver = new ResizeObserver(() => this.fitCanvas());
    this.resizeObserver.observe(canvas);
    MapController.count(+1);
    this.map.on('zoomend', () => {
      // Site names appear and disappear with the zoom: the points are drawn again.
      if (this.rendered) this.scheduleRender();
    });
    this.map.on('moveend', () => {
      this.declutter();
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
    return { lat: +c.lat.toFixed(3), lon: +c.lng.toFixed(3), zoom: this.map!.getZoom() };
  }

  private async load(): Promise<void> {
    const get = (path: string) => fetch(new URL(path, document.baseURI)).then((r) => {
      if (!r.ok) throw new Error(`${path}: HTTP ${r.status}`);
      return r.json();
    });
    // The catalogue names the layers and what to fetch of each; the page has preloaded all of it.
    const boundariesOnTheWay = get('api/v1/boundaries');
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
    this.addCountryLabels((boundaries as Collection).features);
    this.render();
    this.rendered = true;
    if (this.pendingFly) this.flyToFeature(...this.pendingFly);
    this.host!.dataset.ready = 'true';
    // Two frames: Leaflet has laid the paths out and the browser has painted them.
    requestAnimationFrame(() => requestAnimationFrame(() => performance.mark('map-rendered')));
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
    this.controls?.show(this.state);
    this.host?.classList.toggle('atlas-presenting', this.state.presentation);
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
        ? L.markerClusterGroup({ maxClusterRadius: 35, disableClusteringAtZoom: 7, showCoverageOnHover: false })
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
    // After the frame: labels added in this pass have no size until Leaflet has laid them out.
    requestAnimationFrame(() => this.declutter());
  }

  /**
   * Every country's name, as text in the page (screen readers and Ctrl+F find it), at the centre
   * of its largest part's bounding box: the same point the handout labels (MapSketch).
   */
  private addCountryLabels(outlines: Feature[]): void {
    for (const f of outlines) {
      const point = labelPoint(f.geometry);
      if (!point) continue;
      const tooltip = L.tooltip({ permanent: true, direction: 'center', interactive: false, className: 'atlas-label atlas-label-country' })
        .setLatLng([point.lat, point.lon]).setContent(escapeHtml(f.properties.name ?? f.id));
      tooltip.on('add', () => {
        const e = tooltip.getElement();
        if (e) {
          e.dataset.rank = String(point.size);
          e.dataset.id = f.id;
        }
      });
      tooltip.addTo(this.countryLabels);
    }
  }

  /**
   * Labels never overlap: the largest countries' names first, then the sites', each shown only
   * where it does not touch one already shown. Below COUNTRY_LABEL_ZOOM the map is too small for any.
   */
  private declutter(): void {
    if (!this.map || !this.canvas) return;
    const zoom = this.map.getZoom();
    const labels = [...this.canvas.querySelectorAll<HTMLElement>('.leaflet-tooltip.atlas-label')];
    labels.sort((a, b) => Number(b.dataset.rank ?? 0) - Number(a.dataset.rank ?? 0));
    const taken: DOMRect[] = [];
    let shown = 0;
    for (const label of labels) {
      label.classList.remove('atlas-label-hidden');
      const country = label.classList.contains('atlas-label-country');
      const r = label.getBoundingClientRect();
      const free = !taken.some((t) => r.left < t.right + 2 && r.right > t.left - 2 && r.top < t.bottom + 1 && r.bottom > t.top - 1);
      if ((country && zoom < COUNTRY_LABEL_ZOOM) || !free || r.width === 0) {
        label.classList.add('atlas-label-hidden');
      } else {
        taken.push(r);
        shown++;
      }
    }
    this.host!.dataset.labels = String(shown);
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

  private isMember(iso3: string, day: string): boolean {
    const org = this.state.organisation;
    if (!org) return false;
    return (this.alignmentOf(iso3)?.memberships ?? [])
      .some((m: Props) => m.organisation === org && m.relation === 'member' && within(day, m.from, m.to));
  }

  /** The outlines: filled by the area layer's drawing description when it is shown, else plain base map. */
  private styleCountries(day: string): void {
    const areas = this.areaLayer();
    const showAreas = !!areas && this.state.layers.has(areas.id);
    let drawn = 0;
    this.baseLayer.eachLayer((l) => {
      const path = l as Leaflet.Path;
      const f = (l as Leaflet.GeoJSON).feature as Feature;
      const p = f.properties;
      const special = p.status === 'occupied' || p.status === 'breakaway';
      const existing = !special || within(day, p.from ?? '1900', p.to ?? null);
      const stance = showAreas && !special
        ? latest(this.alignmentOf(f.id)?.stanceHistory ?? [], (s: Props) => s.since, day)?.value : undefined;
      const symbol: Symbol | undefined = showAreas
        ? resolveSymbol(areas!.style, { id: f.id, area: p.status, status: stance ?? null }, null) : undefined;
      const member = this.isMember(f.id, day);
      const selected = areas ? this.emphasised(areas.id, f.id) : false;
      const fill = symbol ? (symbol.fill ?? (symbol.pattern ? `url(#${HATCH_PATTERN})` : this.baseMap.land)) : this.baseMap.land;
      path.setStyle({
        color: selected ? '#000' : member ? '#1a1a1a' : special ? this.baseMap.specialBorder : this.baseMap.border,
        weight: selected ? 3.5 : member ? 2.5 : special ? 1.5 : 0.6,
        dashArray: special ? this.baseMap.specialDash : undefined,
        fillColor: fill,
        fillOpacity: special ? (existing ? 0.25 : 0) : symbol?.fill ? 0.75 : showAreas ? 0.7 : 0.55,
        opacity: existing ? 1 : 0,
      });
      const element = path.getElement?.();
      if (element) {
        element.setAttribute('data-id', f.id);
        element.setAttribute('data-stance', stance ?? '');
        if (symbol && existing) element.setAttribute('data-symbol', symbolKey(symbol)); else element.removeAttribute('data-symbol');
        if (areas) element.setAttribute('data-layer', areas.id);
        element.classList.toggle('atlas-member', member);
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
        const symbol = resolveSymbol(layer.style, p, status);
        if (fade) symbol.opacity = Math.min(symbol.opacity, 1 - 0.6 * fade);
        const selected = this.emphasised(layer.id, f.id);
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
        });
        const open = () => this.emit('feature-click', { layer: layer.id, id: f.id });
        marker.on('click', open);
        // A marker is a tab stop (role=button); Leaflet passes Enter on it on as keypress, not click.
        marker.on('keypress', (e) => {
          if ((e as Leaflet.LeafletKeyboardEvent).originalEvent.key === 'Enter') open();
        });
        if (this.map!.getZoom() >= SITE_LABEL_ZOOM || selected) {
          marker.bindTooltip(escapeHtml(p.name), {
            permanent: true, direction: 'right', offset: [size / 2, 0], interactive: false,
            className: 'atlas-label atlas-label-site',
          });
          marker.on('tooltipopen', (e) => {
            const el = (e as Leaflet.TooltipEvent).tooltip.getElement();
            // A selected feature's callout outranks every other label; other sites come after countries.
            if (el) el.dataset.rank = selected ? '1e9' : '-1';
          });
        }
        marker.on('add', () => {
          const element = marker.getElement();
          element?.setAttribute('data-id', f.id);
          element?.setAttribute('data-layer', layer.id);
          element?.setAttribute('data-symbol', symbolKey(symbol));
        });
        markers.push(marker);
      }
    }
    if ('addLayers' in group) (group as Leaflet.MarkerClusterGroup).addLayers(markers);
    else markers.forEach((m) => m.addTo(group));
    return markers.length;
  }

  /** A line layer: each part (segment) drawn on the day in its own status, with halo and casing where the description says. */
  private renderLines(layer: LayerInfo, day: string, shown: boolean): number {
    const group = this.groups.get(layer.id)!;
    group.clearLayers();
    let count = 0;
    if (!shown) return 0;
    for (const f of this.data.get(layer.id) ?? []) {
      const p = f.properties;
      if (!within(day, p.validFrom, p.validTo)) continue;
      const selected = this.emphasised(layer.id, f.id);
      let drawn = false;
      (p.segments as Props[]).forEach((segment, i) => {
        if (!within(day, segment.validFrom, segment.validTo)) return;
        const symbol = resolveSymbol(layer.style, p, segment.status);
        const color = symbol.color ?? '#333';
        const dash = symbol.dash ?? undefined;
        const line = (f.geometry.coordinates[i] as number[][]).map(([lon, lat]) => L.latLng(lat, lon));
        if (symbol.halo) {
          L.polyline(line, { color: symbol.halo, weight: selected ? 14 : 10, opacity: 0.3, interactive: false }).addTo(group);
        }
        if (needsCasing(color)) {
          L.polyline(line, { color: CASING_COLOR, weight: selected ? 8 : 5.5, dashArray: dash, opacity: 0.85, interactive: false })
            .addTo(group);
        }
        const path = L.polyline(line, {
          color, weight: selected ? 6 : 3.5, dashArray: dash, opacity: 0.95,
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
        });
        path.addTo(group);
        drawn = true;
      });
      if (drawn) count++;
    }
    return count;
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

/**
 * Where a country's name goes: the centre of the bounding box of its largest part (by bounding
 * box), with that box's size in square degrees as its rank. The handout uses the same rule.
 */
function labelPoint(geometry: any): { lat: number; lon: number; size: number } | undefined {
  const polygons: number[][][][] = geometry?.type === 'Polygon' ? [geometry.coordinates]
    : geometry?.type === 'MultiPolygon' ? geometry.coordinates : [];
  let best: { lat: number; lon: number; size: number } | undefined;
  for (const polygon of polygons) {
    const ring = polygon[0] ?? [];
    let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    for (const [x, y] of ring) {
      minX = Math.min(minX, x); maxX = Math.max(maxX, x); minY = Math.min(minY, y); maxY = Math.max(maxY, y);
    }
    const size = (maxX - minX) * (maxY - minY);
    if (ring.length && (!best || size > best.size)) best = { lon: (minX + maxX) / 2, lat: (minY + maxY) / 2, size };
  }
  return best;
}

/** 'military-presence' -> 'militaryPresence', the dataset key of data-military-presence. */
function camel(id: string): string {
  return id.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

function escapeHtml(text: string): string {
  return String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
