import { fromDayNumber, toDayNumber } from './dates';
import type { MapState } from './map-state';
import { CASING_COLOR, needsCasing } from './symbols';
import { Catalogue, Category, Channel, LayerInfo, Symbol, markerSvg } from './style';

type Change = Partial<MapState>;

const PLAY_STEP_DAYS = 30;
/** Play's speeds: milliseconds per month shown. */
const SPEEDS: [string, number][] = [['Slow', 500], ['Normal', 250], ['Fast', 100]];

/**
 * The map's own controls: plain native inputs, so every one is reachable and operable from the
 * keyboard and announced by screen readers. They change the map directly (no server round trip)
 * and report each change through the callback. The layer switches, the organisations and the
 * legend come from the server's catalogue (/api/v1/layers): nothing here names a layer.
 */
export class AtlasControls {
  readonly toolbar = document.createElement('div');
  readonly timebar = document.createElement('div');
  private readonly layerBoxes = document.createElement('span');
  private readonly slider = document.createElement('input');
  private readonly dateOutput = document.createElement('output');
  private readonly play = document.createElement('button');
  private readonly speed = document.createElement('select');
  private readonly organisation = document.createElement('select');
  private readonly legend = document.createElement('details');
  private readonly boxes = new Map<string, HTMLInputElement>();
  private layerIds: string[] = [];
  private timer?: number;
  private shown?: MapState;

  constructor(start: string, end: string, private readonly onChange: (c: Change) => void) {
    this.toolbar.className = 'atlas-toolbar';
    this.toolbar.setAttribute('role', 'group');
    this.toolbar.setAttribute('aria-label', 'Map layers');
    this.layerBoxes.className = 'atlas-layer-switches';
    this.toolbar.append(this.layerBoxes);
    const orgLabel = document.createElement('label');
    orgLabel.textContent = 'Outline members of ';
    this.organisation.id = 'atlas-organisation';
    this.organisation.append(new Option('(none)', ''));
    this.organisation.addEventListener('change', () => this.onChange({ organisation: this.organisation.value }));
    orgLabel.append(this.organisation);
    this.toolbar.append(orgLabel);
    this.toolbar.append(this.checkbox('show-ended', 'Show ended sites', (on) => this.onChange({ showEnded: on }), 'showEnded'));
    this.toolbar.append(this.checkbox('online-tiles', 'Online tiles', (on) => this.onChange({ onlineTiles: on }), 'onlineTiles'));
    this.legend.className = 'atlas-legend';
    this.toolbar.append(this.legend);

    this.timebar.className = 'atlas-timebar';
    this.play.type = 'button';
    this.play.className = 'atlas-play';
    this.play.textContent = 'Play';
    this.play.setAttribute('aria-pressed', 'false');
    this.play.addEventListener('click', () => (this.timer ? this.stop() : this.start()));
    this.speed.className = 'atlas-speed';
    this.speed.setAttribute('aria-label', 'Play speed');
    this.speed.append(...SPEEDS.map(([label, ms]) => new Option(label, String(ms), false, ms === 250)));
    this.speed.addEventListener('change', () => {
      if (this.timer) {
        this.stop();
        this.start();
      }
    });
    this.slider.type = 'range';
    this.slider.className = 'atlas-slider';
    this.slider.min = String(toDayNumber(start));
    this.slider.max = String(toDayNumber(end));
    this.slider.step = '1';
    this.slider.setAttribute('aria-label', 'Date shown on the map');
    this.slider.addEventListener('input', () => this.onChange({ asOf: fromDayNumber(Number(this.slider.value)) }));
    this.dateOutput.className = 'atlas-date';
    const startLabel = document.createElement('span');
    startLabel.textContent = start.slice(0, 4);
    const endLabel = document.createElement('span');
    endLabel.textContent = end.slice(0, 4);
    const steps = ([['−1 year', -12], ['−1 month', -1], ['+1 month', 1], ['+1 year', 12]] as [string, number][])
      .map(([label, months]) => {
        const b = document.createElement('button');
        b.type = 'button';
        b.className = 'atlas-step';
        b.textContent = label;
        b.setAttribute('aria-label', `${months < 0 ? 'Back' : 'Forward'} ${Math.abs(months) === 12 ? 'one year' : 'one month'}`);
        b.addEventListener('click', () => this.step(months));
        return b;
      });
    this.timebar.append(this.play, this.speed, steps[0], steps[1], startLabel, this.slider, endLabel, steps[2], steps[3], this.dateOutput);
  }

  /** The server's catalogue arrived: one switch per layer, the organisations, and the legend. */
  setCatalogue(catalogue: Catalogue): void {
    this.layerIds = catalogue.layers.map((l) => l.id);
    this.layerBoxes.replaceChildren(...catalogue.layers.map((l) => this.checkbox(`layer-${l.id}`, l.title, (on) => {
      const layers = new Set(this.layerIds.filter((id) => this.boxes.get(id)!.checked));
      if (on) layers.add(l.id); else layers.delete(l.id);
      this.onChange({ layers });
    }, l.id)));
    this.organisation.replaceChildren(new Option('(none)', ''), ...catalogue.organisations.map((o) => {
      // The short name fits a phone's toolbar; the full name is the option's title.
      const option = new Option(o.id, o.id);
      option.title = o.name;
      return option;
    }));
    this.setLegend(catalogue);
    if (this.shown) this.show(this.shown);
  }

  /** Shows the state without raising change events (it came from the server or from the map). */
  show(state: MapState): void {
    this.shown = state;
    this.slider.value = String(toDayNumber(state.asOf));
    this.slider.setAttribute('aria-valuetext', state.asOf);
    this.dateOutput.textContent = state.asOf;
    for (const id of this.layerIds) this.boxes.get(id)!.checked = state.layers.has(id);
    this.boxes.get('showEnded')!.checked = state.showEnded;
    this.boxes.get('onlineTiles')!.checked = state.onlineTiles;
    if ([...this.organisation.options].some((o) => o.value === state.organisation)) this.organisation.value = state.organisation;
  }

  private setLegend(catalogue: Catalogue): void {
    const summary = document.createElement('summary');
    summary.textContent = 'Legend';
    const parts: string[] = [];
    for (const layer of catalogue.layers) {
      const months = layer.windowDays ? ` (within ${Math.round(layer.windowDays / 30.44)} months of the date)` : '';
      parts.push(`<h3>${escapeHtml(layer.title)}${months}</h3><ul>`);
      const seen = new Set<string>();
      for (const channel of layer.style.channels) {
        for (const c of [...channel.categories, ...(channel.fallback ? [channel.fallback] : [])]) {
          if (seen.has(`${channel.visual}|${c.label}`)) continue;
          seen.add(`${channel.visual}|${c.label}`);
          parts.push(`<li>${swatch(catalogue, layer, channel, c)} ${escapeHtml(c.label)}</li>`);
        }
      }
      for (const s of layer.style.statuses.filter((x) => x.hollow || x.dash || x.opacity < 1)) {
        const sample: Symbol = { shape: 'circle', color: '#777777', fill: null, pattern: null, halo: null, dash: s.dash ?? null, hollow: s.hollow, opacity: s.opacity };
        parts.push(`<li>${layer.geometry === 'MultiLineString' ? line('#555555', s.dash) : markerSvg(catalogue.shapes, sample, 14)} ${escapeHtml(s.label)}</li>`);
      }
      parts.push('</ul>');
    }
    const body = document.createElement('div');
    body.innerHTML = parts.join('');
    this.legend.replaceChildren(summary, body);
  }

  /** Moves the date by whole months, within the slider's range. */
  private step(months: number): void {
    const day = new Date(`${fromDayNumber(Number(this.slider.value))}T00:00:00Z`);
    day.setUTCMonth(day.getUTCMonth() + months);
    const n = Math.max(Number(this.slider.min), Math.min(Number(this.slider.max), toDayNumber(day.toISOString().slice(0, 10))));
    this.onChange({ asOf: fromDayNumber(n) });
  }

  private start(): void {
    if (Number(this.slider.value) >= Number(this.slider.max)) this.slider.value = this.slider.min;
    this.play.textContent = 'Pause';
    this.play.setAttribute('aria-pressed', 'true');
    this.timer = window.setInterval(() => {
      const next = Math.min(Number(this.slider.value) + PLAY_STEP_DAYS, Number(this.slider.max));
      this.onChange({ asOf: fromDayNumber(next) });
      if (next >= Number(this.slider.max)) this.stop();
    }, Number(this.speed.value));
  }

  /** Stops playing (Escape anywhere on the page does this). */
  stop(): void {
    window.clearInterval(this.timer);
    this.timer = undefined;
    this.play.textContent = 'Play';
    this.play.setAttribute('aria-pressed', 'false');
  }

  private checkbox(id: string, text: string, changed: (on: boolean) => void, key: string): HTMLLabelElement {
    const label = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.id = `atlas-${id}`;
    box.addEventListener('change', () => changed(box.checked));
    this.boxes.set(key, box);
    label.append(box, ` ${text}`);
    return label;
  }
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
