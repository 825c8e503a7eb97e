/**
 * Template sentences (vi and en) from NarrativeFacts. No language model: every sentence is a fixed
 * template with numbers formatted per language, so the same data always reads the same way.
 */
import { formatNumber, formatPercent, formatPp, type Lang } from '../../i18n/format.ts';
import type { UnitLevel } from '../units.ts';
import type { LaggardFact, NarrativeFacts } from './facts.ts';

export interface Narrative {
  sentences: string[];
  /** All sentences as one paragraph. */
  text: string;
}

const LEVEL: Record<Lang, Record<UnitLevel | 'unit', string>> = {
  vi: { country: 'quốc gia', region: 'vùng', province: 'tỉnh', district: 'huyện', commune: 'xã', unit: 'đơn vị' },
  en: { country: 'countries', region: 'regions', province: 'provinces', district: 'districts', commune: 'communes', unit: 'units' },
};

/** An unsigned size in percentage points: "2,24 điểm %" / "2.24 pp". */
export function ppSize(v: number, lang: Lang): string {
  return formatPp(Math.abs(v), lang).replace(/^\+/, '');
}

function rootSentences(f: NarrativeFacts, lang: Lang): string[] {
  const h = f.headline;
  const name = f.root.name[lang];
  if (!h.latest) return [lang === 'vi' ? `Chưa có số liệu tỷ lệ hộ nghèo của ${name}.` : `There is no poor-household rate for ${name} yet.`];
  const v = formatPercent(h.latest.value, lang);
  let change = '';
  if (h.changePp !== undefined && h.previous) {
    const size = ppSize(h.changePp, lang);
    if (Math.abs(h.changePp) < 0.005) change = lang === 'vi' ? `, không đổi so với ${h.previous.year}` : `, unchanged from ${h.previous.year}`;
    else if (lang === 'vi') change = `, ${h.changePp < 0 ? 'giảm' : 'tăng'} ${size} so với ${h.previous.year}`;
    else change = `, ${h.changePp < 0 ? 'down' : 'up'} ${size} from ${h.previous.year}`;
  }
  const kind = h.latest.provenance.kind;
  const qual = kind === 'expected' ? (lang === 'vi' ? ' (số liệu dự kiến, chưa phải kết quả)' : ' (an expected figure, not a result)') : '';
  const out = [lang === 'vi'
    ? `Năm ${h.latest.year}, tỷ lệ hộ nghèo của ${name} là ${v}${qual}${change}.`
    : `In ${h.latest.year}, the poor-household rate of ${name} was ${v}${qual}${change}.`];
  const t = h.target;
  const verdict = h.engine?.verdict;
  if (t && verdict) {
    const tv = formatPercent(verdict.target, lang);
    const by = ppSize(verdict.byPp, lang);
    // A verdict on an expected figure is a forecast of the verdict, and reads as one.
    const exp = kind === 'expected';
    out.push(verdict.met
      ? (lang === 'vi' ? `Chỉ tiêu năm ${verdict.year} (${tv}) ${exp ? 'dự kiến' : 'đã'} đạt, thấp hơn ${by}.` : `The ${verdict.year} target (${tv}) ${exp ? 'is expected to be' : 'was'} met, ${by} below it.`)
      : (lang === 'vi' ? `Chỉ tiêu năm ${verdict.year} (${tv}) ${exp ? 'dự kiến ' : ''}không đạt, còn cao hơn ${by}.` : `The ${verdict.year} target (${tv}) ${exp ? 'is expected to be' : 'was'} missed by ${by}.`));
  } else if (t) {
    const tv = formatPercent(t.value, lang);
    const s = {
      achieved: { vi: `Tỷ lệ này đã đạt chỉ tiêu ${tv} của năm ${t.year}.`, en: `This already meets the ${t.year} target of ${tv}.` },
      'on-track': { vi: `${name} đang đúng tiến độ để đạt chỉ tiêu ${tv} vào năm ${t.year}.`, en: `It is on track for the ${t.year} target of ${tv}.` },
      'at-risk': {
        vi: `${name} có nguy cơ không đạt chỉ tiêu ${tv} vào năm ${t.year} (còn cao hơn ${ppSize(h.gap ?? 0, lang)}).`,
        en: `It is at risk of missing the ${t.year} target of ${tv} (${ppSize(h.gap ?? 0, lang)} above it).`,
      },
      'off-track': {
        vi: `Tiến độ chưa đủ để đạt chỉ tiêu ${tv} vào năm ${t.year} (còn cao hơn ${ppSize(h.gap ?? 0, lang)}).`,
        en: `It is off track for the ${t.year} target of ${tv} (${ppSize(h.gap ?? 0, lang)} above it).`,
      },
    } as const;
    if (h.status in s) out.push(s[h.status as keyof typeof s][lang]);
  }
  return out;
}

function paceComparison(l: LaggardFact, lang: Lang): string {
  if (l.pace === undefined) return lang === 'vi' ? 'chưa có xu hướng so sánh được' : 'with no comparable trend yet';
  if (l.pace <= 0) return lang === 'vi' ? 'trong khi tỷ lệ chưa giảm' : 'while its rate is not falling';
  const pace = ppSize(l.pace, lang);
  const m = l.required / l.pace;
  if (m >= 1.85 && m <= 2.15) return lang === 'vi' ? `gấp đôi tốc độ gần đây (${pace}/năm)` : `twice its recent pace (${pace} a year)`;
  if (m > 1.15) {
    const k = formatNumber(m, lang, 1);
    return lang === 'vi' ? `gấp ${k} lần tốc độ gần đây (${pace}/năm)` : `${k} times its recent pace (${pace} a year)`;
  }
  if (m >= 0.87) return lang === 'vi' ? `tương đương tốc độ gần đây (${pace}/năm)` : `about its recent pace (${pace} a year)`;
  return lang === 'vi' ? `thấp hơn tốc độ gần đây (${pace}/năm)` : `less than its recent pace of ${pace} a year`;
}

function unitSentences(f: NarrativeFacts, lang: Lang): string[] {
  if (f.total === 0 || f.year === null) return [];
  const word = LEVEL[lang][f.level ?? 'unit'];
  const good = f.counts.achieved + f.counts['on-track'];
  const known = f.total - f.counts['no-data'];
  const out: string[] = [];
  if (known > 0) {
    const met = f.counts.achieved;
    out.push(lang === 'vi'
      ? `${good}/${f.total} ${word} đã đạt hoặc đúng tiến độ chỉ tiêu${met ? ` (${met} đã đạt)` : ''}.`
      : `${good} of ${f.total} ${word} have met or are on track for their targets${met ? ` (${met} already met)` : ''}.`);
  }
  const l = f.hardest;
  if (l) {
    const q = l.kind === 'expected' ? (lang === 'vi' ? ' (theo số liệu dự kiến)' : ' (on an expected figure)') : '';
    out.push(lang === 'vi'
      ? `${l.name.vi}${q} còn phải giảm ${ppSize(l.required, lang)} mỗi năm để đạt ${formatPercent(l.target, lang)} vào năm ${l.targetYear}, ${paceComparison(l, lang)}.`
      : `${l.name.en}${q} must cut ${ppSize(l.required, lang)} a year to reach ${formatPercent(l.target, lang)} by ${l.targetYear}, ${paceComparison(l, lang)}.`);
  }
  if (f.behind.length) {
    const names = f.behind.map((b) => b.name[lang]).join(', ');
    out.push(lang === 'vi' ? `Chậm tiến độ hoặc có nguy cơ: ${names}.` : `Off track or at risk: ${names}.`);
  } else if (known > 0) {
    out.push(lang === 'vi' ? `Không có ${word} nào chậm tiến độ.` : `None of the ${word} is off track.`);
  }
  if (f.counts['no-data']) {
    out.push(lang === 'vi' ? `${f.counts['no-data']} ${word} chưa đủ số liệu để đánh giá.` : `${f.counts['no-data']} ${word} lack the data to judge.`);
  }
  return out;
}

export function narrativeText(f: NarrativeFacts, lang: Lang): Narrative {
  const sentences = [...rootSentences(f, lang), ...unitSentences(f, lang)];
  return { sentences, text: sentences.join(' ') };
}
