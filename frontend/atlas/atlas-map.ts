import { today } from './dates';
import { idSet } from './map-state';
import { MapController } from './map-controller';

/**
 * The <atlas-map> element behind the Java AtlasMap component: the properties and functions the
 * server uses, handed to a MapController. If the page drew the map early (map-preview.ts), the
 * first element takes that map over instead of drawing a second one.
 */
export class AtlasMap extends HTMLElement {
  private controller = MapController.takePreview() ?? new MapController();
  private teardown?: number;

  // Properties the server sets; the controller redraws only when a value really changed. Those
  // the map's own controls change have getters too: Vaadin reads them back on state-change.
  set asOf(value: string) { this.controller.update({ asOf: value || today() }); }
  get asOf(): string { return this.controller.current.asOf; }
  set layers(value: string) { this.controller.update({ layers: idSet(value) }); }
  get layers(): string { return [...this.controller.current.layers].join(','); }
  set organisation(value: string) { this.controller.update({ organisation: value ?? '' }); }
  get organisation(): string { return this.controller.current.organisation; }
  set selected(value: string) { this.controller.update({ selected: value ?? '' }); }
  set highlight(value: string) { this.controller.update({ highlight: idSet(value) }); }
  set presentation(value: boolean) { this.controller.update({ presentation: !!value }); }
  set showEnded(value: boolean) { this.controller.update({ showEnded: !!value }); }
  get showEnded(): boolean { return this.controller.current.showEnded; }
  set knownOn(value: string) { this.controller.update({ knownOn: value ?? '' }); }
  set grade(value: string) { this.controller.update({ grade: value ?? '' }); }
  get grade(): string { return this.controller.current.grade; }
  set below(value: string) { this.controller.update({ below: value === 'hide' ? 'hide' : 'faint' }); }
  get below(): string { return this.controller.current.below; }
  set onlineTiles(value: boolean) { this.controller.update({ onlineTiles: !!value }); }
  get onlineTiles(): boolean { return this.controller.current.onlineTiles; }

  connectedCallback(): void {
    window.clearTimeout(this.teardown);
    if (this.controller.isDestroyed) {
      // Back on the page after its map was freed: a new map, with the same choices.
      const state = this.controller.current;
      this.controller = new MapController();
      this.controller.update(state);
    }
    this.controller.attach(this);
    // When the map became live: the server's element holds it and hears what the user does.
    if (performance.getEntriesByName('map-connected').length === 0) performance.mark('map-connected');
  }

  disconnectedCallback(): void {
    // Vaadin may detach and re-attach an element in one go (attach() then resizes); a map that
    // stays off the page, its view navigated away from, is freed.
    this.teardown = window.setTimeout(() => {
      if (!this.isConnected) this.controller.destroy();
    }, 1000);
  }

  flyTo(lat: number, lon: number, zoom: number): void { this.controller.flyTo(lat, lon, zoom); }

  setView(lat: number, lon: number, zoom: number): void { this.controller.setView(lat, lon, zoom); }

  /** Fits the area (a slide's bounds) into this screen, flying there when animate. */
  fitView(south: number, west: number, north: number, east: number, animate: boolean): void {
    this.controller.fitView(south, west, north, east, animate);
  }

  /** Flies to a feature by layer and id, using the geometry the map already holds. */
  flyToFeature(layer: string, id: string): void { this.controller.flyToFeature(layer, id); }
}

customElements.define('atlas-map', AtlasMap);
