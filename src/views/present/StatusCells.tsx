/** The status table's header and numeric cells, shared by the status slide and the print brief. */
import { useTranslation } from 'react-i18next';
import type { UnitStatus } from '../../domain/status/index.ts';
import { formatNumber, formatPercent, type Lang } from '../../i18n/format.ts';

/** A cut reads as a plain number under "Cần giảm/năm"; a rise says so (no "−" under a "cut" header). */
function cutText(v: number | undefined, lang: Lang, rise: string, unit: string): string {
  if (v === undefined) return '–';
  const n = formatNumber(Math.abs(v), lang, 2);
  return v >= 0 ? `${n} ${unit}` : `${rise} ${n} ${unit}`;
}

/**
 * The provenance every row shares (expected or illustrative), if any: the slide then says it once in
 * the column header instead of on every row, which is what made the table too wide for 1024 px.
 */
export function sharedProvenance(rows: readonly { status: UnitStatus }[]): 'expected' | 'illustrative' | undefined {
  const kinds = new Set(rows.map((r) => r.status.provenance?.kind));
  const [only] = [...kinds];
  return kinds.size === 1 && (only === 'expected' || only === 'illustrative') ? only : undefined;
}

export function StatusCells({ status: s, lang, tagged = true }: { status: UnitStatus; lang: Lang; tagged?: boolean }) {
  const { t } = useTranslation('present');
  const { t: tc } = useTranslation();
  const unit = lang === 'vi' ? 'điểm %' : 'pp';
  const kind = s.provenance?.kind;
  return (
    <>
      <td data-provenance={kind}>
        {s.latest ? formatPercent(s.latest.value, lang) : '–'}
        {tagged && (kind === 'expected' || kind === 'illustrative') && <span className="p-prov-tag">{tc(`provenance.${kind}`)}</span>}
        {s.asReported !== undefined && <span className="p-prov-flag" title={tc('truth.asReported', { value: formatPercent(s.asReported, lang) })}> ⚠</span>}
      </td>
      <td>{s.target ? `${formatPercent(s.target.value, lang)} (${s.target.year})` : '–'}</td>
      <td>{s.verdict ? '–' : cutText(s.requiredPerYear, lang, t('rise'), unit)}</td>
      <td>{cutText(s.pacePerYear, lang, t('rise'), unit)}</td>
    </>
  );
}

const COLUMNS = ['unit', 'value', 'target', 'required', 'pace', 'status'] as const;

export function StatusHead({ provenance }: { provenance?: 'expected' | 'illustrative' | undefined } = {}) {
  const { t } = useTranslation('present');
  const { t: tc } = useTranslation();
  return (
    <thead><tr>{COLUMNS.map((c) => (
      <th key={c} scope="col">
        {t(`col.${c}`)}
        {c === 'value' && provenance && <span className="p-prov-tag">{tc(`provenance.${provenance}`)}</span>}
      </th>
    ))}</tr></thead>
  );
}
