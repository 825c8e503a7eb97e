/**
 * Pages of a long list: Previous / "page n of m" / Next, and usePage for lists that are not a
 * TanStack table (import problems, the map's table, the observations, which turn only the shown
 * page into rows). The allocation table pages with TanStack's own pagination and draws this Pager.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props { page: number; pages: number; onPage: (page: number) => void; testId?: string }

export function Pager({ page, pages, onPage, testId }: Props) {
  const { t } = useTranslation();
  return (
    <div className="pager" data-testid={testId}>
      <button type="button" onClick={() => onPage(Math.max(0, page - 1))} disabled={page === 0}>{t('pager.prev')}</button>
      <span>{t('pager.page', { page: page + 1, pages })}</span>
      <button type="button" onClick={() => onPage(Math.min(pages - 1, page + 1))} disabled={page >= pages - 1}>{t('pager.next')}</button>
    </div>
  );
}

/** The page shown of `count` items, `size` a page (kept in range when the list shrinks), and [from, to) of it. */
export function usePage(count: number, size: number) {
  const [wanted, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil(count / size));
  const page = Math.min(wanted, pages - 1);
  return { page, pages, setPage, from: page * size, to: Math.min(count, (page + 1) * size) };
}
