/** The status table's header and numeric cells, shared by the status slide and the print brief. */
import { useTranslation } from 'react-i18next';
import type { UnitStatus } from '../../domain/status/index.ts';
import { formatPercent, formatPp, type Lang } from '../../i18n/format.ts';

export function StatusCells({ status: s, lang }: { status: UnitStatus; lang: Lang }) {
  return (
    <>
      <td>{s.latest ? formatPercent(s.latest.value, lang) : '–'}</td>
      <td>{s.target ? `${formatPercent(s.target.value, lang)} (${s.target.year})` : '–'}</td>
      <td>{s.requiredPerYear !== undefined ? formatPp(-s.requiredPerYear, lang) : '–'}</td>
      <td>{s.pacePerYear !== undefined ? formatPp(-s.pacePerYear, lang) : '–'}</td>
    </>
  );
}

const COLUMNS = ['unit', 'value', 'target', 'required', 'pace', 'status'] as const;

export function StatusHead() {
  const { t } = useTranslation('present');
  return <thead><tr>{COLUMNS.map((c) => <th key={c} scope="col">{t(`col.${c}`)}</th>)}</tr></thead>;
}
