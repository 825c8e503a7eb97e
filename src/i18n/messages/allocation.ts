/** Messages of the allocation view. Keys are the same in vi and en; vi is the reference. */
const vi = {
  title: 'Phân bổ chỉ tiêu',
};
export type AllocationMessages = typeof vi;
const en: AllocationMessages = {
  title: 'Target allocation',
};
export default { vi, en };
