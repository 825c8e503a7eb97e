// The map screen. Lazy-loaded by the view registry; registers the e2e test hook (see testHook.ts).
import { registerMapTestHook } from './testHook.ts';

registerMapTestHook();
export { default } from './MapView.tsx';
