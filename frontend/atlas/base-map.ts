import L from './leaflet-global';
import type * as Leaflet from 'leaflet';
import type { BaseMap } from './style';

// The offline base map every map of the atlas draws on: Leaflet with the bundled outlines
// (GET /api/v1/boundaries) and no tile server, so it works with no internet. The explorer's map
// (map-controller.ts) and the curators' geometry editor (geometry-editor.ts) both start here.

/** Where a map with nothing to show opens: the post-Soviet space and the Middle East. */
export const INITIAL_VIEW: [number, number, number] = [44, 48, 4];

/** The base map's colours until the catalogue's (GET /api/v1/layers, baseMap) arrive. */
export const DEFAULT_BASE_MAP: BaseMap = {
  sea: '#c9dbe6', land: '#eeeeea', border: '#8a8a8a', specialBorder: '#6b1d1d', specialDash: '4 3',
};

/** A Leaflet map in this canvas with the atlas's zoom range, its initial view and its attribution. */
export function createBaseMap(canvas: HTMLElement, options: Leaflet.MapOptions = {}): Leaflet.Map {
  const map = L.map(canvas, { minZoom: 2, maxZoom: 12, worldCopyJump: false, preferCanvas: false, ...options })
    .setView([INITIAL_VIEW[0], INITIAL_VIEW[1]], INITIAL_VIEW[2]);
  map.attributionControl.setPrefix('Leaflet');
  map.attributionControl.addAttribution('Boundaries: Natural Earth (patched)');
  return map;
}

/**
 * An outline as the base map draws it with no layer filling it: land with grey borders, and an
 * occupied or breakaway area with the dashed dark-red border (only while it exists on the day).
 */
export function plainOutline(colours: BaseMap, status: unknown, exists = true): Leaflet.PathOptions {
  const special = status === 'occupied' || status === 'breakaway';
  return {
    color: special ? colours.specialBorder : colours.border,
    weight: special ? 1.5 : 0.6,
    dashArray: special ? colours.specialDash : undefined,
    fillColor: colours.land,
    fillOpacity: special ? (exists ? 0.25 : 0) : 0.55,
    opacity: exists ? 1 : 0,
  };
}

/** GET of a JSON answer of the atlas's API, relative to the page; an HTTP error is an error. */
export async function getJson<T>(address: URL | string): Promise<T> {
  const url = address instanceof URL ? address : new URL(address, document.baseURI);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url.pathname}: HTTP ${response.status}`);
  return response.json() as Promise<T>;
}
