// The map screen. Lazy-loaded by the view registry; registers the e2e test hook (see testHook.ts).
// Also the map's public face: the presenter, the print brief and the deck draw the map through
// these pieces, so every picture of the map has the user's classes and palette.
import { registerMapTestHook } from './testHook.ts';

registerMapTestHook();
export { default } from './MapView.tsx';
export { mapPicture, type MapPicture } from './mapPicture.ts';
export { StillMap, TileMapSvg } from './StaticMap.tsx';
export { fmtRange } from './format.ts';
