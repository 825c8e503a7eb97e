/** Previous / "page n of m" / next, for long tables (import problems, observations, the map's table). */
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
