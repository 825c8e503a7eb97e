/** One unit's deprivation shares against its parent's, as paired bars (HTML, so it reflows on a phone). */
import { useTranslation } from 'react-i18next';
import type { DeprivationProfile } from '../../domain/deprivation/profile.ts';
import type { DeprivationDef } from '../../domain/deprivation/lists.ts';
import { formatPercent, type Lang } from '../../i18n/format.ts';

interface Props { unit: { name: string; profile: DeprivationProfile }; parent: { name: string; profile: DeprivationProfile } | null; list: readonly DeprivationDef[]; lang: Lang }

export function UnitProfile({ unit, parent, list, lang }: Props) {
  const { t } = useTranslation('deprivation');
  const pct = (v: number | null) => (v === null ? t('noValue') : formatPercent(v, lang, 0));
  return (
    <section className="dep-profile card" aria-labelledby="dep-profile-title" data-testid="dep-profile">
      <h3 id="dep-profile-title">{t('profile', { unit: unit.name, parent: parent?.name ?? '–', year: unit.profile.year })}</h3>
      <ul className="dep-bars">
        {list.map((d, k) => {
          const u = unit.profile.cells[k]?.share ?? null;
          const p = parent?.profile.cells[k]?.share ?? null;
          return (
            <li key={d.id} title={t('cutoff', { text: d.cutoff[lang] })}>
              <span className="dep-bar-label">{d.label[lang]}</span>
              <span className="dep-bar-track" aria-hidden="true">
                <span className="dep-bar dep-bar-unit" style={{ width: `${Math.min(100, u ?? 0)}%` }} />
                {parent && <span className="dep-bar dep-bar-parent" style={{ width: `${Math.min(100, p ?? 0)}%` }} />}
              </span>
              <span className="dep-bar-value">{pct(u)}{parent && <span className="dep-bar-vs"> / {pct(p)}</span>}</span>
            </li>
          );
        })}
      </ul>
      <p className="chart-caption"><span className="dep-key dep-key-unit" /> {unit.name}{parent && <> <span className="dep-key dep-key-parent" /> {parent.name}</>} — {t('measures.share')}</p>
    </section>
  );
}
