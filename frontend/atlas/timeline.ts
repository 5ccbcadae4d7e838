import { firstDay, fromDayNumber, latest, toDayNumber, within } from './dates';
import { escapeHtml } from './labels';
import { Catalogue, LayerInfo, labelOf, markerSvg, resolveSymbol } from './style';
import 'uplot/dist/uPlot.min.css';

// The "dashboard" under the date slider: the events as ticks in a row per kind (hovering one
// names it, clicking it moves the date there), and a small stacked chart of the foreign military
// sites active at each month, by operator (uPlot, loaded after the map has drawn, so that the
// first drawing does not wait for it). Everything comes from the layers' drawing descriptions.

type Props = Record<string, any>;
interface Feature { id: string; geometry: any; properties: Props }

/** Operators drawn as series of their own; the rest are summed as "other". */
const CHART_SERIES = 6;
const CHART_HEIGHT = 56;
/** A tick's width in px (as in atlas-map.css): events closer than this on screen share one tick. */
const TICK_WIDTH = 12;

/** One event on the timeline, before ticks are laid out for the width shown. */
interface TimelineEvent { id: string; day: string; n: number; text: string; svg: string }

export class Timeline {
  readonly element = document.createElement('div');
  private readonly ticks = document.createElement('div');
  private readonly chartBox = document.createElement('div');
  private readonly chartLegend = document.createElement('ul');
  private readonly tip = document.createElement('div');
  private readonly ticksCursor = document.createElement('div');
  private readonly chartCursor = document.createElement('div');
  private chart?: { valToPos: (v: number, scale: string) => number; destroy: () => void };
  private day = '';
  private readonly startN: number;
  private readonly endN: number;
  private resize?: ResizeObserver;
  /** Each kind's lane and its events in date order, laid out again when the width changes. */
  private lanes: { lane: HTMLElement; events: TimelineEvent[] }[] = [];
  private lanesWidth = 0;
  private readonly ticksResize = new ResizeObserver(() => this.layoutTicks());

  constructor(start: string, end: string, private readonly pick: (day: string) => void) {
    this.startN = toDayNumber(start);
    this.endN = toDayNumber(end);
    this.element.className = 'atlas-dashboard';
    this.element.setAttribute('role', 'group');
    this.element.setAttribute('aria-label', 'Timeline: events and foreign military sites over time');
    this.ticks.className = 'atlas-ticks';
    this.tip.className = 'atlas-tick-tip';
    this.tip.setAttribute('role', 'tooltip');
    this.tip.id = `atlas-tick-tip-${Math.random().toString(36).slice(2, 8)}`;
    this.tip.hidden = true;
    this.ticksCursor.className = 'atlas-dashboard-cursor';
    this.chartCursor.className = 'atlas-dashboard-cursor';
    const chart = document.createElement('div');
    chart.className = 'atlas-chart';
    this.chartBox.className = 'atlas-chart-plot';
    this.chartLegend.className = 'atlas-chart-legend';
    chart.append(this.chartBox, this.chartLegend);
    this.element.append(this.ticks, chart, this.tip);
    this.ticksResize.observe(this.ticks);
  }

  /** The layer data arrived (after the first drawing): ticks at once, the chart when uPlot has loaded. */
  setData(catalogue: Catalogue, data: Map<string, Feature[]>): void {
    const events = catalogue.layers.find((l) => l.dateRule === 'window');
    const presence = catalogue.layers.find((l) => l.dateRule === 'period' && l.geometry === 'Point');
    if (events) this.drawTicks(catalogue, events, data.get(events.id) ?? []);
    if (presence) void this.drawChart(presence, data.get(presence.id) ?? []);
  }

  /** Moves the cursor lines to the date shown. */
  show(day: string): void {
    this.day = day;
    const share = (toDayNumber(day) - this.startN) / Math.max(1, this.endN - this.startN);
    this.ticksCursor.style.left = `${(share * 100).toFixed(3)}%`;
    if (this.chart) this.chartCursor.style.left = `${this.chart.valToPos(toDayNumber(day) * 86400, 'x')}px`;
  }

  destroy(): void {
    this.resize?.disconnect();
    this.ticksResize.disconnect();
    this.chart?.destroy();
  }

  private position(day: string): string {
    const share = (toDayNumber(day) - this.startN) / Math.max(1, this.endN - this.startN);
    return `${(Math.max(0, Math.min(1, share)) * 100).toFixed(3)}%`;
  }

  /** One row per kind (the event layer's shape groups), the events at their first day. */
  private drawTicks(catalogue: Catalogue, layer: LayerInfo, events: Feature[]): void {
    const shapeChannel = layer.style.channels.find((c) => c.visual === 'shape');
    const groups = shapeChannel?.categories ?? [];
    const rows = new Map<string, HTMLElement>();
    const rowFor = (label: string) => {
      let row = rows.get(label);
      if (!row) {
        row = document.createElement('div');
        row.className = 'atlas-tick-row';
        const name = document.createElement('span');
        name.className = 'atlas-tick-kind';
        name.textContent = label;
        const lane = document.createElement('div');
        lane.className = 'atlas-tick-lane';
        row.append(name, lane);
        rows.set(label, row);
      }
      return row.lastElementChild as HTMLElement;
    };
    groups.forEach((g) => rowFor(g.label));
    const dayOf = (f: Feature) => firstDay(f.properties.date ?? f.properties.validFrom);
    const lanes = new Map<HTMLElement, TimelineEvent[]>();
    for (const f of [...events].sort((a, b) => dayOf(a).localeCompare(dayOf(b)))) {
      const p = f.properties;
      const day = dayOf(f);
      const n = toDayNumber(day);
      if (n < this.startN || n > this.endN) continue;
      const group = groups.find((g) => g.values.includes(String(p[shapeChannel!.property])));
      const kind = labelOf(layer.style, 'kind', p.kind);
      const lane = rowFor(group?.label ?? kind);
      lanes.set(lane, [...(lanes.get(lane) ?? []), {
        id: f.id, day, n, text: `${p.date ?? p.validFrom}: ${p.name} (${kind})`,
        svg: markerSvg(catalogue.shapes, resolveSymbol(layer.style, p, null), 11),
      }]);
    }
    this.ticks.replaceChildren(...rows.values(), this.ticksCursor);
    this.lanes = [...lanes.entries()].map(([lane, laneEvents]) => ({ lane, events: laneEvents }));
    this.lanesWidth = 0;
    this.layoutTicks();
  }

  /**
   * Events a few weeks apart would draw on top of each other, and the one beneath could not be
   * pointed at: events closer on screen than a tick's width share one tick, which names them all
   * and shows how many; clicking it moves the date to the first. Done again when the width changes.
   */
  private layoutTicks(): void {
    const width = this.ticks.clientWidth;
    if (width <= 0 || width === this.lanesWidth) return;
    this.lanesWidth = width;
    const gap = (TICK_WIDTH / width) * Math.max(1, this.endN - this.startN);
    for (const { lane, events } of this.lanes) {
      const ticks: HTMLElement[] = [];
      for (let i = 0; i < events.length; ) {
        let j = i + 1;
        while (j < events.length && events[j].n - events[i].n < gap) j++;
        ticks.push(this.tick(events.slice(i, j)));
        i = j;
      }
      lane.replaceChildren(...ticks);
    }
  }

  private tick(events: TimelineEvent[]): HTMLElement {
    const first = events[0];
    const text = events.map((e) => e.text).join('\n');
    const tick = document.createElement('button');
    tick.type = 'button';
    tick.className = 'atlas-tick';
    // The slider is the keyboard's way along the timeline: the ticks are for the pointer.
    tick.tabIndex = -1;
    tick.style.left = this.position(first.day);
    tick.dataset.day = first.day;
    tick.dataset.id = events.map((e) => e.id).join(' ');
    tick.setAttribute('aria-label', text);
    tick.innerHTML = first.svg + (events.length > 1 ? `<span class="atlas-tick-count">${events.length}</span>` : '');
    tick.addEventListener('mouseenter', () => this.showTip(tick, text, events.length));
    tick.addEventListener('mouseleave', () => { this.tip.hidden = true; });
    tick.addEventListener('click', () => this.pick(first.day));
    return tick;
  }

  private showTip(tick: HTMLElement, text: string, lines: number): void {
    this.tip.textContent = text;
    this.tip.hidden = false;
    const host = this.element.getBoundingClientRect();
    const r = tick.getBoundingClientRect();
    const left = Math.min(Math.max(0, r.left - host.left - 40), Math.max(0, host.width - 320));
    this.tip.style.left = `${left}px`;
    // Above the tick, one line per event it stands for.
    this.tip.style.top = `${r.top - host.top - 8 - 18 * lines}px`;
    tick.setAttribute('aria-describedby', this.tip.id);
  }

  /** Month by month: foreign sites (operator not the host) in a solid (active) status, stacked by operator. */
  private async drawChart(layer: LayerInfo, sites: Feature[]): Promise<void> {
    const months: string[] = [];
    for (let n = this.startN; n <= this.endN; ) {
      const day = fromDayNumber(n);
      months.push(day);
      const d = new Date(`${day}T00:00:00Z`);
      d.setUTCMonth(d.getUTCMonth() + 1);
      n = toDayNumber(d.toISOString().slice(0, 10));
    }
    const solid = (status: string) => !layer.style.statuses.find((s) => s.values.includes(status))?.hollow;
    const foreign = sites.filter((f) => f.properties.operator && f.properties.host && f.properties.operator !== f.properties.host);
    const counts = new Map<string, number[]>();
    for (const f of foreign) {
      const p = f.properties;
      const series = counts.get(p.operator) ?? new Array(months.length).fill(0);
      months.forEach((day, i) => {
        if (!within(day, p.validFrom, p.validTo)) return;
        const status = latest(p.history ?? [], (h: Props) => h.from, day)?.status ?? (p.validTo ? 'active' : p.status);
        if (solid(status)) series[i]++;
      });
      counts.set(p.operator, series);
    }
    const ranked = [...counts.entries()].sort((a, b) => Math.max(...b[1]) - Math.max(...a[1]));
    const shown = ranked.slice(0, CHART_SERIES);
    const rest = ranked.slice(CHART_SERIES);
    if (rest.length) shown.push(['', months.map((_, i) => rest.reduce((sum, [, s]) => sum + s[i], 0))]);
    const named = shown.map(([operator, values]) => ({
      label: operator ? labelOf(layer.style, 'operator', operator) : 'Other operators',
      color: operator ? resolveSymbol(layer.style, { operator }, 'active').color ?? '#777777' : '#9a9a9a',
      values,
    }));
    const heading = document.createElement('li');
    heading.className = 'atlas-chart-heading';
    this.chartLegend.replaceChildren(heading, ...named.map((s) => {
      const li = document.createElement('li');
      li.innerHTML = `<span class="atlas-chart-swatch" style="background:${s.color}"></span>${escapeHtml(s.label)}`;
      return li;
    }));
    const peak = Math.max(0, ...months.map((_, i) => named.reduce((sum, s) => sum + s.values[i], 0)));
    heading.textContent = `Foreign sites (0–${peak})`;
    this.chartBox.setAttribute('role', 'img');
    this.chartBox.setAttribute('aria-label', `Foreign military sites active each month, 2008 to today, stacked by operator`
      + ` (${named.map((s) => `${s.label}: up to ${Math.max(...s.values)}`).join(', ')}; at most ${peak} together)`);

    const { default: uPlot } = await import('uplot');
    const xs = months.map((d) => toDayNumber(d) * 86400);
    // Stacked: each series drawn as the running total, filled down to the one beneath it.
    const totals: number[][] = [];
    named.forEach((s, k) => totals.push(s.values.map((v, i) => v + (k > 0 ? totals[k - 1][i] : 0))));
    const width = Math.max(200, this.chartBox.clientWidth || 600);
    const options = {
      width, height: CHART_HEIGHT,
      legend: { show: false },
      cursor: { y: false, points: { show: false } },
      select: { show: false, left: 0, top: 0, width: 0, height: 0 },
      scales: { x: { time: true, min: xs[0], max: xs[xs.length - 1] }, y: { range: [0, Math.max(4, peak)] as [number, number] } },
      axes: [
        { size: 22, font: '11px system-ui, sans-serif', stroke: '#333', grid: { show: false }, ticks: { size: 3 } },
        // No y axis: the peak is written beside the chart, in its legend.
        { show: false },
      ],
      series: [{}, ...named.map((s) => ({ label: s.label, stroke: s.color, fill: s.color, width: 1, points: { show: false } }))],
      bands: named.slice(1).map((_, k) => ({ series: [k + 2, k + 1] as [number, number] })),
    };
    // Drawn top series first, so each band covers only its own share.
    const chart = new uPlot(options as never, [xs, ...totals] as never, this.chartBox);
    this.chart = chart;
    chart.over.append(this.chartCursor);
    chart.over.addEventListener('click', (e: MouseEvent) => {
      const seconds = chart.posToVal(e.offsetX, 'x');
      this.pick(fromDayNumber(Math.round(seconds / 86400)));
    });
    this.resize = new ResizeObserver(() => {
      const w = this.chartBox.clientWidth;
      if (w > 0 && Math.abs(w - chart.width) > 4) chart.setSize({ width: w, height: CHART_HEIGHT });
      this.show(this.day);
    });
    this.resize.observe(this.chartBox);
    this.element.dataset.chart = String(named.length);
    this.show(this.day);
  }
}
