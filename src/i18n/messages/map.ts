/** Messages of the map view. Keys are the same in vi and en; vi is the reference. */
const vi = {
  title: 'Bản đồ',
};
export type MapMessages = typeof vi;
const en: MapMessages = {
  title: 'Map',
};
export default { vi, en };
