import type { SideBySideRule } from './offsets';

// The drawing description the server serves with each layer (GET /api/v1/layers, "style"), and
// the one way to turn a feature's properties into a symbol. The same resolution runs on the
// server for the PDF handout (Symbology.symbol in Java); a browser test holds the two side by side.

export interface Category { values: string[]; label: string; color?: string; shape?: string; dash?: string }
export interface Channel { property: string; visual: 'color' | 'shape' | 'fill' | 'halo'; title: string; categories: Category[]; fallback?: Category }
export interface StatusStyle { values: string[]; label: string; hollow: boolean; dash?: string; opacity: number }
export interface Symbology { order: number; channels: Channel[]; statuses: StatusStyle[]; labels: string }
export interface Shape { label: string; points?: string; radius?: number; dashed: boolean }
export interface LegendEntry { property: string; value: string; label: string; color?: string; shape?: string }
export interface LayerInfo {
  id: string; title: string; description: string; geometry: string; legend: LegendEntry[]; style: Symbology;
  /** What the map fetches of the layer (the page preloads the same address). */
  mapHref: string;
  /** How the layer decides what it draws on a date: period, window, segments or series. */
  dateRule: 'period' | 'window' | 'segments' | 'series';
  /** Whether its points gather into clusters where they crowd. */
  clustered: boolean;
  /** For events: shown within this many days of the chosen date. */
  windowDays?: number;
}
export interface Organisation { id: string; name: string }
/** The offline base map under every layer. */
export interface BaseMap { sea: string; land: string; border: string; specialBorder: string; specialDash: string }
/** The whole answer of /api/v1/layers: everything the map needs to draw and explain itself. */
export interface Catalogue {
  layers: LayerInfo[]; shapes: Record<string, Shape>; organisations: Organisation[]; baseMap: BaseMap;
  /** How lines that share a stretch are drawn apart (offsets.ts, SideBySide.java). */
  sideBySide: SideBySideRule;
}

export interface Symbol {
  shape: string | null; color: string | null; fill: string | null; pattern: string | null; halo: string | null;
  dash: string | null; hollow: boolean; opacity: number;
}

type Props = Record<string, unknown>;

/** Channel by channel, the first to set a visual variable wins; then the status's style. */
export function resolveSymbol(style: Symbology, props: Props, status: string | null | undefined): Symbol {
  const s: Symbol = { shape: null, color: null, fill: null, pattern: null, halo: null, dash: null, hollow: false, opacity: 1 };
  for (const channel of style.channels) {
    const value = String(props[channel.property] ?? null);
    const c = channel.categories.find((x) => x.values.includes(value)) ?? channel.fallback;
    if (!c) continue;
    if (channel.visual === 'color') s.color ??= c.color ?? null;
    else if (channel.visual === 'shape') s.shape ??= c.shape ?? null;
    else if (channel.visual === 'fill') {
      if (s.fill === null && s.pattern === null) {
        s.fill = c.color ?? null;
        s.pattern = c.color ? null : c.shape ?? null;
      }
    } else if (channel.visual === 'halo') s.halo ??= c.color ?? null;
    s.dash ??= c.dash ?? null;
  }
  const st = style.statuses.find((x) => x.values.includes(String(status)));
  if (st) {
    s.hollow = st.hollow;
    s.dash ??= st.dash ?? null;
    s.opacity = st.opacity;
  }
  return s;
}

/** The same compact form as the server's Symbol.key(), written on what the map draws (data-symbol). */
export function symbolKey(s: Symbol): string {
  return [s.shape, s.color, s.fill, s.pattern, s.halo, s.dash].map((v) => v ?? '').join('|') + (s.hollow ? '|hollow' : '|solid');
}

/** The legend label of a property's value, where a channel names it. */
export function labelOf(style: Symbology | undefined, property: string, value: string): string {
  for (const channel of style?.channels ?? []) {
    if (channel.property !== property) continue;
    const c = channel.categories.find((x) => x.values.includes(value));
    if (c) return c.label;
  }
  return value;
}

/** A marker as SVG: the symbol's shape from the served shapes, filled with its colour (white when hollow). */
export function markerSvg(shapes: Record<string, Shape>, s: Symbol, size = 20): string {
  const shape = shapes[s.shape ?? 'circle'] ?? shapes.circle;
  const color = s.color ?? '#555555';
  const dash = s.dash ?? (shape?.dashed ? '3 2' : null);
  const body = shape?.radius !== undefined
    ? `<circle cx="10" cy="10" r="${shape.radius}"/>` : `<polygon points="${shape?.points ?? ''}"/>`;
  const fill = s.hollow ? 'white' : color;
  const stroke = s.hollow ? color : '#1a1a1a';
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 20 20" width="${size}" height="${size}" aria-hidden="true">`
    + `<g fill="${fill}" fill-opacity="${s.hollow ? 0.85 : 1}" stroke="${stroke}" stroke-width="${s.hollow ? 2 : 1.2}"`
    + `${dash ? ` stroke-dasharray="${dash}"` : ''} opacity="${s.opacity}">${body}</g></svg>`;
}
