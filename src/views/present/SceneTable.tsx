/**
 * A chart scene's data as a table a screen reader can reach (the chart itself is one image): kept
 * visually hidden, in reading order right after the chart. Long lists stop at MAX_ROWS (the CSV
 * download has every row).
 */
import { useTranslation } from 'react-i18next';

const MAX_ROWS = 200;

export function SceneTable({ caption, columns, rows }: { caption: string; columns: string[]; rows: string[][] }) {
  const { t } = useTranslation('present');
  const shown = rows.slice(0, MAX_ROWS);
  return (
    <table className="sr-only" data-testid="p-data-table">
      <caption>{t('data.caption', { title: caption })}</caption>
      <thead><tr>{columns.map((c) => <th key={c} scope="col">{c}</th>)}</tr></thead>
      <tbody>
        {shown.map((r, i) => <tr key={i}>{r.map((v, j) => (j === 0 ? <th key={j} scope="row">{v}</th> : <td key={j}>{v}</td>))}</tr>)}
      </tbody>
      {rows.length > shown.length && <tfoot><tr><td colSpan={columns.length}>{t('more', { count: rows.length - shown.length })}</td></tr></tfoot>}
    </table>
  );
}
