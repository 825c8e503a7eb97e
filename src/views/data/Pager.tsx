/** Previous / "page n of m" / next, for the long tables of the data screen. */
import { useTranslation } from 'react-i18next';

interface Props { page: number; pages: number; onPage: (page: number) => void; testId?: string }

export function Pager({ page, pages, onPage, testId }: Props) {
  const { t } = useTranslation('data');
  return (
    <div className="pager" data-testid={testId}>
      <button type="button" onClick={() => onPage(Math.max(0, page - 1))} disabled={page === 0}>{t('table.prev')}</button>
      <span>{t('table.page', { page: page + 1, pages })}</span>
      <button type="button" onClick={() => onPage(Math.min(pages - 1, page + 1))} disabled={page >= pages - 1}>{t('table.next')}</button>
    </div>
  );
}
