import { fromDayNumber, toDayNumber } from './dates';
import { CASING_COLOR, KIND_LABELS, dashFor, needsCasing, shapeSvg } from './symbols';

export const LAYER_IDS = ['military-presence', 'corridors', 'alignments', 'events'];
export const ORGANISATIONS = ['CSTO', 'EAEU', 'CIS', 'NATO', 'EU', 'SCO', 'BRICS', 'OTS'];

export interface LegendEntry { property: string; value: string; label: string; color: string }
export interface LayerInfo {
  id: string; title: string; description: string; legend: LegendEntry[];
  /** For events: shown within this many days of the chosen date. */
  windowDays?: number;
}

export interface ControlState {
  asOf: string;
  layers: Set<string>;
  organisation: string;
  showEnded: boolean;
  onlineTiles: boolean;
}

type Change = Partial<ControlState>;

const PLAY_STEP_DAYS = 30;
const PLAY_TICK_MS = 250;

/**
 * The map's own controls: plain native inputs, so every one is reachable and operable from the
 * keyboard and announced by screen readers. They change the map directly (no server round trip)
 * and report each change through the callback.
 */
export class AtlasControls {
  readonly toolbar = document.createElement('div');
  readonly timebar = document.createElement('div');
  private readonly slider = document.createElement('input');
  private readonly dateOutput = document.createElement('output');
  private readonly play = document.createElement('button');
  private readonly organisation = document.createElement('select');
  private readonly legend = document.createElement('details');
  private readonly boxes = new Map<string, HTMLInputElement>();
  private timer?: number;

  constructor(start: string, end: string, private readonly onChange: (c: Change) => void) {
    this.toolbar.className = 'atlas-toolbar';
    this.toolbar.setAttribute('role', 'group');
    this.toolbar.setAttribute('aria-label', 'Map layers');
    const titles: Record<string, string> = {
      'military-presence': 'Military presence', corridors: 'Transit corridors', alignments: 'Alliance status', events: 'Events',
    };
    for (const id of LAYER_IDS) {
      this.toolbar.append(this.checkbox(`layer-${id}`, titles[id], (on) => {
        const layers = new Set(this.currentLayers());
        if (on) layers.add(id); else layers.delete(id);
        this.onChange({ layers });
      }, this.boxes, id));
    }
    const orgLabel = document.createElement('label');
    orgLabel.textContent = 'Outline members of ';
    this.organisation.id = 'atlas-organisation';
    this.organisation.append(new Option('(none)', ''), ...ORGANISATIONS.map((o) => new Option(o, o)));
    this.organisation.addEventListener('change', () => this.onChange({ organisation: this.organisation.value }));
    orgLabel.append(this.organisation);
    this.toolbar.append(orgLabel);
    this.toolbar.append(this.checkbox('show-ended', 'Show ended sites', (on) => this.onChange({ showEnded: on }), this.boxes, 'showEnded'));
    this.toolbar.append(this.checkbox('online-tiles', 'Online tiles', (on) => this.onChange({ onlineTiles: on }), this.boxes, 'onlineTiles'));
    this.legend.className = 'atlas-legend';
    this.toolbar.append(this.legend);

    this.timebar.className = 'atlas-timebar';
    this.play.type = 'button';
    this.play.className = 'atlas-play';
    this.play.textContent = 'Play';
    this.play.setAttribute('aria-pressed', 'false');
    this.play.addEventListener('click', () => (this.timer ? this.stop() : this.start()));
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
    this.timebar.append(this.play, startLabel, this.slider, endLabel, this.dateOutput);
  }

  /** Shows the state without raising change events (it came from the server or from the map). */
  show(state: ControlState): void {
    this.slider.value = String(toDayNumber(state.asOf));
    this.slider.setAttribute('aria-valuetext', state.asOf);
    this.dateOutput.textContent = state.asOf;
    for (const id of LAYER_IDS) this.boxes.get(id)!.checked = state.layers.has(id);
    this.boxes.get('showEnded')!.checked = state.showEnded;
    this.boxes.get('onlineTiles')!.checked = state.onlineTiles;
    this.organisation.value = state.organisation;
  }

  setLegend(layers: LayerInfo[]): void {
    const summary = document.createElement('summary');
    summary.textContent = 'Legend';
    const parts: string[] = [];
    const presence = layers.find((l) => l.id === 'military-presence');
    if (presence) {
      parts.push('<h3>Military presence</h3><ul>');
      for (const e of presence.legend.filter((x) => x.property === 'operator')) {
        parts.push(`<li>${shapeSvg('naval-facility', e.color, false, 14)} ${e.label}</li>`);
      }
      for (const [kind, label] of Object.entries(KIND_LABELS)) parts.push(`<li>${shapeSvg(kind, '#777', false, 14)} ${label}</li>`);
      parts.push(`<li>${shapeSvg('naval-facility', '#777', true, 14)} Withdrawn, closed or ended</li></ul>`);
    }
    const corridors = layers.find((l) => l.id === 'corridors');
    if (corridors) {
      parts.push('<h3>Corridors</h3><ul>');
      for (const e of corridors.legend.filter((x) => x.property === 'kind')) parts.push(`<li>${line(e.color)} ${e.label}</li>`);
      parts.push(`<li>${line('#009E73', undefined, 9, 0.35)} Bypasses Russia</li>`);
      parts.push(`<li>${line('#555', dashFor('proposed'))} Proposed or under construction</li>`);
      parts.push(`<li>${line('#555', dashFor('disrupted'))} Disrupted or halted</li></ul>`);
    }
    const alignments = layers.find((l) => l.id === 'alignments');
    if (alignments) {
      parts.push('<h3>Stance towards Russia</h3><ul>');
      for (const e of alignments.legend) parts.push(`<li><span class="atlas-swatch" style="background:${e.color}"></span> ${e.label}</li>`);
      parts.push('<li><span class="atlas-swatch atlas-swatch-no-stance"></span> No stance recorded (hatched)</li>');
      parts.push('<li><span class="atlas-swatch" style="background:#5b5b5b"></span> Russia</li>');
      parts.push('<li><span class="atlas-swatch atlas-swatch-special"></span> Occupied or breakaway (dashed)</li></ul>');
    }
    const events = layers.find((l) => l.id === 'events');
    if (events) {
      const months = Math.round((events.windowDays ?? 0) / 30.44);
      parts.push(`<h3>Events (within ${months} months of the date)</h3><ul>`);
      for (const e of events.legend) parts.push(`<li><span class="atlas-swatch atlas-round" style="background:${e.color}"></span> ${e.label}</li>`);
      parts.push('</ul>');
    }
    const body = document.createElement('div');
    body.innerHTML = parts.join('');
    this.legend.replaceChildren(summary, body);
  }

  private currentLayers(): string[] {
    return LAYER_IDS.filter((id) => this.boxes.get(id)!.checked);
  }

  private start(): void {
    if (Number(this.slider.value) >= Number(this.slider.max)) this.slider.value = this.slider.min;
    this.play.textContent = 'Pause';
    this.play.setAttribute('aria-pressed', 'true');
    this.timer = window.setInterval(() => {
      const next = Math.min(Number(this.slider.value) + PLAY_STEP_DAYS, Number(this.slider.max));
      this.onChange({ asOf: fromDayNumber(next) });
      if (next >= Number(this.slider.max)) this.stop();
    }, PLAY_TICK_MS);
  }

  /** Stops playing (Escape anywhere in the map does this). */
  stop(): void {
    window.clearInterval(this.timer);
    this.timer = undefined;
    this.play.textContent = 'Play';
    this.play.setAttribute('aria-pressed', 'false');
  }

  private checkbox(id: string, text: string, changed: (on: boolean) => void, registry: Map<string, HTMLInputElement>, key: string): HTMLLabelElement {
    const label = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.id = `atlas-${id}`;
    box.addEventListener('change', () => changed(box.checked));
    registry.set(key, box);
    label.append(box, ` ${text}`);
    return label;
  }
}

function line(color: string, dash?: string, width = 3, opacity = 1): string {
  const stroke = (c: string, w: number, o: number) => `<line x1="1" y1="5" x2="27" y2="5" stroke="${c}" stroke-width="${w}"`
    + ` stroke-opacity="${o}"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`;
  const casing = needsCasing(color) ? stroke(CASING_COLOR, width + 2, 0.85) : '';
  return `<svg width="28" height="10" aria-hidden="true">${casing}${stroke(color, width, opacity)}</svg>`;
}
