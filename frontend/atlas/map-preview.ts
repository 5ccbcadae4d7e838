import { MapController } from './map-controller';
import { ElementState, fromElement } from './map-state';

/**
 * The explorer's first paint, before Vaadin has connected. For the explorer's address the server
 * puts the state it read from the URL into the page (meta atlas-map-preview, the same values the
 * AtlasMap component will set); this draws the map from it at once, in a stand-in laid out like
 * the explorer. The stand-in is inert: the map only becomes interactive when the <atlas-map>
 * element Vaadin creates takes it over, and the stand-in then goes. Any other page: nothing.
 */

const meta = document.querySelector<HTMLMetaElement>('meta[name="atlas-map-preview"]');
// Built once the whole entry chunk has been evaluated (a microtask runs after it), so that the
// theme's global styles, which come later in the chunk, are in place: the page is then styled
// and laid out once, not once before the theme and again after it.
if (meta) queueMicrotask(() => showPreview(JSON.parse(meta.content) as ElementState));

function showPreview(preview: ElementState): void {
  const stage = document.createElement('div');
  stage.className = 'atlas-explorer atlas-preview';
  stage.inert = true;
  stage.setAttribute('aria-busy', 'true');
  // The explorer's layout (ExplorerView), with stand-ins of the same size for the search field
  // and the details panel, so that the map does not jump when the real explorer takes over.
  const header = element('header', 'atlas-header');
  const briefings = element('a', '', 'Briefings') as HTMLAnchorElement;
  briefings.href = 'briefings';
  header.append(element('h1', '', 'Influence Atlas'), element('div', 'atlas-search-standin'), briefings);
  const host = element('div', 'atlas-map');
  const body = element('main', 'atlas-body');
  body.append(host, element('aside', 'atlas-details'));
  stage.append(header, body);
  document.body.append(stage);
  MapController.startPreview(host, fromElement(preview), preview.view ?? null, () => stage.remove());
  // Vaadin has shown its first view. Normally that is the explorer and its map has already taken
  // the preview over; if not (an error page, say), the stand-in must not cover it.
  window.addEventListener('vaadin-router-location-changed', () => {
    MapController.dropPreview();
    stage.remove();
  }, { once: true });
}

function element(tag: string, className: string, text = ''): HTMLElement {
  const e = document.createElement(tag);
  e.className = className;
  e.textContent = text;
  return e;
}
