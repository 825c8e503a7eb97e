/** A chart with a caption and its data as an accessible table (the text alternative). */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ScrollRegion } from '../../ui/ScrollRegion.tsx';

interface Props {
  title: string;
  caption: string;
  columns: string[];
  rows: (string | number)[][];
  children: ReactNode;
  id?: string;
  /** Not drawn yet (staged mount): the space is kept, the title and data table are already there. */
  pending?: { height: number };
}

export function ChartFigure({ title, caption, columns, rows, children, id, pending }: Props) {
  const { t } = useTranslation('overview');
  return (
    <figure className="chart" id={id}>
      <h2 className="chart-title">{title}</h2>
      {pending
        ? <div className="chart-body" aria-hidden="true" data-pending="true" style={{ height: pending.height }} />
        : <div className="chart-body" aria-hidden="true">{children}</div>}
      <figcaption className="chart-caption">{caption}</figcaption>
      <details className="chart-data">
        <summary>{t('compare.tableSummary')}</summary>
        <ScrollRegion label={title}>
          <table>
            <thead><tr>{columns.map((c) => <th key={c} scope="col">{c}</th>)}</tr></thead>
            <tbody>
              {rows.map((r, i) => (
                <tr key={i}>{r.map((c, j) => (j === 0 ? <th key={j} scope="row">{c}</th> : <td key={j}>{c}</td>))}</tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </details>
    </figure>
  );
}
