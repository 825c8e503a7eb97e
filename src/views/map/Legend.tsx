/** Legend: class ranges in the UI language's number format and the count of units per class. */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapData } from './mapSeries.ts';
import { fmtRange } from './format.ts';
import { HatchDefs } from './Hatch.tsx';
import type { Lang } from '../../i18n/format.ts';
import { divergingColors, isDiverging, isSequential, sequentialColors } from '../../geo/palette.ts';

/** A strip of the palette's colours beside its (named) choice, so the name is not the only cue. */
export function PaletteSwatch({ palette, relative }: { palette: string; relative: boolean }) {
  const colors = relative ? (isDiverging(palette) ? divergingColors(palette, 5, true) : []) : (isSequential(palette) ? sequentialColors(palette, 5) : []);
  return (
    <svg className="map-palette-swatch" width="60" height="14" aria-hidden="true">
      {colors.map((c, i) => <rect key={i} x={i * 12} width="12" height="14" fill={c} />)}
    </svg>
  );
}

export const Legend = memo(function Legend({ data, relative, lang, scope = 'pooled', onScope }: {
  data: MapData; relative: boolean; lang: Lang; scope?: 'pooled' | 'year'; onScope?: (s: 'pooled' | 'year') => void;
}) {
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
      {data.years.length > 1 && (
        <p className="map-legend-scope" data-testid="legend-scope">
          {scope === 'pooled' ? t('scope.pooled', { from: data.years[0], to: data.years[data.years.length - 1] }) : t('scope.year', { year: data.year })}
          {onScope && (
            <button type="button" className="link-button" onClick={() => onScope(scope === 'pooled' ? 'year' : 'pooled')}>
              {scope === 'pooled' ? t('scope.toYear') : t('scope.toPooled')}
            </button>
          )}
        </p>
      )}
    </figure>
  );
});
