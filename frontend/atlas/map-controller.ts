import L from './leaflet-global';
import type * as Leaflet from 'leaflet';
import 'leaflet.markercluster';
import 'leaflet/dist/leaflet.css';
import 'leaflet.markercluster/dist/MarkerCluster.css';
import 'leaflet.markercluster/dist/MarkerCluster.Default.css';
import './atlas-map.css';
import { firstDay, lastDay, latest, toDayNumber, today, within } from './dates';
import { AtlasControls, LAYER_IDS, LayerInfo } from './controls';
import { CASING_COLOR, KIND_LABELS, dashFor, needsCasing, shapeSvg } from './symbols';

type Props = Record<string, any>;
interface Feature { id: string; geometry: any; properties: Props }
interface Collection { features: Feature[] }

/** What the user chose: the server sets it (from the URL) and the map's own controls change it. */
export interface MapState {
  asOf: string;
  layers: Set<string>;
  organisation: string;
  selected: string;
  /** Ids drawn emphasised, whatever their layer (a briefing slide's highlighted features). */
  highlight: Set<string>;
  /** Presenting: no controls, and the arrow keys belong to the slides, not to map panning. */
  presentation: boolean;
  showEnded: boolean;
  onlineTiles: boolean;
}

const START = '2008-01-01';
/** The hatching for countries with no stance recorded (an SVG pattern, see addNoStancePattern). */
const NO_STANCE_PATTERN = 'atlas-no-stance';
const RUSSIA = 'RUS';
export const RUSSIA_FILL = '#5b5b5b';
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
  private presenceLayer?: Leaflet.MarkerClusterGroup;
  private corridorLayer = L.layerGroup();
  private eventLayer = L.layerGroup();
  private dateLabel?: HTMLElement;
  private data = new Map<string, Feature[]>();
  private info: LayerInfo[] = [];
  private rendered = false;
  private renderPending = false;
  /** A fly-to asked for before the data arrived (a permalink with a selection and no view). */
  private pendingFly?: [string, string];
  private state: MapState = {
    asOf: today(),
    layers: new Set<string>(LAYER_IDS),
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
    previous?.removeEventListener('keydown', this.onKeydown);
    this.host = host;
    host.classList.add('atlas-map-host');
    host.classList.toggle('atlas-presenting', this.state.presentation);
    host.addEventListener('keydown', this.onKeydown);
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
    this.host?.removeEventListener('keydown', this.onKeydown);
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
    this.presenceLayer = L.markerClusterGroup({ maxClusterRadius: 35, disableClusteringAtZoom: 7, showCoverageOnHover: false });
    this.baseLayer.addTo(this.map);
    this.corridorLayer.addTo(this.map);
    this.eventLayer.addTo(this.map);
    this.presenceLayer.addTo(this.map);
    this.addDateLabel();
    addNoStancePattern(canvas);
    if (this.state.presentation) this.map.keyboard.disable();
    // The toolbar wraps, the page reflows and the map changes hosts after it was created.
    this.resizeObserver = new ResizeObserver(() => this.fitCanvas());
    this.resizeObserver.observe(canvas);
    MapController.count(+1);
    this.map.on('moveend', () => {
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
    const [boundaries, layers, ...collections] = await Promise.all([
      get('api/v1/boundaries'),
      get('api/v1/layers'),
      ...LAYER_IDS.map((id) => get(`api/v1/layers/${id}${id === 'alignments' ? '?geometry=none' : ''}`)),
    ]);
    if (this.destroyed) return; // its element left the page while the data was on its way
    performance.mark('atlas-data');
    this.info = layers.layers;
    LAYER_IDS.forEach((id, i) => this.data.set(id, (collections[i] as Collection).features));
    this.data.set('boundaries', (boundaries as Collection).features);
    this.controls!.setLegend(this.info);
    this.baseLayer.addData(boundaries);
    this.baseLayer.eachLayer((l) => {
      const feature = (l as Leaflet.GeoJSON).feature as Feature;
      l.on('click', () => this.emit('feature-click', { layer: 'alignments', id: feature.id }));
      (l as Leaflet.Path).bindTooltip(() => this.countryTooltip(feature), { sticky: true });
    });
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

  private render(): void {
    const day = this.state.asOf;
    if (this.dateLabel) this.dateLabel.textContent = day;
    this.renderTiles();
    this.styleCountries(day);
    this.renderPresence(day);
    this.renderCorridors(day);
    this.renderEvents(day);
    this.host!.dataset.asOf = day;
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

  /** A stance's colour; a country with none recorded is hatched, so it cannot pass for 'hedging'. */
  private stanceColor(stance: string | undefined): string {
    const entry = this.info.find((l) => l.id === 'alignments')?.legend.find((e) => e.value === stance);
    return entry?.color ?? `url(#${NO_STANCE_PATTERN})`;
  }

  private alignmentOf(iso3: string): Props | undefined {
    return this.data.get('alignments')?.find((f) => f.id === iso3)?.properties;
  }

  private isMember(iso3: string, day: string): boolean {
    const org = this.state.organisation;
    if (!org) return false;
    return (this.alignmentOf(iso3)?.memberships ?? [])
      .some((m: Props) => m.organisation === org && m.relation === 'member' && within(day, m.from, m.to));
  }

  private styleCountries(day: string): void {
    const showAlignment = this.state.layers.has('alignments');
    let drawn = 0;
    this.baseLayer.eachLayer((l) => {
      const path = l as Leaflet.Path;
      const f = (l as Leaflet.GeoJSON).feature as Feature;
      const p = f.properties;
      const special = p.status === 'occupied' || p.status === 'breakaway';
      const existing = !special || within(day, p.from ?? '1900', p.to ?? null);
      const stance = showAlignment && !special
        ? latest(this.alignmentOf(f.id)?.stanceHistory ?? [], (s: Props) => s.since, day)?.value : undefined;
      const member = this.isMember(f.id, day);
      const selected = this.emphasised('alignments', f.id);
      path.setStyle({
        color: selected ? '#000' : member ? '#1a1a1a' : special ? '#6b1d1d' : '#8a8a8a',
        weight: selected ? 3.5 : member ? 2.5 : special ? 1.5 : 0.6,
        dashArray: special ? '4 3' : undefined,
        fillColor: special ? '#6b1d1d' : f.id === RUSSIA ? RUSSIA_FILL : showAlignment ? this.stanceColor(stance) : '#eeeeea',
        fillOpacity: special ? (existing ? 0.25 : 0) : stance || f.id === RUSSIA ? 0.75 : showAlignment ? 0.7 : 0.55,
        opacity: existing ? 1 : 0,
      });
      const element = path.getElement?.();
      if (element) {
        element.setAttribute('data-id', f.id);
        element.setAttribute('data-stance', stance ?? '');
        element.classList.toggle('atlas-member', member);
      }
      drawn++;
    });
    this.host!.dataset.countries = String(drawn);
  }

  private renderPresence(day: string): void {
    const group = this.presenceLayer!;
    group.clearLayers();
    // Added in one batch: the cluster group then clusters once and draws once, where marker by
    // marker it would redraw each cluster it touches.
    const markers: Leaflet.Marker[] = [];
    if (this.state.layers.has('military-presence')) {
      for (const f of this.data.get('military-presence') ?? []) {
        const p = f.properties;
        const active = within(day, p.validFrom, p.validTo);
        const ended = !active && p.validTo !== null && firstDay(p.validTo) <= day;
        if (!active && !(ended && this.state.showEnded)) continue;
        const status = active ? (latest(p.history ?? [], (h: Props) => h.from, day)?.status ?? (p.validTo ? 'active' : p.status)) : 'ended';
        const hollow = !active || status === 'withdrawn' || status === 'closed';
        const selected = this.emphasised('military-presence', f.id);
        const size = selected ? 30 : 20;
        const [lon, lat] = f.geometry.coordinates;
        const marker = L.marker([lat, lon], {
          icon: L.divIcon({
            className: `atlas-presence atlas-status-${status}${selected ? ' atlas-selected' : ''}`,
            html: shapeSvg(p.kind, this.operatorColor(p.operator), hollow, size),
            iconSize: [size, size],
          }),
          title: `${p.name} (${p.operator}, ${KIND_LABELS[p.kind] ?? p.kind}, ${status})`,
          alt: p.name,
          keyboard: true,
        });
        const open = () => this.emit('feature-click', { layer: 'military-presence', id: f.id });
        marker.on('click', open);
        // A marker is a tab stop (role=button); Leaflet passes Enter on it on as keypress, not click.
        marker.on('keypress', (e) => {
          if ((e as Leaflet.LeafletKeyboardEvent).originalEvent.key === 'Enter') open();
        });
        marker.on('add', () => marker.getElement()?.setAttribute('data-id', f.id));
        markers.push(marker);
      }
    }
    group.addLayers(markers);
    this.host!.dataset.presence = String(markers.length);
  }

  private operatorColor(operator: string): string {
    const legend = this.info.find((l) => l.id === 'military-presence')?.legend ?? [];
    return (legend.find((e) => e.property === 'operator' && e.value === operator)
      ?? legend.find((e) => e.value === '*'))?.color ?? '#555';
  }

  private renderCorridors(day: string): void {
    this.corridorLayer.clearLayers();
    let shown = 0;
    if (this.state.layers.has('corridors')) {
      const legend = this.info.find((l) => l.id === 'corridors')?.legend ?? [];
      for (const f of this.data.get('corridors') ?? []) {
        const p = f.properties;
        if (!within(day, p.validFrom, p.validTo)) continue;
        const color = legend.find((e) => e.property === 'kind' && e.value === p.kind)?.color ?? '#333';
        const selected = this.emphasised('corridors', f.id);
        let drawn = false;
        (p.segments as Props[]).forEach((segment, i) => {
          if (!within(day, segment.validFrom, segment.validTo)) return;
          const line = (f.geometry.coordinates[i] as number[][]).map(([lon, lat]) => L.latLng(lat, lon));
          if (p.bypassesRussia) {
            L.polyline(line, { color: '#009E73', weight: selected ? 14 : 10, opacity: 0.3, interactive: false })
              .addTo(this.corridorLayer);
          }
          if (needsCasing(color)) {
            L.polyline(line, { color: CASING_COLOR, weight: selected ? 8 : 5.5, dashArray: dashFor(segment.status), opacity: 0.85, interactive: false })
              .addTo(this.corridorLayer);
          }
          const path = L.polyline(line, {
            color, weight: selected ? 6 : 3.5, dashArray: dashFor(segment.status), opacity: 0.95,
            className: `atlas-corridor atlas-corridor-${f.id}`,
          });
          // Leaflet puts string tooltips in as HTML: dataset text is escaped first.
          path.bindTooltip(escapeHtml(`${p.name}${segment.name ? ` – ${segment.name}` : ''} (${segment.status})`), { sticky: true });
          path.on('click', () => this.emit('feature-click', { layer: 'corridors', id: f.id }));
          path.addTo(this.corridorLayer);
          drawn = true;
        });
        if (drawn) shown++;
      }
    }
    this.host!.dataset.corridors = String(shown);
  }

  private renderEvents(day: string): void {
    this.eventLayer.clearLayers();
    let shown = 0;
    if (this.state.layers.has('events')) {
      const layer = this.info.find((l) => l.id === 'events');
      const legend = layer?.legend ?? [];
      // Events within this many days of the chosen date are shown (the server's layer list says).
      const windowDays = layer?.windowDays ?? 0;
      const now = toDayNumber(day);
      for (const f of this.data.get('events') ?? []) {
        const p = f.properties;
        const start = toDayNumber(firstDay(p.validFrom));
        const end = toDayNumber(lastDay(p.validTo ?? p.validFrom));
        const distance = now < start ? start - now : now > end ? now - end : 0;
        if (distance > windowDays) continue;
        const [lon, lat] = f.geometry.coordinates;
        const color = legend.find((e) => e.value === eventGroup(p.kind))?.color ?? '#333';
        const selected = this.emphasised('events', f.id);
        const marker = L.circleMarker([lat, lon], {
          radius: selected ? 11 : 7, color: '#1a1a1a', weight: selected ? 3 : 1, fillColor: color,
          fillOpacity: 0.9 - 0.6 * (windowDays ? distance / windowDays : 0), className: 'atlas-event',
        });
        marker.bindTooltip(escapeHtml(`${p.date}: ${p.name}`));
        marker.on('click', () => this.emit('feature-click', { layer: 'events', id: f.id }));
        marker.addTo(this.eventLayer);
        shown++;
      }
    }
    this.host!.dataset.events = String(shown);
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
    const source = layer === 'alignments' ? 'boundaries' : layer;
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
 * Defines the no-stance hatching once per page, in an SVG of its own: an id in one SVG can be
 * used as a fill in another (Leaflet's) in the same document.
 */
function addNoStancePattern(canvas: HTMLElement): void {
  if (document.getElementById(NO_STANCE_PATTERN)) return;
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('width', '0');
  svg.setAttribute('height', '0');
  svg.style.position = 'absolute';
  svg.innerHTML = `<defs><pattern id="${NO_STANCE_PATTERN}" width="9" height="9" patternUnits="userSpaceOnUse"`
    + ' patternTransform="rotate(45)"><rect width="9" height="9" fill="#f4f4f1"/>'
    + '<line x1="0" y1="0" x2="0" y2="9" stroke="#b4b4b4" stroke-width="1"/></pattern></defs>';
  canvas.append(svg);
}

function eventGroup(kind: string): string {
  if (kind === 'war' || kind === 'offensive' || kind === 'intervention') return 'war';
  if (kind === 'treaty' || kind === 'deal' || kind === 'summit') return 'treaty';
  if (kind === 'withdrawal' || kind === 'ceasefire') return 'withdrawal';
  return 'regime-change';
}

function escapeHtml(text: string): string {
  return String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
