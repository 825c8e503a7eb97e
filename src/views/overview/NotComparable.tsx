/** In "today's units": the units whose past cannot be carried into today's frame, and why. */
import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../domain/dataset.ts';
import type { NotComparable as Item } from '../../domain/reexpress.ts';
import type { Lang } from '../../i18n/format.ts';

export function NotComparable({ items, dataset, lang }: { items: readonly Item[]; dataset: Dataset; lang: Lang }) {
  const { t } = useTranslation('overview');
  if (items.length === 0) return <p className="notice" data-testid="not-comparable">{t('unitsMode.allComparable')}</p>;
  return (
    <details className="not-comparable" data-testid="not-comparable">
      <summary>{t('unitsMode.notComparable', { count: items.length })}</summary>
      <ul>
        {items.map((n) => (
          <li key={`${n.code}${n.reason}`}>
            <strong>{dataset.units.name(n.code, lang)}</strong>: {t(`unitsMode.reason.${n.reason}`, { years: n.years.join(', '), detail: n.detail.map((d) => dataset.units.name(d, lang)).join(', ') })}
          </li>
        ))}
      </ul>
    </details>
  );
}
