/** Messages of the data view. Keys are the same in vi and en; vi is the reference. */
const vi = {
  title: 'Dữ liệu',
};
export type DataMessages = typeof vi;
const en: DataMessages = {
  title: 'Data',
};
export default { vi, en };
