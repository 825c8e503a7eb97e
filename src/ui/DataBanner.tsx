/** Says what the data is (published / illustrative) and where it comes from. */
import { useTranslation } from 'react-i18next';
import type { Dataset } from '../domain/dataset.ts';

export function DataBanner({ dataset }: { dataset: Dataset }) {
  const { t } = useTranslation();
  const demo = dataset.status === 'illustrative' || dataset.status === 'mixed';
  return (
    <aside className={`banner ${demo ? 'banner-demo' : ''}`} aria-label={t('banner.sources')}>
      {demo && <strong className="banner-tag">{t('banner.illustrative')}</strong>}{' '}
      <span>{t(`banner.${dataset.status}`)}</span>
      {dataset.sources.length > 0 && (
        <details>
          <summary>{t('banner.sources')}</summary>
          <ul>
            {dataset.sources.map((s) => (
              <li key={s.label}>{s.url ? <a href={s.url} rel="noreferrer noopener" target="_blank">{s.label}</a> : s.label}</li>
            ))}
          </ul>
        </details>
      )}
    </aside>
  );
}
