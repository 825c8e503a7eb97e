/** Messages of the overview. */
const vi = {
  title: 'Tổng quan',
  kpi: {
    latest: 'Tỷ lệ hộ nghèo {{year}}',
    change: 'So với {{year}}',
    changeHouseholds: '{{count}} hộ nghèo',
    gap: 'Khoảng cách tới chỉ tiêu {{year}} ({{target}})',
    status: 'Tình trạng',
    statusHint: 'So với lộ trình cần đạt tới chỉ tiêu {{year}}',
    pace: 'Cần giảm {{required}} điểm %/năm đến {{year}}; tốc độ gần đây {{pace}} điểm %/năm',
    noPrevious: 'Không có năm trước cùng chuẩn nghèo',
    noTarget: 'Chưa có chỉ tiêu',
  },
  trend: {
    title: 'Diễn biến tỷ lệ hộ nghèo của {{unit}}',
    actual: 'Thực tế',
    path: 'Lộ trình cần đạt',
    targetLabel: 'Chỉ tiêu {{year}}: {{value}}',
    caption: '{{unit}}: tỷ lệ hộ nghèo {{series}}. Chỉ tiêu: {{targets}}.',
    back: 'Về toàn tỉnh',
  },
  compare: {
    title: 'So sánh các đơn vị năm {{year}}',
    ranked: 'Xếp hạng theo {{indicator}}',
    small: 'Diễn biến từng đơn vị',
    smallNote: 'Mỗi biểu đồ nhỏ có thang đo riêng, bắt đầu từ 0. Chọn một đơn vị để xem chi tiết.',
    select: 'Xem diễn biến của {{unit}}',
    caption: 'Biểu đồ cột: {{indicator}} năm {{year}} của {{count}} đơn vị, từ cao đến thấp. Đường chỉ tiêu: {{target}}.',
    tableSummary: 'Bảng số liệu của biểu đồ',
    group: 'Tỷ lệ chung (tính theo số hộ)',
  },
  table: { unit: 'Đơn vị', value: 'Giá trị', source: 'Nguồn', year: 'Năm' },
};
export type OverviewMessages = typeof vi;
const en: OverviewMessages = {
  title: 'Overview',
  kpi: {
    latest: 'Poor-household rate {{year}}',
    change: 'Change since {{year}}',
    changeHouseholds: '{{count}} poor households',
    gap: 'Gap to the {{year}} target ({{target}})',
    status: 'Status',
    statusHint: 'Against the path required to reach the {{year}} target',
    pace: 'Needs {{required}} pp a year to {{year}}; recent pace {{pace}} pp a year',
    noPrevious: 'No previous year under the same standard',
    noTarget: 'No target set',
  },
  trend: {
    title: 'Poor-household rate of {{unit}}',
    actual: 'Actual',
    path: 'Required path',
    targetLabel: 'Target {{year}}: {{value}}',
    caption: '{{unit}}: poor-household rate {{series}}. Targets: {{targets}}.',
    back: 'Back to the province',
  },
  compare: {
    title: 'Units compared, {{year}}',
    ranked: 'Ranked by {{indicator}}',
    small: 'Each unit over time',
    smallNote: 'Each small chart has its own scale starting at zero. Pick a unit to see it in detail.',
    select: 'Show the trend of {{unit}}',
    caption: 'Bar chart: {{indicator}} in {{year}} for {{count}} units, highest first. Target line: {{target}}.',
    tableSummary: 'Data table of the chart',
    group: 'Group rate (household-weighted)',
  },
  table: { unit: 'Unit', value: 'Value', source: 'Source', year: 'Year' },
};
export default { vi, en };
