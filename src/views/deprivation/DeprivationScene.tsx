/** The presenter's deprivation scene: the heat table (parent + the units with most poor households) and the parent's leading deprivations. */
import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../domain/dataset.ts';
import type { Lang } from '../../i18n/format.ts';
import { deriveDeprivation } from './model.ts';
import { HeatTable } from './HeatTable.tsx';
import { leadSentence } from './narrative.ts';
import './deprivation.css';

const ROWS = 10;

export function DeprivationScene({ ds, year, lang }: { ds: Dataset; year: number | null; lang: Lang }) {
  const { t } = useTranslation('deprivation');
  const m = deriveDeprivation({ dataset: ds, year, unit: null, measure: 'share', sort: { by: 'poor', desc: true }, lang });
  if (m.heat.empty) return <p className="p-big">{t(`empty.${m.heat.empty}`)}</p>;
  const heat = { ...m.heat, rows: m.heat.rows.slice(0, ROWS + 1) };
  const parent = m.heat.rows.find((r) => r.isParent);
  return (
    <div className="dep-scene" data-testid="p-deprivation">
      <HeatTable heat={heat} measure="share" sort={{ by: 'poor', desc: true }} onSort={() => {}} selected={null} onSelect={() => {}} lang={lang} />
      {parent && <p className="p-lead">{leadSentence(parent.name, parent.profile, m.heat.list, lang, (k, p) => t(k, p ?? {}))}</p>}
      {m.illustrative && <p className="chart-caption">{t('illustrative')}</p>}
    </div>
  );
}
