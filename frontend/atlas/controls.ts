import { fromDayNumber, toDayNumber } from './dates';
import type { MapState } from './map-state';
import type { Catalogue } from './style';

type Change = Partial<MapState>;

/** The Admiralty scale as GET /api/v1/grades serves it. */
export interface GradeScale {
  order: string[];
  reliability: { code: string; label: string }[];
  credibility: { code: string; label: string }[];
}

const PLAY_STEP_DAYS = 30;
/** Wide enough for the legend to stay open beside the map's zoom buttons without crowding it. */
export const WIDE_SCREEN = '(min-width: 1100px)';
let controlsMade = 0;
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
  private readonly grade = document.createElement('select');
  private readonly below = document.createElement('select');
  /** The legend: a disclosure, open from the start on a wide screen (where it fits beside the map). */
  readonly legend = document.createElement('details');
  private readonly legendBody = document.createElement('div');
  private legendHtml = '';
  /** On a phone the layer switches, options and legend are in a drawer over the map; this opens it. */
  readonly drawerToggle = document.createElement('button');
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
    // Confidence: facts whose best citation is graded below the chosen grade are drawn faint or hidden.
    const gradeLabel = document.createElement('label');
    gradeLabel.textContent = 'Play down facts below grade ';
    this.grade.id = 'atlas-grade';
    this.grade.append(new Option('(none)', ''));
    this.below.id = 'atlas-below';
    this.below.setAttribute('aria-label', 'How facts below the grade are shown');
    this.below.append(new Option('faint', 'faint'), new Option('hidden', 'hide'));
    const changed = () => this.onChange({ grade: this.grade.value, below: this.below.value === 'hide' ? 'hide' : 'faint' });
    this.grade.addEventListener('change', changed);
    this.below.addEventListener('change', changed);
    gradeLabel.append(this.grade, ' ', this.below);
    this.toolbar.append(gradeLabel);
    this.toolbar.append(this.checkbox('show-ended', 'Show ended sites', (on) => this.onChange({ showEnded: on }), 'showEnded'));
    this.toolbar.append(this.checkbox('online-tiles', 'Online tiles', (on) => this.onChange({ onlineTiles: on }), 'onlineTiles'));
    this.legend.className = 'atlas-legend';
    const summary = document.createElement('summary');
    summary.textContent = 'Legend';
    // Once the user has opened or closed it, the legend stays as they left it.
    summary.addEventListener('click', () => { this.legend.dataset.touched = 'true'; });
    this.legend.append(summary, this.legendBody);
    this.legend.open = window.matchMedia(WIDE_SCREEN).matches;
    this.toolbar.id = `atlas-toolbar-${++controlsMade}`;
    this.drawerToggle.type = 'button';
    this.drawerToggle.className = 'atlas-drawer-toggle';
    this.drawerToggle.textContent = 'Layers & legend';
    this.drawerToggle.setAttribute('aria-expanded', 'false');
    this.drawerToggle.setAttribute('aria-controls', this.toolbar.id);
    this.drawerToggle.addEventListener('click', () => this.openDrawer(this.drawerToggle.getAttribute('aria-expanded') !== 'true'));

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
    this.timebar.append(this.drawerToggle, this.play, this.speed, steps[0], steps[1], startLabel, this.slider, endLabel, steps[2], steps[3], this.dateOutput);
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
    if (this.shown) this.show(this.shown);
  }

  /** The grade scale arrived (GET /api/v1/grades): one option per grade, best first, named by its labels. */
  setGrades(scale: GradeScale): void {
    const current = this.grade.value;
    const label = (code: string) => [scale.reliability.find((x) => x.code === code[0])?.label,
      scale.credibility.find((x) => x.code === code.slice(1))?.label].filter((x) => x).join(', ');
    this.grade.replaceChildren(new Option('(none)', ''), ...scale.order.map((g) => {
      const option = new Option(g, g);
      option.title = label(g);
      return option;
    }));
    this.grade.value = current;
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
    if (![...this.grade.options].some((o) => o.value === state.grade)) this.grade.append(new Option(state.grade, state.grade));
    this.grade.value = state.grade;
    this.below.value = state.below;
    this.below.disabled = !state.grade;
  }

  /** The legend of what the map draws now (legend.ts builds it on each drawing). */
  setLegend(html: string): void {
    if (html === this.legendHtml) return;
    this.legendHtml = html;
    this.legendBody.innerHTML = html;
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

  /** Opens or closes the phone's drawer (the host's class shows it, atlas-map.css). */
  openDrawer(open: boolean): void {
    this.drawerToggle.setAttribute('aria-expanded', String(open));
    this.toolbar.closest('.atlas-map-host')?.classList.toggle('atlas-drawer-open', open);
    if (open) this.legend.open = true;
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
