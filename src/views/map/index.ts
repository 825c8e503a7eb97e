// The map screen (lazy-loaded by the view registry), and the map's public face: the presenter,
// the print brief and the deck draw the map through these pieces, so every picture of the map
// has the user's classes and palette.
export { default } from './MapView.tsx';
export { mapPicture, type MapPicture } from './mapPicture.ts';
export { StillMap, TileMapSvg } from './StaticMap.tsx';
export { fmtRange } from './format.ts';
