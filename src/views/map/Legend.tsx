/** Legend: class ranges in the UI language's number format and the count of units per class. */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapData } from './mapSeries.ts';
import { fmtRange } from './format.ts';
import { HatchDefs } from './Hatch.tsx';
import type { Lang } from '../../i18n/format.ts';

export const Legend = memo(function Legend({ data, relative, lang }: { data: MapData; relative: boolean; lang: Lang }) {
  const { t } = useTranslation('map');
  return (
    <figure className="map-legend" aria-label={t('legend')}>
      <figcaption>{relative ? t('relTarget') : t('legend')}</figcaption>
      {relative && <p className="map-legend-ends">◀ {t('belowTarget')} · {t('aboveTarget')} ▶</p>}
      <ul>
        {data.legend.map((c, i) => (
          <li key={i}>
            <svg width="18" height="14" aria-hidden="true"><rect width="18" height="14" rx="2" fill={c.color} /></svg>
            <span className="map-legend-range">{fmtRange(c.from, c.to, data.unit, lang, relative)}</span>
            <span className="map-legend-count">{t('legendCount', { count: c.count })}</span>
          </li>
        ))}
        {data.noDataCount > 0 && (
          <li className="map-legend-nodata">
            <svg width="18" height="14" aria-hidden="true"><HatchDefs id="map-nodata-legend" /><rect width="18" height="14" rx="2" fill="url(#map-nodata-legend)" stroke="#8a8a8a" /></svg>
            <span className="map-legend-range">{t('noData')}</span>
            <span className="map-legend-count">{t('legendCount', { count: data.noDataCount })}</span>
          </li>
        )}
      </ul>
    </figure>
  );
});
