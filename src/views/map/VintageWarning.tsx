/** The boundary file is of another vintage than the year on screen: say so, and which units have no shape. */
import { useTranslation } from 'react-i18next';
import type { VintageCheck } from '../../geo/vintage.ts';
import type { UnitRegistry } from '../../domain/units.ts';

const SHOWN = 12;

export function VintageWarning({ check, year, names, registry }: { check: VintageCheck; year: number; names: Map<string, string>; registry: UnitRegistry }) {
  const { t, i18n } = useTranslation('map');
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const date = (d: string) => new Date(`${d}T00:00:00Z`).toLocaleDateString(lang === 'vi' ? 'vi-VN' : 'en-GB', { timeZone: 'UTC' });
  const { other } = check;
  const period = other.validTo ? t('vintage.until', { date: date(other.validTo) }) : other.validFrom ? t('vintage.from', { date: date(other.validFrom) }) : t('vintage.otherUnits');
  const name = (c: string) => names.get(c) ?? registry.name(c, lang);
  const list = (codes: readonly string[]) => codes.slice(0, SHOWN).map(name).join(', ') + (codes.length > SHOWN ? ', …' : '');
  return (
    <div className="map-warning" role="status" data-testid="boundary-vintage">
      <p><strong>{t('vintage.title', { areas: other.areas, period, year })}</strong></p>
      {check.doubtful.length > 0 && (
        <p>{t('vintage.doubtful', { n: check.doubtful.length, year, examples: check.doubtful.slice(0, 3).map((d) => `${name(d.unit)} ← ${registry.name(d.other, lang)}`).join('; ') })}</p>
      )}
      {check.missing.length > 0 && <p data-testid="boundary-vintage-missing">{t('vintage.missing', { n: check.missing.length, year, list: list(check.missing) })}</p>}
      <p>{t('vintage.hint', { year })}</p>
    </div>
  );
}
