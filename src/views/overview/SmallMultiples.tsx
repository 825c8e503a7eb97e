import { useTranslation } from 'react-i18next';
import type { TrendData } from './overviewData.ts';
import { formatPercent, formatValue, type Lang } from '../../i18n/format.ts';
import { StatusBadge, type StatusId } from '../../ui/StatusBadge.tsx';

interface Props { items: TrendData[]; statusOf: Record<string, { status: StatusId; kind: string }>; selected: string; lang: Lang; isRate: boolean; unitLabel: string; onSelect: (code: string) => void; pending?: boolean }

const W = 160;
const H = 56;

/**
 * One mini trend per unit. Each has its own y scale from zero (rates differ 50-fold between
 * districts, so a shared scale flattens all but one); the latest value is printed beside it.
 */
export function SmallMultiples({ items, statusOf, selected, lang, isRate, unitLabel, onSelect, pending = false }: Props) {
  const { t } = useTranslation('overview');
  const fmt = (v: number) => (isRate ? formatPercent(v, lang) : formatValue(v, unitLabel, lang));
  return (
    <section className="multiples" aria-labelledby="multiples-title">
      <h2 id="multiples-title">{t('compare.small')}</h2>
      <p className="chart-caption">{t('compare.smallNote')}</p>
      <ul aria-busy={pending || undefined}>
        {items.map((it) => {
          const pts = it.points.filter((p) => p.value !== null);
          const [y0, y1] = it.years;
          const max = Math.max(1e-9, ...pts.map((p) => p.value!), ...it.targets.map((tg) => tg.value));
          const x = (year: number) => 4 + ((year - y0) / Math.max(1, y1 - y0)) * (W - 8);
          const y = (v: number) => H - 4 - (v / max) * (H - 12);
          const d = pts.map((p, i) => `${i ? 'L' : 'M'}${x(p.year).toFixed(1)},${y(p.value!).toFixed(1)}`).join('');
          const last = pts[pts.length - 1];
          return (
            <li key={it.unit}>
              <button type="button" className="multiple" data-code={it.unit} aria-pressed={selected === it.unit}
                onClick={() => onSelect(selected === it.unit ? '' : it.unit)}>
                <span className="multiple-name">{it.unitName}</span>
                <svg width={W} height={H} viewBox={`0 0 ${W} ${H}`} aria-hidden="true">
                  {it.targets.map((tg) => <line key={tg.year} x1={4} x2={W - 4} y1={y(tg.value)} y2={y(tg.value)} className="mini-target" />)}
                  <path d={d} className="mini-line" />
                  {last && <circle cx={x(last.year)} cy={y(last.value!)} r={3} className="mini-dot" />}
                </svg>
                <span className="multiple-value">{last ? fmt(last.value!) : '–'}</span>
                {statusOf[it.unit] && <StatusBadge status={statusOf[it.unit]!.status} kind={statusOf[it.unit]!.kind} />}
                <span className="sr-only">{`(${pts.map((p) => `${p.year}: ${fmt(p.value!)}`).join('; ')})`}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
