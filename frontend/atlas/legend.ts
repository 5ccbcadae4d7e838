import { CASING_COLOR, needsCasing } from './symbols';
import { Catalogue, Category, Channel, LayerInfo, Symbol, Symbology, markerSvg } from './style';

// The legend of what the map draws on the date: only the categories and statuses of features
// drawn now, layer by layer, with the same samples as the map's symbols.

/** Per layer id, the legend rows in use: `visual|label` of each channel category, `status|label`. */
export type InUse = Map<string, Set<string>>;

/** Which legend rows a feature's symbol uses: the same channel by channel resolution as resolveSymbol. */
export function rowsOf(style: Symbology, props: Record<string, unknown>, status: string | null | undefined): string[] {
  const rows: string[] = [];
  const set = new Set<string>();
  for (const channel of style.channels) {
    const value = String(props[channel.property] ?? null);
    const c = channel.categories.find((x) => x.values.includes(value)) ?? channel.fallback;
    if (!c || set.has(channel.visual)) continue;
    set.add(channel.visual);
    rows.push(`${channel.visual}|${c.label}`);
  }
  const st = style.statuses.find((x) => x.values.includes(String(status)));
  if (st && (st.hollow || st.dash || st.opacity < 1)) rows.push(`status|${st.label}`);
  return rows;
}

export function note(inUse: InUse, layer: string, rows: string[]): void {
  if (!inUse.has(layer)) inUse.set(layer, new Set());
  const set = inUse.get(layer)!;
  rows.forEach((r) => set.add(r));
}

/** The legend's body for what is in use, in the layers' order; empty layers are left out. */
export function legendHtml(catalogue: Catalogue, inUse: InUse, day: string,
  filter?: { grade: string; below: string; meaning: string }): string {
  const parts: string[] = [`<p class="atlas-legend-date">On the map on ${escapeHtml(day)}</p>`];
  if (filter) {
    parts.push(`<p class="atlas-legend-grade">Facts graded below ${escapeHtml(filter.grade)}`
      + `${filter.meaning ? ` (${escapeHtml(filter.meaning)})` : ''}, or not graded, are `
      + `${filter.below === 'hide' ? 'hidden' : 'drawn faint'}; a selected or highlighted one is always drawn.</p>`);
  }
  for (const layer of catalogue.layers) {
    const used = inUse.get(layer.id);
    if (!used || used.size === 0) continue;
    const months = layer.windowDays ? ` (within ${Math.round(layer.windowDays / 30.44)} months)` : '';
    parts.push(`<h3>${escapeHtml(layer.title)}${months}</h3><ul>`);
    const seen = new Set<string>();
    for (const channel of layer.style.channels) {
      for (const c of [...channel.categories, ...(channel.fallback ? [channel.fallback] : [])]) {
        const row = `${channel.visual}|${c.label}`;
        if (!used.has(row) || seen.has(row)) continue;
        seen.add(row);
        parts.push(`<li>${swatch(catalogue, layer, channel, c)} ${escapeHtml(c.label)}</li>`);
      }
    }
    for (const s of layer.style.statuses) {
      const row = `status|${s.label}`;
      if (!used.has(row) || seen.has(row)) continue;
      seen.add(row);
      const sample: Symbol = { shape: 'circle', color: '#777777', fill: null, pattern: null, halo: null, dash: s.dash ?? null, hollow: s.hollow, opacity: s.opacity };
      parts.push(`<li>${layer.geometry === 'MultiLineString' ? line('#555555', s.dash) : markerSvg(catalogue.shapes, sample, 14)} ${escapeHtml(s.label)}</li>`);
    }
    parts.push('</ul>');
  }
  if (parts.length === 1) parts.push('<p>Nothing is drawn on this date with the layers shown.</p>');
  return parts.join('');
}

/** A legend sample for one category: the one visual variable its channel sets, the rest neutral. */
function swatch(catalogue: Catalogue, layer: LayerInfo, channel: Channel, c: Category): string {
  const neutral: Symbol = { shape: 'circle', color: '#777777', fill: null, pattern: null, halo: null, dash: null, hollow: false, opacity: 1 };
  if (channel.visual === 'fill') {
    if (!c.color) return '<span class="atlas-swatch atlas-swatch-no-stance"></span>';
    return `<span class="atlas-swatch" style="background:${c.color}${c.dash ? ';border-style:dashed' : ''}"></span>`;
  }
  if (channel.visual === 'halo') return line('#555555', undefined, 3, 1, c.color);
  if (layer.geometry === 'MultiLineString') return line(c.color ?? '#555555');
  if (channel.visual === 'shape') return markerSvg(catalogue.shapes, { ...neutral, shape: c.shape ?? 'circle' }, 14);
  // A colour of a point layer: shown on the layer's most common shape, so it reads as that layer's.
  const shape = layer.style.channels.find((x) => x.visual === 'shape')?.categories[0]?.shape ?? 'circle';
  return markerSvg(catalogue.shapes, { ...neutral, shape, color: c.color ?? '#777777' }, 14);
}

function line(color: string, dash?: string, width = 3, opacity = 1, halo?: string): string {
  const stroke = (c: string, w: number, o: number, d?: string) => `<line x1="1" y1="5" x2="27" y2="5" stroke="${c}" stroke-width="${w}"`
    + ` stroke-opacity="${o}"${d ? ` stroke-dasharray="${d}"` : ''}/>`;
  const glow = halo ? stroke(halo, 9, 0.35) : '';
  const casing = needsCasing(color) ? stroke(CASING_COLOR, width + 2, 0.85, dash) : '';
  return `<svg width="28" height="10" aria-hidden="true">${glow}${casing}${stroke(color, width, opacity, dash)}</svg>`;
}

function escapeHtml(text: string): string {
  return String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
