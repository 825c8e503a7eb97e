/** Messages of the scorecard view. Same keys in vi and en; vi is the reference. */
const vi = {
  title: 'Bảng điểm các đơn vị năm {{year}}',
  intro: 'Mỗi dòng là một đơn vị, dòng đầu là {{parent}}. Tình trạng tính theo tốc độ giảm cần thiết so với tốc độ đã đạt (cùng cách tính ở màn hình Tổng quan).',
  indicators: 'Chỉ số',
  year: 'Năm',
  filter: { label: 'Lọc', all: 'Tất cả đơn vị', above: 'Cao hơn {{parent}}', below: 'Thấp hơn {{parent}}' },
  sortBy: 'Sắp xếp theo {{col}}',
  col: {
    unit: 'Đơn vị', value: 'Năm gần nhất', change: 'Thay đổi', target: 'Chỉ tiêu', required: 'Cần giảm/năm', pace: 'Đã giảm/năm',
    years: 'Số năm đến chỉ tiêu', status: 'Tình trạng', trend: 'Xu hướng',
  },
  trend: { down: 'giảm', up: 'tăng', flat: 'không đổi' },
  never: 'không đạt theo tốc độ hiện nay',
  parent: 'toàn tỉnh',
  shown: 'Hiển thị {{n}}/{{total}} đơn vị.',
  xlsx: 'Tải bảng Excel (XLSX)',
  print: 'In một trang A4',
  empty: 'Chưa có số liệu cho bảng điểm.',
  reason: { 'no-value': 'không có số liệu', 'no-target': 'chưa có chỉ tiêu', 'no-trend': 'chưa đủ hai năm so sánh được', 'standard-break': 'chỉ tiêu và số liệu khác chuẩn nghèo' },
  sheet: 'Bảng điểm',
  printMore: 'Bản in một trang dừng ở đây; còn {{count, number}} đơn vị trong bảng Excel.',
};
export type ScorecardMessages = typeof vi;
const en: ScorecardMessages = {
  title: 'Scorecard of units, {{year}}',
  intro: 'One row per unit; the first row is {{parent}}. Status compares the pace needed with the pace achieved (the same rule as on the overview).',
  indicators: 'Indicators',
  year: 'Year',
  filter: { label: 'Filter', all: 'All units', above: 'Above {{parent}}', below: 'Below {{parent}}' },
  sortBy: 'Sort by {{col}}',
  col: {
    unit: 'Unit', value: 'Latest', change: 'Change', target: 'Target', required: 'Needed/yr', pace: 'Cut/yr',
    years: 'Years to target', status: 'Status', trend: 'Trend',
  },
  trend: { down: 'falling', up: 'rising', flat: 'flat' },
  never: 'not reached at the current pace',
  parent: 'the province',
  shown: 'Showing {{n}} of {{total}} units.',
  xlsx: 'Download Excel table (XLSX)',
  print: 'Print on one A4 page',
  empty: 'No data for the scorecard yet.',
  reason: { 'no-value': 'no value', 'no-target': 'no target', 'no-trend': 'fewer than two comparable years', 'standard-break': 'target and value under different poverty standards' },
  sheet: 'Scorecard',
  printMore: 'The one-page print stops here; {{count, number}} more units are in the Excel table.',
};
export default { vi, en };
