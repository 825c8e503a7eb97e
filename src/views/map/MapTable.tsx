/** Text alternative: the map's data as a table, ranked. */
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../i18n/format.ts';
import type { MapData } from './mapSeries.ts';
import { fmtRange, fmtValue } from './format.ts';
import { Pager, usePage } from '../../ui/Pager.tsx';

// Rows per page: a national commune map has 10,600 units.
const PAGE = 200;

export const MapTable = memo(function MapTable({ data, relative, lang, title }: { data: MapData; relative: boolean; lang: Lang; title: string }) {
  const { t } = useTranslation('map');
  // Rows are built only while open: with ~700 units a hidden table would cost every year change.
  const [open, setOpen] = useState(false);
  const all = open ? [...data.items].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity)) : [];
  const { page: p, pages, setPage, from, to } = usePage(all.length, PAGE);
  const rows = all.slice(from, to);
  return (
    <details className="map-table" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('table')}</summary>
      {open && <table>
        <caption>{title}</caption>
        <thead><tr><th scope="col">{t('col.rank')}</th><th scope="col">{t('col.unit')}</th><th scope="col">{t('col.value')}</th><th scope="col">{t('col.cls')}</th></tr></thead>
        <tbody>
          {rows.map((r) => {
            const c = r.cls >= 0 ? data.legend[r.cls] : undefined;
            return (
              <tr key={r.code}>
                <td>{r.rank ?? '—'}</td>
                <th scope="row">{r.name}</th>
                <td className="num">{r.raw === undefined ? t('noData') : fmtValue(r.raw, data.unit, lang)}</td>
                <td>{c ? fmtRange(c.from, c.to, data.unit, lang, relative) : t('noData')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>}
      {open && pages > 1 && <Pager page={p} pages={pages} onPage={setPage} />}
    </details>
  );
});
