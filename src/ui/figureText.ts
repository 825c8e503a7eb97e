/**
 * Sentences about one figure shared by every view (overview, map tooltip, allocation, presenter,
 * brief): its provenance with note and "as reported" rate, the pace, the verdict at a target's
 * year, and a target's readings. Signs read naturally: "cần giảm 0,39 điểm %/năm", never "−0,39".
 */
import type { TFunction } from 'i18next';
import type { Provenance } from '../domain/provenance.ts';
import type { UnitStatus, Verdict } from '../domain/status/index.ts';
import type { TargetReadings } from '../domain/targetReadings.ts';
import { formatNumber, formatPercent, formatPpParts, type Lang } from '../i18n/format.ts';

type T = TFunction;

/** Text marks after a value that is not a result, explained by `provenanceMarkLegend`. */
// A no-break space keeps the mark on the value's line (chart labels wrap at spaces).
export const PROV_MARK: Readonly<Record<string, string>> = { illustrative: '\u00a0*', expected: '\u00a0†' };

/** The legend lines for the marks of the kinds present ("* illustrative figure"). */
export function provenanceMarkLegend(kinds: Iterable<string | undefined>, t: (key: string) => string): string[] {
  const have = new Set(kinds);
  return (['illustrative', 'expected'] as const).filter((k) => have.has(k)).map((k) => `${PROV_MARK[k]!.trim()} ${t(`common:truth.mark.${k}`)}`);
}
/** A figure's source as a reader of `lang` sees it: in Vietnamese when the source gives that too. */
export function sourceText(p: Provenance, lang: Lang): string {
  return lang === 'vi' && p.sourceVi ? p.sourceVi : p.source;
}

/** " — tính từ số liệu minh họa" after a group figure summed from figures that are not all results; '' otherwise. */
export function groupKindText(kind: string, t: (key: string) => string): string {
  return kind === 'illustrative' || kind === 'expected' ? ` — ${t(`common:truth.fromKind.${kind}`)}` : '';
}

/** An unsigned size in pp with two decimals ("0,90"): the sentence carries the direction. */
export const pp = (v: number, lang: Lang) => formatPpParts(Math.abs(v), lang).number.replace(/^\+/, '');

/** "Số liệu minh họa, tính từ số hộ" — the kind first, then how it was made. */
export function provenanceLabel(p: Provenance, t: T): string {
  const kind = t(`common:provenance.${p.kind}`);
  return p.derived ? t('common:truth.derivedFrom', { kind }) : kind;
}

/** Label, note and "as reported" rate, for tooltips, table cells and footers. */
export function provenanceLines(p: Provenance, t: T, lang: Lang): string[] {
  const out = [provenanceLabel(p, t)];
  if (p.asReported !== undefined) out.push(t('common:truth.asReported', { value: formatPercent(p.asReported, lang) }));
  const note = lang === 'vi' && p.noteVi ? p.noteVi : p.note;
  if (note) out.push(t('common:truth.note', { note }));
  return out;
}

/** "Cần giảm 0,39 điểm %/năm đến 2025; gần đây giảm 0,87 điểm %/năm". */
export function paceSentence(s: UnitStatus, t: T, lang: Lang): string | null {
  if (!s.target || s.verdict) return null;
  if (s.requiredPerYear === undefined) return null;
  const need = s.requiredPerYear > 0
    ? t('common:truth.needCut', { pp: pp(s.requiredPerYear, lang), year: s.target.year })
    : t('common:truth.needNone', { year: s.target.year });
  const pace = s.pacePerYear === undefined ? t('common:truth.paceNone')
    : s.pacePerYear >= 0 ? t('common:truth.paceCut', { pp: pp(s.pacePerYear, lang) }) : t('common:truth.paceRise', { pp: pp(s.pacePerYear, lang) });
  return `${need}; ${pace}`;
}

export function verdictSentence(v: Verdict, t: T, lang: Lang, kind?: string): string {
  return t(v.met ? 'common:truth.met' : 'common:truth.missed', { year: v.year, target: formatPercent(v.target, lang), by: pp(v.byPp, lang) }) + provisional(kind, t);
}

/** " — on an expected figure, not a result" when the value judged is not a published one. */
export function provisional(kind: string | undefined, t: T): string {
  return kind === 'expected' || kind === 'illustrative' ? ` — ${t(`common:truth.onKind.${kind}`)}` : '';
}

/** The target's readings side by side, only when they disagree (else an empty list). */
export function readingLines(r: TargetReadings | undefined, t: T, lang: Lang): string[] {
  if (!r || !r.disagree) return [];
  const out: string[] = [];
  const hh = (n: number | undefined) => (n === undefined ? '' : ` (${t('common:truth.readHouseholds', { count: formatNumber(n, lang) })})`);
  if (r.stated) {
    let line = t('common:truth.readStated', { cut: pp(r.stated.cutPp, lang), start: formatPercent(r.stated.impliedStart, lang) }) + hh(r.stated.households);
    if (r.fromData) line += `; ${t('common:truth.readData', { base: formatPercent(r.fromData.baseValue, lang), year: r.fromData.baseYear, cut: pp(r.fromData.cutPp, lang) })}${hh(r.fromData.households)}`;
    out.push(line);
  }
  if (r.households?.data) {
    out.push(t('common:truth.readCount', {
      rate: formatPercent(r.target.value, lang), count: formatNumber(r.households.target, lang),
      implied: formatNumber(Math.round(r.households.impliedTotal / 100) * 100, lang),
      year: r.households.data.year, total: formatNumber(r.households.data.total, lang), atRate: formatNumber(r.households.data.atRate, lang),
    }));
  }
  return out;
}
