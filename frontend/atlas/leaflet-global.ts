// Leaflet.markercluster extends the global L, so Leaflet must be global before it loads.
// ES modules evaluate in import order: importing this module first makes that so.
import * as Leaflet from 'leaflet';

(window as unknown as { L: typeof Leaflet }).L = Leaflet;
