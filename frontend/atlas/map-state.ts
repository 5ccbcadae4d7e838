// The map state as the browser holds it: the same values as the server's MapState (layer
// package), which sets them as the <atlas-map> element's properties and, for the explorer's
// first paint, puts them into the page (map-preview.ts). One interface for the element, the
// preview and the controller.

export interface MapState {
  asOf: string;
  layers: Set<string>;
  organisation: string;
  /** layer:id of the selected feature, or '' */
  selected: string;
  /** Ids drawn emphasised, whatever their layer (a briefing slide's highlighted features). */
  highlight: Set<string>;
  /** Presenting: no controls, and the arrow keys belong to the slides, not to map panning. */
  presentation: boolean;
  showEnded: boolean;
  onlineTiles: boolean;
}

/** The element's properties as the server writes them (AtlasMap.properties), plus the view for a preview. */
export interface ElementState {
  asOf: string;
  layers: string;
  organisation: string;
  selected: string;
  highlight?: string;
  showEnded: boolean;
  onlineTiles: boolean;
  view?: [number, number, number] | null;
}

/** A comma list as a set, without empty entries. */
export function idSet(list: string | null | undefined): Set<string> {
  return new Set((list ?? '').split(',').map((s) => s.trim()).filter((s) => s));
}

/** The state an element's properties describe. */
export function fromElement(e: ElementState): Partial<MapState> {
  return {
    asOf: e.asOf,
    layers: idSet(e.layers),
    organisation: e.organisation ?? '',
    selected: e.selected ?? '',
    highlight: idSet(e.highlight),
    showEnded: !!e.showEnded,
    onlineTiles: !!e.onlineTiles,
  };
}
