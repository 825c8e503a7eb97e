/** The overview's compact "what drives poverty here": the focus unit's leading deprivations, linked to the full view. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../domain/dataset.ts';
import { leading, listForYear, profileOf } from '../../domain/deprivation/profile.ts';
import { deprivationYear } from '../../domain/deprivation/heat.ts';
import { useViewStore } from '../../store/index.ts';
import { formatPercent, type Lang } from '../../i18n/format.ts';
import './deprivation.css';

export function DrivesPanel({ dataset, unit, year, lang }: { dataset: Dataset; unit: string | null; year: number | null; lang: Lang }) {
  const { t } = useTranslation('deprivation');
  const setView = useViewStore((s) => s.setView);
  const data = useMemo(() => {
    const y = deprivationYear(dataset, year);
    const list = y === null ? null : listForYear(dataset.standards, y);
    if (y === null || !list) return null;
    const code = unit && dataset.units.has(unit) ? unit : dataset.rootUnit;
    const top = leading(profileOf(dataset.table, code, y, list), 3);
    return top.length ? { y, top, list, name: dataset.units.has(code) ? dataset.units.name(code, lang, y) : code } : null;
  }, [dataset, unit, year, lang]);
  if (!data) return null;
  return (
    <section className="dep-drives" aria-labelledby="dep-drives-title" data-testid="dep-drives">
      <h2 id="dep-drives-title">{t('drives.title')} — {data.name}, {data.y}</h2>
      <ol>
        {data.top.map((c) => (
          <li key={c.id}>{data.list.find((d) => d.id === c.id)?.label[lang]}: {t('drives.of', { share: formatPercent(c.share!, lang, 0) })}</li>
        ))}
      </ol>
      <button type="button" className="linklike" onClick={() => setView('deprivation')}>{t('drives.more')} →</button>
    </section>
  );
}
