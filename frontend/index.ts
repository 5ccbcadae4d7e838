// The application's entry point: Vaadin's generated one (Router + Flow), with the explorer's map
// preview imported first so that it starts drawing while Flow is still loading and connecting.
import './atlas/map-preview';

// Vaadin's client-side router handles navigation to the server-side views.
import { Router } from '@vaadin/router';
import { Flow } from 'Frontend/generated/jar-resources/Flow.js';

const { serverSideRoutes } = new Flow({
  imports: () => import('Frontend/generated/flow/generated-flow-imports.js')
});

// Every route is a server-side (Flow) view. Vaadin's build reads this file and tells a Flow
// application from a Hilla one by the spread below, written exactly so: keep it on its own line.
const routes = [
  ...serverSideRoutes
];

const router = new Router(document.querySelector('#outlet'));
router.setRoutes(routes);
