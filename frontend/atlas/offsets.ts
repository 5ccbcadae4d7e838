import type * as Leaflet from 'leaflet';
import L from './leaflet-global';

/**
 * The rule's numbers, from the server (GET /api/v1/layers, "sideBySide"; Java layer.SideBySide,
 * which the handout draws with): the gap between centre lines in pixels, and the decimals at
 * which two stretch ends are the same point.
 */
export interface SideBySideRule { gapPx: number; keyDecimals: number }

/** One drawn line: its owner (the corridor), and its points. */
export interface OwnedLine { owner: string; points: Leaflet.LatLng[] }


/**
 * Lines of different owners that run along the same stretch (the same two points, in either
 * direction) are moved apart on screen, side by side in the owners' order, so that each one is
 * seen and can be picked; stretches no other owner shares stay where they are. The handout draws
 * by the same rule (SideBySide.java). Done in pixels at
 * the map's zoom (the map redraws on zoom), so the gap is the same at every zoom. The data's
 * coordinates are not changed.
 */
export function sideBySide(map: Leaflet.Map, lines: OwnedLine[], rule: SideBySideRule): Leaflet.LatLng[][] {
  const key = (p: Leaflet.LatLng) => `${p.lat.toFixed(rule.keyDecimals)},${p.lng.toFixed(rule.keyDecimals)}`;
  const sharers = new Map<string, Set<string>>();
  const edgeKey = (a: Leaflet.LatLng, b: Leaflet.LatLng) => {
    const [ka, kb] = [key(a), key(b)];
    return ka < kb ? `${ka}|${kb}` : `${kb}|${ka}`;
  };
  for (const line of lines) {
    for (let i = 1; i < line.points.length; i++) {
      const k = edgeKey(line.points[i - 1], line.points[i]);
      if (!sharers.has(k)) sharers.set(k, new Set());
      sharers.get(k)!.add(line.owner);
    }
  }
  const zoom = map.getZoom();
  return lines.map((line) => {
    const pts = line.points;
    // Each edge's signed slot: its place among the owners of that stretch, with the sign turned
    // when this line runs the stretch against its canonical direction, so all owners agree on sides.
    const slots: number[] = [];
    let any = false;
    for (let i = 1; i < pts.length; i++) {
      const owners = [...(sharers.get(edgeKey(pts[i - 1], pts[i])) ?? [])].sort();
      if (owners.length < 2) {
        slots.push(0);
        continue;
      }
      any = true;
      const slot = (owners.indexOf(line.owner) - (owners.length - 1) / 2) * rule.gapPx;
      slots.push(key(pts[i - 1]) < key(pts[i]) ? slot : -slot);
    }
    if (!any) return pts;
    const xy = pts.map((p) => map.project(p, zoom));
    return xy.map((p, i) => {
      const before = i > 0 ? { slot: slots[i - 1], n: normal(xy[i - 1], p) } : undefined;
      const after = i < xy.length - 1 ? { slot: slots[i], n: normal(p, xy[i + 1]) } : undefined;
      let dx = 0;
      let dy = 0;
      let count = 0;
      for (const side of [before, after]) {
        if (!side || side.slot === 0) continue;
        dx += side.n.x * side.slot;
        dy += side.n.y * side.slot;
        count++;
      }
      if (count === 0) return pts[i];
      return map.unproject(L.point(p.x + dx / count, p.y + dy / count), zoom);
    });
  });
}

function normal(a: Leaflet.Point, b: Leaflet.Point): { x: number; y: number } {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = Math.hypot(dx, dy) || 1;
  return { x: -dy / length, y: dx / length };
}
