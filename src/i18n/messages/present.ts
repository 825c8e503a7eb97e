/** Messages of the present view. Keys are the same in vi and en; vi is the reference. */
const vi = {
  title: 'Trình chiếu',
};
export type PresentMessages = typeof vi;
const en: PresentMessages = {
  title: 'Presentation',
};
export default { vi, en };
