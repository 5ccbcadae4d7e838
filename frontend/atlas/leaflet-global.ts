// Leaflet.markercluster extends the global L, so Leaflet must be global before it loads. The
// ES module namespace is frozen, so the global is a mutable copy; everything uses this copy.
// ES modules evaluate in import order: importing this module first makes that so.
import * as Leaflet from 'leaflet';

const L: typeof Leaflet = { ...Leaflet };
(window as unknown as { L: typeof Leaflet }).L = L;

export default L;
