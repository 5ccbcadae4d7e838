import type * as Leaflet from 'leaflet';
import L from './leaflet-global';
import { escapeHtml } from './labels';

/** What a marker tells its cluster: its colour and the label of what the colour stands for (its operator). */
export interface ClusterMember { atlasColor: string; atlasGroup: string }

/**
 * A cluster as a ring divided by the colours of what it holds (for presence: the operators), in
 * proportion, with the count in the middle. The mix is also written out as text for screen
 * readers and as the tooltip, so a colour is never the only way to tell.
 */
export function clusterIcon(cluster: Leaflet.MarkerCluster): Leaflet.DivIcon {
  const members = cluster.getAllChildMarkers().map((m) => m.options as unknown as ClusterMember);
  const mix = new Map<string, { color: string; count: number }>();
  for (const m of members) {
    const key = m.atlasGroup ?? '';
    const entry = mix.get(key) ?? { color: m.atlasColor ?? '#777777', count: 0 };
    entry.count++;
    mix.set(key, entry);
  }
  const parts = [...mix.entries()].sort((a, b) => b[1].count - a[1].count);
  const total = members.length;
  const size = total < 10 ? 36 : total < 30 ? 42 : 48;
  const r = 15;
  const circumference = 2 * Math.PI * r;
  let offset = 0;
  const arcs = parts.map(([, { color, count }]) => {
    const length = (count / total) * circumference;
    // Each arc a dashed circle: one dash as long as its share, started where the last one ended.
    const arc = `<circle cx="20" cy="20" r="${r}" fill="none" stroke="${color}" stroke-width="7"`
      + ` stroke-dasharray="${length.toFixed(2)} ${(circumference - length).toFixed(2)}" stroke-dashoffset="${(-offset).toFixed(2)}"/>`;
    offset += length;
    return arc;
  }).join('');
  const text = `${total} sites: ${parts.map(([label, { count }]) => `${count} ${label}`).join(', ')}`;
  const html = `<svg viewBox="0 0 40 40" width="${size}" height="${size}" aria-hidden="true">`
    + `<circle cx="20" cy="20" r="19" fill="#ffffff" stroke="#1a1a1a" stroke-width="1"/>`
    + `<g transform="rotate(-90 20 20)">${arcs}</g>`
    + `<circle cx="20" cy="20" r="11" fill="#ffffff"/></svg>`
    + `<span class="atlas-cluster-count" aria-hidden="true">${total}</span>`
    + `<span class="atlas-sr">${escapeHtml(text)}</span>`;
  return new ClusterIcon({ html, className: 'atlas-cluster', iconSize: [size, size] }, text);
}

/** A div icon whose element carries the mix as its hover text. */
class ClusterIcon extends L.DivIcon {
  constructor(options: Leaflet.DivIconOptions, private readonly text: string) {
    super(options);
  }

  createIcon(oldIcon?: HTMLElement): HTMLElement {
    const element = super.createIcon(oldIcon);
    element.title = this.text;
    return element;
  }
}
