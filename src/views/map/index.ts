// The map screen. Lazy-loaded by the view registry; registers the e2e test hook (see testHook.ts).
// Also the map's public face for the presenter and the print brief.
import { registerMapTestHook } from './testHook.ts';

registerMapTestHook();
export { default } from './MapView.tsx';
export { MAP_WIDTH, useMapGeometry } from './useMapGeometry.ts';
