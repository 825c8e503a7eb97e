/**
 * Sentences of the generated summary (src/domain/narrative). Same keys in vi and en; vi is the
 * reference. The domain picks a key and its values; src/domain/narrative/render.ts fills the
 * {{placeholders}} with numbers formatted per language. A fragment that may be left out (a
 * qualifier, a change) carries its own leading comma or space, so the sentence reads whole without it.
 */
const vi = {
  /** How a derived figure was made, shown as its source (a rate from counts, a sum of units). */
  source: {
    ratio: '100 × {{num}} / {{den}}', ratioCrosswalk: '100 × {{num}} / {{den}} (qua bảng chuyển đổi đơn vị)',
    sum: 'Σ {{n}} đơn vị', crosswalk: 'chuyển đổi: {{codes}}',
  },
  /** Level words as they follow a count ("9 huyện"). */
  level: { country: 'quốc gia', region: 'vùng', province: 'tỉnh', district: 'huyện', commune: 'xã', unit: 'đơn vị' },
  root: {
    noRate: 'Chưa có số liệu tỷ lệ hộ nghèo của {{name}}.',
    rate: 'Năm {{year}}, tỷ lệ hộ nghèo của {{name}} là {{value}}{{qualifier}}{{change}}.',
    expected: ' (số liệu dự kiến, chưa phải kết quả)',
    unchanged: ', không đổi so với {{year}}',
    down: ', giảm {{size}} so với {{year}}',
    up: ', tăng {{size}} so với {{year}}',
  },
  /** The target's verdict at its own year; on an expected figure it is a forecast of the verdict. */
  verdict: {
    met: 'Chỉ tiêu năm {{year}} ({{target}}) đã đạt, thấp hơn {{by}}.',
    metExpected: 'Chỉ tiêu năm {{year}} ({{target}}) dự kiến đạt, thấp hơn {{by}}.',
    missed: 'Chỉ tiêu năm {{year}} ({{target}}) không đạt, còn cao hơn {{by}}.',
    missedExpected: 'Chỉ tiêu năm {{year}} ({{target}}) dự kiến không đạt, còn cao hơn {{by}}.',
  },
  /** The headline status before the target year. */
  status: {
    achieved: 'Tỷ lệ này đã đạt chỉ tiêu {{target}} của năm {{year}}.',
    'on-track': '{{name}} đang đúng tiến độ để đạt chỉ tiêu {{target}} vào năm {{year}}.',
    'at-risk': '{{name}} có nguy cơ không đạt chỉ tiêu {{target}} vào năm {{year}} (còn cao hơn {{gap}}).',
    'off-track': 'Tiến độ chưa đủ để đạt chỉ tiêu {{target}} vào năm {{year}} (còn cao hơn {{gap}}).',
  },
  units: {
    counts: '{{good}}/{{total}} {{level}} đã đạt hoặc đúng tiến độ chỉ tiêu{{met}}.',
    met: ' ({{count}} đã đạt)',
    hardest: '{{name}}{{qualifier}} còn phải giảm {{required}} mỗi năm để đạt {{target}} vào năm {{year}}, {{pace}}.',
    expected: ' (theo số liệu dự kiến)',
    behind: 'Chậm tiến độ hoặc có nguy cơ: {{names}}.',
    noneBehind: 'Không có {{level}} nào chậm tiến độ.',
    noData: '{{count}} {{level}} chưa đủ số liệu để đánh giá.',
  },
  /** The cut still needed per year against the recent pace. */
  pace: {
    none: 'chưa có xu hướng so sánh được',
    notFalling: 'trong khi tỷ lệ chưa giảm',
    twice: 'gấp đôi tốc độ gần đây ({{pace}}/năm)',
    times: 'gấp {{times}} lần tốc độ gần đây ({{pace}}/năm)',
    about: 'tương đương tốc độ gần đây ({{pace}}/năm)',
    less: 'thấp hơn tốc độ gần đây ({{pace}}/năm)',
  },
};
export type NarrativeMessages = typeof vi;
const en: NarrativeMessages = {
  source: {
    ratio: '100 × {{num}} / {{den}}', ratioCrosswalk: '100 × {{num}} / {{den}} (through the unit crosswalk)',
    sum: 'Σ {{n}} units', crosswalk: 'crosswalk: {{codes}}',
  },
  level: { country: 'countries', region: 'regions', province: 'provinces', district: 'districts', commune: 'communes', unit: 'units' },
  root: {
    noRate: 'There is no poor-household rate for {{name}} yet.',
    rate: 'In {{year}}, the poor-household rate of {{name}} was {{value}}{{qualifier}}{{change}}.',
    expected: ' (an expected figure, not a result)',
    unchanged: ', unchanged from {{year}}',
    down: ', down {{size}} from {{year}}',
    up: ', up {{size}} from {{year}}',
  },
  verdict: {
    met: 'The {{year}} target ({{target}}) was met, {{by}} below it.',
    metExpected: 'The {{year}} target ({{target}}) is expected to be met, {{by}} below it.',
    missed: 'The {{year}} target ({{target}}) was missed by {{by}}.',
    missedExpected: 'The {{year}} target ({{target}}) is expected to be missed by {{by}}.',
  },
  status: {
    achieved: 'This already meets the {{year}} target of {{target}}.',
    'on-track': 'It is on track for the {{year}} target of {{target}}.',
    'at-risk': 'It is at risk of missing the {{year}} target of {{target}} ({{gap}} above it).',
    'off-track': 'It is off track for the {{year}} target of {{target}} ({{gap}} above it).',
  },
  units: {
    counts: '{{good}} of {{total}} {{level}} have met or are on track for their targets{{met}}.',
    met: ' ({{count}} already met)',
    hardest: '{{name}}{{qualifier}} must cut {{required}} a year to reach {{target}} by {{year}}, {{pace}}.',
    expected: ' (on an expected figure)',
    behind: 'Off track or at risk: {{names}}.',
    noneBehind: 'None of the {{level}} is off track.',
    noData: '{{count}} {{level}} lack the data to judge.',
  },
  pace: {
    none: 'with no comparable trend yet',
    notFalling: 'while its rate is not falling',
    twice: 'twice its recent pace ({{pace}} a year)',
    times: '{{times}} times its recent pace ({{pace}} a year)',
    about: 'about its recent pace ({{pace}} a year)',
    less: 'less than its recent pace of {{pace}} a year',
  },
};

export default { vi, en };
