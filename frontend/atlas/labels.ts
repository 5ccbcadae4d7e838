import L from './leaflet-global';
import type * as Leaflet from 'leaflet';

// Names on the map, as text in the page (screen readers and Ctrl+F find them), each with a halo,
// none overlapping another. The handout places the same names in the same order (MapSketch).

type Props = Record<string, any>;
interface Feature { id: string; geometry: any; properties: Props }

/** Country names show from this zoom; below it the map is too small for any. */
export const COUNTRY_LABEL_ZOOM = 3;
/** Corridor names show from this zoom, site names from SITE_LABEL_ZOOM: closer in, where they fit. */
export const CORRIDOR_LABEL_ZOOM = 6;
export const SITE_LABEL_ZOOM = 8;

/**
 * The order labels claim their place in: the selected feature's callout, then countries (the
 * largest first), capitals and cities (capitals first, then by population), corridors, sites.
 */
export const RANK = { callout: 1e9, country: 1e6, place: 1e4, corridor: 100, site: 0 } as const;

export class MapLabels {
  private readonly countries = L.layerGroup();
  private readonly places = L.layerGroup();
  private placeMarkers: { marker: Leaflet.Marker; minZoom: number }[] = [];
  private pending = false;

  constructor(private readonly map: Leaflet.Map, private readonly canvas: HTMLElement,
    private readonly report: (shown: number, callouts: DOMRect[]) => void) {
    map.createPane('atlas-places').style.zIndex = '450'; // over the areas and lines, under the markers
    this.countries.addTo(map);
    this.places.addTo(map);
    map.on('zoomend', () => this.showPlaces());
  }

  /** Every country's name at the centre of its largest part's bounding box (the handout's point too). */
  addCountries(outlines: Feature[]): void {
    for (const f of outlines) {
      const point = labelPoint(f.geometry);
      if (!point) continue;
      const tooltip = L.tooltip({ permanent: true, direction: 'center', interactive: false, className: 'atlas-label atlas-label-country' })
        .setLatLng([point.lat, point.lon]).setContent(escapeHtml(f.properties.name ?? f.id));
      tooltip.on('add', () => {
        const e = tooltip.getElement();
        if (e) {
          e.dataset.rank = String(RANK.country + Math.min(point.size, RANK.country - 1));
          e.dataset.id = f.id;
        }
      });
      tooltip.addTo(this.countries);
    }
  }

  /**
   * The gazetteer's capitals and cities (in labelling order: capitals first, then by population),
   * each a dot with its name to the right, shown from the place's own zoom.
   */
  addPlaces(places: Feature[]): void {
    places.forEach((f, i) => {
      const p = f.properties;
      const [lon, lat] = f.geometry.coordinates;
      const marker = L.marker([lat, lon], {
        pane: 'atlas-places', interactive: false, keyboard: false,
        icon: L.divIcon({ className: `atlas-place${p.capital ? ' atlas-capital' : ''}`, iconSize: [8, 8] }),
      });
      marker.bindTooltip(escapeHtml(p.name), {
        permanent: true, direction: 'right', offset: [3, 0], interactive: false, className: 'atlas-label atlas-label-place',
      });
      marker.on('tooltipopen', (e) => {
        const el = (e as Leaflet.TooltipEvent).tooltip.getElement();
        if (el) {
          el.dataset.rank = String(RANK.place + (places.length - i));
          el.dataset.place = f.id;
        }
      });
      this.placeMarkers.push({ marker, minZoom: Number(p.minZoom ?? 99) });
    });
    this.showPlaces();
  }

  private showPlaces(): void {
    const zoom = this.map.getZoom();
    for (const { marker, minZoom } of this.placeMarkers) {
      const wanted = zoom >= minZoom;
      if (wanted && !this.places.hasLayer(marker)) this.places.addLayer(marker);
      else if (!wanted && this.places.hasLayer(marker)) this.places.removeLayer(marker);
    }
  }

  /** Declutters after the next frame: labels added now have no size until Leaflet has laid them out. */
  schedule(): void {
    if (this.pending) return;
    this.pending = true;
    requestAnimationFrame(() => {
      this.pending = false;
      this.declutter();
    });
  }

  /**
   * Labels never overlap: in rank order, each is shown only where it touches none already shown.
   * A place whose name is left out loses its dot too, so no unnamed dot is left. A canvas with
   * no size (between hosts, or not laid out yet) is left alone: its labels would all measure 0
   * and be hidden, and nothing would show them again until the next pan.
   */
  declutter(): void {
    if (this.canvas.clientWidth === 0 || this.canvas.clientHeight === 0) return;
    const zoom = this.map.getZoom();
    const labels = [...this.canvas.querySelectorAll<HTMLElement>('.leaflet-tooltip.atlas-label')];
    labels.sort((a, b) => Number(b.dataset.rank ?? 0) - Number(a.dataset.rank ?? 0));
    // The map's own controls (zoom, full screen, date, legend) are taken from the start: a label
    // under one could not be read.
    const taken: DOMRect[] = [...this.canvas.querySelectorAll<HTMLElement>('.leaflet-control')]
      .map((c) => c.getBoundingClientRect()).filter((r) => r.width > 0);
    const view = this.canvas.getBoundingClientRect();
    const touches = (r: DOMRect) => taken.some((t) => r.left < t.right + 2 && r.right > t.left - 2 && r.top < t.bottom + 1 && r.bottom > t.top - 1);
    let shown = 0;
    const callouts: DOMRect[] = [];
    for (const label of labels) {
      label.classList.remove('atlas-label-hidden');
      label.style.marginLeft = '';
      const country = label.classList.contains('atlas-label-country');
      let r = label.getBoundingClientRect();
      // A place's name goes to the right of its dot, or to the left where the right is taken.
      if (label.dataset.place && touches(r)) {
        const shift = -(r.width + 14);
        const left = new DOMRect(r.left + shift, r.top, r.width, r.height);
        if (!touches(left)) {
          label.style.marginLeft = `${shift}px`;
          r = left;
        }
      }
      const onScreen = r.right > view.left && r.left < view.right && r.bottom > view.top && r.top < view.bottom;
      const free = !touches(r);
      // The selected feature's callout always shows: it is what the audience is being shown.
      const callout = Number(label.dataset.rank ?? 0) >= RANK.callout;
      if (callout) callouts.push(r);
      const visible = callout || (!(country && zoom < COUNTRY_LABEL_ZOOM) && free && r.width > 0);
      label.classList.toggle('atlas-label-hidden', !visible);
      if (visible) {
        taken.push(r);
        if (onScreen) shown++;
      }
    }
    for (const { marker } of this.placeMarkers) {
      const dot = marker.getElement();
      const label = marker.getTooltip()?.getElement();
      if (dot && label) dot.classList.toggle('atlas-label-hidden', label.classList.contains('atlas-label-hidden'));
    }
    this.report(shown, callouts);
  }
}

/**
 * Where a country's name goes: the centre of the bounding box of its largest part (by bounding
 * box), with that box's size in square degrees as its rank. The handout uses the same rule.
 */
export function labelPoint(geometry: any): { lat: number; lon: number; size: number } | undefined {
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

/**
 * Where a line's name goes: halfway along its longest part, measured in degrees (enough to keep
 * the name on the line, away from its ends).
 */
export function lineLabelPoint(parts: number[][][]): [number, number] | undefined {
  let best: { length: number; line: number[][] } | undefined;
  for (const line of parts) {
    let length = 0;
    for (let i = 1; i < line.length; i++) length += Math.hypot(line[i][0] - line[i - 1][0], line[i][1] - line[i - 1][1]);
    if (line.length > 1 && (!best || length > best.length)) best = { length, line };
  }
  if (!best) return undefined;
  let walked = 0;
  const half = best.length / 2;
  for (let i = 1; i < best.line.length; i++) {
    const [x0, y0] = best.line[i - 1];
    const [x1, y1] = best.line[i];
    const step = Math.hypot(x1 - x0, y1 - y0);
    if (walked + step >= half && step > 0) {
      const t = (half - walked) / step;
      return [y0 + t * (y1 - y0), x0 + t * (x1 - x0)];
    }
    walked += step;
  }
  const [x, y] = best.line[0];
  return [y, x];
}

export function escapeHtml(text: string): string {
  return String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
