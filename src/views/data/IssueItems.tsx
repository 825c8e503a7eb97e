/**
 * The items of a grouped problem (every unit not in the reference, with its first row and the
 * closest known names): a page at a time, each page drawn in steps, as the problem list is.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Issue } from '../../ingest/issues.ts';
import { formatNumber, type Lang } from '../../i18n/format.ts';
import { Pager, usePage } from '../../ui/Pager.tsx';
import { itemsMatching } from './model.ts';
import { useGrowing } from './useGrowing.ts';

const PAGE = 100;

export function IssueItems({ issue, search, lang }: { issue: Issue; search: string; lang: Lang }) {
  const { t } = useTranslation('data');
  const it = issue.items!;
  // With a search, the units it finds; else all of them.
  const shown = useMemo(() => itemsMatching(issue, search), [issue, search]);
  const { page, pages, setPage, from, to } = usePage(shown.length, PAGE);
  const drawn = useGrowing(to - from, 20, 10, [shown, from]);
  const label = t('report.itemsHeading', { n: formatNumber(shown.length, lang) });
  return (
    <div className="issue-items">
      <table className="data-table" aria-label={label}>
        <caption>{label}</caption>
        <thead><tr>
          <th scope="col">{t('report.row')}</th><th scope="col">{t('report.column')}</th>
          <th scope="col">{t('report.unit')}</th><th scope="col">{t('report.closest')}</th>
        </tr></thead>
        <tbody>
          {shown.slice(from, from + drawn).map((k) => (
            <tr key={k}><td className="num">{it.row[k] || '–'}</td><td>{it.column[k]}</td><td><code>{it.value[k]}</code></td><td>{it.suggestions[k]}</td></tr>
          ))}
        </tbody>
      </table>
      {pages > 1 && <Pager page={page} pages={pages} onPage={setPage} testId="issue-items-pager" />}
    </div>
  );
}
