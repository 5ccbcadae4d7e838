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
  /** Facts whose confidence (their best citation's grade, "B2") is below this grade are played down; '' = none. */
  grade: string;
  /** An instant ("2026-01-27T12:00:00Z"): the map reads the data as the atlas knew it then; '' = live. */
  knownOn: string;
  /** How facts below the grade are played down: drawn faint, or hidden. */
  below: 'faint' | 'hide';
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
  grade?: string;
  below?: string;
  /** lat, lon, zoom, and where the view has them its bounds: south, west, north, east. */
  view?: number[] | null;
}

/**
 * Whether a fact with this confidence is below the grade: later in the server's order of grades
 * (GET /api/v1/grades, best first), or not graded at all (which ranks below every grade).
 */
export function belowGrade(confidence: unknown, grade: string, order: string[]): boolean {
  if (!grade) return false;
  const at = typeof confidence === 'string' ? order.indexOf(confidence) : -1;
  return at < 0 || at > order.indexOf(grade);
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
    grade: e.grade ?? '',
    below: e.below === 'hide' ? 'hide' : 'faint',
  };
}
