/**
 * The map screen: derive (mapSeries) → lay out (here) → draw (TileMap / ChoroplethPaths as SVG,
 * or CanvasMap above CANVAS_THRESHOLD drawn units).
 */
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataset, useViewStore, useReadOnly } from '../../store/index.ts';
import { comparisonUnits } from '../../domain/dataset.ts';
import { describeIndicator, displayIndicatorsIn } from '../../domain/catalogue.ts';
import { METHODS } from '../../geo/classify.ts';
import { DIVERGING_PALETTES, SEQUENTIAL_PALETTES } from '../../geo/palette.ts';
import { computeScale, deriveMap, mapYears, readSettings, resolveYear, scaleValues } from './mapSeries.ts';
import { useMapGeometry, MAP_WIDTH } from './useMapGeometry.ts';
import { hydrateBoundaries, useBoundaryStore } from '../../store/boundaryStore.ts';
import { TileMap } from './TileMap.tsx';
import { ChoroplethPaths } from './ChoroplethPaths.tsx';
import { YearPlayer } from './YearPlayer.tsx';
import { Legend, PaletteSwatch } from './Legend.tsx';
import { Tooltip } from './Tooltip.tsx';
import { useTooltip } from './useTooltip.ts';
import { Locator } from './Locator.tsx';
import { BoundaryPanel } from './BoundaryPanel.tsx';
import { MapTable } from './MapTable.tsx';
import { fmtRange, fmtValue } from './format.ts';
import { formatNumber } from '../../i18n/format.ts';
import { groupKindText } from '../../ui/figureText.ts';
import { buildExportSvg, exportPng, exportSvg } from './exportMap.ts';
import { CanvasMap } from './CanvasMap.tsx';
import { prepareFills, shapeScene, tileScene } from './canvasDraw.ts';
import { sceneToSvg } from './canvasExport.ts';
import { drawsOnCanvas } from './renderChoice.ts';
import { STAGE, useMapStages } from './useMapStages.ts';

const NO_UNITS: readonly string[] = [];
import './map.css';

export default function MapView() {
  const { t } = useTranslation('map');
  const ds = useDataset();
  const readOnly = useReadOnly();
  const { lang, year: wantedYear, indicator: urlIndicator, unit: selected, extra, setYear, setUnit, setExtra, setIndicator } = useViewStore();
  const stored = useBoundaryStore((s) => s.current);
  useEffect(() => hydrateBoundaries(), []);

  const indicators = useMemo(() => displayIndicatorsIn(ds.table.indicatorIds), [ds]);
  const indicator = indicators.includes(urlIndicator) || ds.table.indicatorIds.includes(urlIndicator) ? urlIndicator : (indicators[0] ?? urlIndicator);
  const settings = useMemo(() => readSettings(extra), [extra]);
  // Every year any vintage has data; a year's map draws the units valid in that year.
  const years = useMemo(() => mapYears(ds, indicator), [ds, indicator]);
  const year = resolveYear(years, wantedYear);
  const units = comparisonUnits(ds, year);
  // A national commune map opens in steps (useMapStages); a small one at once.
  const stage = useMapStages(units.length);
  const withValues = stage >= STAGE.values;
  const withScale = stage >= STAGE.scale;
  const withGeometry = stage >= STAGE.geometry;
  const withDraw = stage >= STAGE.draw;
  // The canvas is sized and painted a task after the classes are derived: together they were ~60 ms.
  const withPaint = stage >= STAGE.paint;
  // The scale (breaks, colours) is fixed for a vintage's timeline; a year change only re-derives the fills.
  const scaleYear = settings.scope === 'year' ? year : undefined;
  // Its values (a national file's 212,000 sorted) and its breaks are two stages: one task was 60 ms.
  const scaleFrom = useMemo(() => (withValues ? scaleValues(ds, indicator, units, settings, scaleYear) : null), [withValues, ds, indicator, units, settings, scaleYear]);
  const scale = useMemo(() => (withScale && scaleFrom ? computeScale(ds, indicator, units, settings, scaleYear, scaleFrom) : null), [withScale, ds, indicator, units, settings, scaleYear, scaleFrom]);
  const relative = settings.method === 'target';
  const data = useMemo(() => (year === undefined || !scale || !withDraw ? null : deriveMap(ds, indicator, year, units, settings, lang, scale)),
    [withDraw, ds, indicator, year, units, settings, lang, scale]);

  const geo = useMapGeometry(ds, withGeometry ? units : NO_UNITS, withGeometry ? stored : null);
  const hasGeo = geo.shapes.length > 0;
  const mode = extra.mapmode === 'tiles' || !hasGeo ? 'tiles' : 'geo';
  const drawn = useMemo(() => (mode === 'tiles' ? geo.grid.tiles.length : geo.shapes.reduce((n, s) => n + (s.code === null ? 0 : 1), 0)), [mode, geo.grid, geo.shapes]);
  const onCanvas = drawsOnCanvas(drawn);
  // Geometry for the canvas (tile metrics or Path2D per shape, hit-test index): once per geometry.
  const scene = useMemo(() => (!onCanvas ? null : mode === 'tiles' ? tileScene(geo.grid, MAP_WIDTH) : shapeScene(geo.shapes, MAP_WIDTH, geo.height)),
    [onCanvas, mode, geo.grid, geo.shapes, geo.height]);
  // The scene's per-unit lookups for painting, worked out with the geometry: in the canvas's first
  // task (sizing) they made it a long one.
  useMemo(() => { if (scene) prepareFills(scene, units); }, [scene, units]);

  const { hover, onHover, keep, leave } = useTooltip();
  const onSelect = useCallback((code: string) => {
    const cur = useViewStore.getState().unit;
    setUnit(cur === code ? null : code);
  }, [setUnit]);
  const onPick = useCallback((code: string) => setUnit(code), [setUnit]);
  const onYear = useCallback((y: number) => setYear(y), [setYear]);
  const frame = useRef<HTMLDivElement>(null);

  const names = useMemo(() => new Map((withGeometry ? units : NO_UNITS).map((c) => [c, ds.units.name(c, lang)])), [withGeometry, ds, units, lang]);
  const unitLabel = describeIndicator(indicator).unit;
  // Per-unit text for the SVG maps' accessible names; the canvas has none (the tooltip formats its own).
  // Not while a large map is still opening (no data yet): 10,600 labels were a long task of their own.
  const values = useMemo(() => new Map(onCanvas || !data ? [] : data.items.map((i) => [i.code, i.raw === undefined ? t('noData') : fmtValue(i.raw, unitLabel, lang)])), [onCanvas, data, unitLabel, lang, t]);
  const labels = useMemo(() => {
    if (onCanvas || !data) return new Map<string, string>();
    const none = t('noData');
    return new Map(units.map((c) => [c, `${names.get(c)}: ${values.get(c) ?? none}`]));
  }, [onCanvas, data, units, names, values, t]);

  const indLabel = describeIndicator(indicator).label[lang];
  const title = t('mapLabel', { indicator: indLabel, year: year ?? '' });
  const root = ds.units.get(ds.rootUnit);
  const province = root?.level === 'province' ? root.code : null;

  const doExport = (kind: 'svg' | 'png') => {
    if (!data) return;
    const svg = scene ? sceneToSvg(scene, data.byCode, selected) : frame.current?.querySelector<SVGSVGElement>('svg.map-svg');
    if (!svg) return;
    const legend: { color: string | null; label: string }[] = data.legend.map((c) => ({ color: c.color, label: `${fmtRange(c.from, c.to, data.unit, lang, relative)} (${t('legendCount', { count: c.count })})` }));
    if (data.noDataCount) legend.push({ color: null, label: `${t('noData')} (${t('legendCount', { count: data.noDataCount })})` });
    const note = ds.status === 'mixed' || ds.status === 'illustrative' ? ` ${t('illustrativeNote')}` : '';
    const out = buildExportSvg(svg, {
      // The place as it was called in the map's year ("Thừa Thiên Huế" for 2024, "Huế" for 2025).
      title: `${indLabel} — ${ds.units.has(ds.rootUnit) ? ds.units.name(ds.rootUnit, lang, data.year) : ds.title[lang]}`,
      subtitle: `${t('year')} ${data.year} · ${t(`methods.${settings.method}`)}`,
      legend,
      source: t('source', { sources: ds.sources.map((s) => s.label).join('; ') || ds.title[lang] }) + note,
    });
    const name = `map-${indicator}-${data.year}.${kind}`;
    if (kind === 'svg') exportSvg(out, name);
    else void exportPng(out, name);
  };

  return (
    <section className="map-view" aria-labelledby="map-title">
      <h2 id="map-title">{t('title')}: {indLabel}{year !== undefined ? `, ${year}` : ''}</h2>
      <form className="map-controls" aria-label={t('controls')} onSubmit={(e) => e.preventDefault()}>
        <label>{t('indicator', { ns: 'common' })}{' '}
          <select value={indicator} onChange={(e) => setIndicator(e.target.value)}>
            {indicators.map((id) => <option key={id} value={id}>{describeIndicator(id).label[lang]}</option>)}
          </select>
        </label>
        <label>{t('method')}{' '}
          <select value={settings.method} onChange={(e) => setExtra('class', e.target.value === 'quantile' ? undefined : e.target.value)}>
            {METHODS.map((m) => <option key={m} value={m}>{t(`methods.${m}`)}</option>)}
          </select>
        </label>
        {settings.method === 'custom' ? (
          <label>{t('breaks')}{' '}
            <input type="text" inputMode="decimal" defaultValue={extra.breaks ?? ''} size={14}
              onBlur={(e) => setExtra('breaks', e.target.value.trim() || undefined)}
              onKeyDown={(e) => { if (e.key === 'Enter') setExtra('breaks', e.currentTarget.value.trim() || undefined); }} />
          </label>
        ) : (
          <label>{t('classes')}{' '}
            <select value={settings.k} onChange={(e) => setExtra('k', e.target.value === '5' ? undefined : e.target.value)}>
              {[2, 3, 4, 5, 6, 7].map((k) => <option key={k} value={k}>{k}</option>)}
            </select>
          </label>
        )}
        <label>{t('palette')}{' '}
          <select value={relative ? settings.diverging : settings.palette} onChange={(e) => setExtra('palette', e.target.value)}>
            {(relative ? DIVERGING_PALETTES : SEQUENTIAL_PALETTES).map((p) => <option key={p} value={p}>{t(`paletteNames.${p}`)}</option>)}
          </select>
          <PaletteSwatch palette={relative ? settings.diverging : settings.palette} relative={relative} />
        </label>
        {hasGeo && (
          <fieldset className="map-mode"><legend>{t('mode')}</legend>
            {(['geo', 'tiles'] as const).map((m) => (
              <label key={m}><input type="radio" name="mapmode" value={m} checked={mode === m}
                onChange={() => setExtra('mapmode', m === 'geo' ? undefined : 'tiles')} /> {t(`modes.${m}`)}</label>
            ))}
          </fieldset>
        )}
      </form>
      {year !== undefined && <YearPlayer years={years} year={year} onYear={onYear} />}
      {data?.noTargets && <p className="map-warning">{t('noTargets')}</p>}
      <div className="map-main">
        <div className="map-frame" ref={frame} data-mode={mode} data-renderer={scene ? 'canvas' : 'svg'} data-year={data?.year} aria-busy={!withPaint}>
          {!withPaint && <p className="map-opening" role="status">{t('loading', { ns: 'common' })}</p>}
          {data && withPaint && (scene ? (
            <CanvasMap scene={scene} fills={data} names={names} lang={lang} selected={selected} title={title}
              onHover={onHover} onSelect={onSelect} onPick={onPick} />
          ) : mode === 'geo' ? (
            <ChoroplethPaths shapes={geo.shapes} width={MAP_WIDTH} height={geo.height} byCode={data.byCode} labels={labels}
              selected={selected} title={title} onHover={onHover} onSelect={onSelect} />
          ) : (
            <TileMap grid={geo.grid} width={MAP_WIDTH} byCode={data.byCode} labels={labels} values={values}
              selected={selected} title={title} onHover={onHover} onSelect={onSelect} />
          ))}
          {hover && data && <Tooltip ds={ds} data={data} hover={hover} lang={lang} onEnter={keep} onLeave={leave} />}
        </div>
        <aside className="map-side">
          {data && data.group.ok && (
            <p className="map-group">{t('group', { n: formatNumber(units.length, lang, 0) })}: <strong>{fmtValue(data.group.value, data.unit, lang)}</strong>{groupKindText(data.group.kind, t)}</p>
          )}
          {data && <Legend data={data} relative={relative} lang={lang} scope={settings.scope} onScope={(v) => setExtra('cscope', v === 'year' ? 'year' : undefined)} />}
          <div className="map-export">
            <button type="button" onClick={() => doExport('svg')}>{t('export.svg')}</button>
            <button type="button" onClick={() => doExport('png')}>{t('export.png')}</button>
          </div>
          <Locator province={province} name={root ? root.name[lang] : ''} />
        </aside>
      </div>
      {data && <MapTable data={data} relative={relative} lang={lang} title={title} />}
      {!readOnly && withGeometry && <BoundaryPanel set={geo.set} join={geo.join} units={geo.joinUnits} names={names} registry={ds.units} year={year} />}
    </section>
  );
}
