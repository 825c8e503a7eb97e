/** The numeric cells of a unit's status row, shared by the status slide and the print brief. */
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
