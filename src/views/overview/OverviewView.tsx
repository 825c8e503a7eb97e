import { memo, useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useDataset, useViewStore } from '../../store/index.ts';
import type { Dataset } from '../../domain/dataset.ts';
import { describeIndicator, displayIndicatorsIn } from '../../domain/catalogue.ts';
import type { OverviewData } from './overviewData.ts';
import { cachedOverview, summaryOf, yearsWithIndicator } from './overviewCache.ts';
import { useOverview, STEPPED_ROWS } from './useOverview.ts';
import { KpiCards } from './KpiCards.tsx';
import { TrendChart } from './TrendChart.tsx';
import { eventsOnAxis } from './trendEvents.ts';
import { RankedBars } from './RankedBars.tsx';
import { SmallMultiples } from './SmallMultiples.tsx';
import { VerdictTable } from './VerdictTable.tsx';
import { useStaged } from '../../ui/useStaged.ts';
import { DrivesPanel } from '../deprivation/index.ts';
import { latestDate, todaysUnitsDataset } from '../../domain/reexpress.ts';
import { NotComparable } from './NotComparable.tsx';
import { PeriodGoals } from './PeriodGoals.tsx';

// Each stage of useStaged renders the body again: the charts already drawn are kept when their
// props are the same (the trend chart's render was ~10–15 ms of the next stage's task, national file).
const Trend = memo(TrendChart);
const Ranked = memo(RankedBars);
const Multiples = memo(SmallMultiples);
const NO_MULTIPLES: OverviewData['multiples'] = [];

export default function OverviewView() {
  const loaded = useDataset();
  const { indicator, year, unit, lang, setUnit, setIndicator, setYear, unitsMode, setExtra } = useViewStore(useShallow((s) => ({
    indicator: s.indicator, year: s.year, unit: s.unit, lang: s.lang, setUnit: s.setUnit, setIndicator: s.setIndicator, setYear: s.setYear,
    unitsMode: s.extra.units === 'today' ? 'today' as const : 'time' as const, setExtra: s.setExtra,
  })));
  // "Units of the time" (default) or "today's units": the past re-expressed through the crosswalks.
  const today = useMemo(() => (unitsMode === 'today' ? todaysUnitsDataset(loaded, latestDate(loaded)) : null), [loaded, unitsMode]);
  const dataset = today?.dataset ?? loaded;
  const { t: tc } = useTranslation();
  const data = useOverview(dataset, indicator, year, unit, lang);
  // A national file's first overview is still being worked out (a few short tasks).
  if (!data) return <div className="overview" aria-busy="true"><p className="muted">{tc('loading')}</p></div>;
  // Meanwhile the last overview stays: it may be another indicator's, year's or unit's, shown
  // under this selection's labels, so it is dimmed and says whose figures they are.
  const stale = cachedOverview({ dataset, indicator, year, unit, lang }) !== data;
  return <OverviewBody {...{ data, stale, dataset, loaded, today, indicator, unit, lang, setUnit, setIndicator, setYear, unitsMode, setExtra }} />;
}

type StoreState = ReturnType<typeof useViewStore.getState>;
interface BodyProps extends Pick<StoreState, 'setUnit' | 'setIndicator' | 'setYear' | 'setExtra' | 'indicator' | 'unit' | 'lang'> {
  data: OverviewData;
  /** `data` is the previous selection's, shown while this one's is worked out. */
  stale: boolean;
  dataset: Dataset;
  loaded: Dataset;
  today: ReturnType<typeof todaysUnitsDataset> | null;
  unitsMode: 'today' | 'time';
}

function OverviewBody({ data, stale, dataset, loaded, today, indicator, unit, lang, setUnit, setIndicator, setYear, unitsMode, setExtra }: BodyProps) {
  const { t } = useTranslation('overview');
  const { t: tc } = useTranslation();
  // The generated summary is for the headline indicator at the province level.
  const summary = indicator === 'poverty_rate' ? summaryOf(dataset, lang, data.year) : '';
  const def = describeIndicator(indicator);
  const years = dataset.table.years();
  const yearsWith = yearsWithIndicator(dataset, indicator);
  const statusOf = useMemo(() => Object.fromEntries(data.compare.rows.flatMap((r) => (r.status ? [[r.code, { status: r.status.status, kind: r.kind }]] : []))), [data]);
  // Cards, summary and tables first; then each chart in its own task, and a national file's small
  // multiples (30 mini charts) in one more.
  const ready = useStaged(3);
  const multiplesReady = ready >= 3 || dataset.table.size < STEPPED_ROWS;
  // The same array while the axis is the same: the trend's layout is kept between renders.
  const events = useMemo(() => eventsOnAxis(dataset, data.trend.years, lang), [dataset, data.trend.years, lang]);
  const select = useCallback((code: string) => setUnit(code && code !== dataset.rootUnit ? code : null), [setUnit, dataset.rootUnit]);

  return (
    <div className={stale ? 'overview overview-stale' : 'overview'} aria-busy={stale || undefined}>
      <div className="toolbar">
        <label>
          {tc('indicator')}
          <select value={indicator} onChange={(e) => setIndicator(e.target.value)}>
            {displayIndicatorsIn(dataset.table.indicatorIds).map((id) => (
              <option key={id} value={id}>{describeIndicator(id).label[lang]}</option>
            ))}
          </select>
        </label>
        <label>
          {tc('year')}
          <select value={data.year ?? ''} onChange={(e) => setYear(Number(e.target.value))}>
            {/* Years without a value of this indicator are shown but disabled, with the reason. */}
            {years.map((y) => {
              const has = yearsWith.has(y);
              return <option key={y} value={y} disabled={!has && y !== data.year}>{has ? y : `${y} — ${tc('noData')}`}</option>;
            })}
          </select>
        </label>
        <fieldset className="units-mode">
          <legend>{t('unitsMode.label')}</legend>
          <label><input type="radio" name="units-mode" checked={unitsMode === 'time'} onChange={() => setExtra('units', undefined)} /> {t('unitsMode.time')}</label>
          <label><input type="radio" name="units-mode" checked={unitsMode === 'today'} onChange={() => setExtra('units', 'today')} /> {t('unitsMode.today')}</label>
        </fieldset>
        {data.focus.code !== data.root.code && (
          <button type="button" onClick={() => setUnit(null)}>← {t('trend.back')}</button>
        )}
      </div>
      {stale && <p role="status" className="overview-stale-note">{t('stale')}</p>}
      <KpiCards headline={data.headline} status={data.status} indicatorLabel={def.label[lang]} unitName={data.focus.name} isRate={data.isRate} unitLabel={data.unitLabel} lang={lang} year={data.year} />
      <PeriodGoals dataset={dataset} unit={data.focus.code} unitName={data.focus.name} indicator={indicator} year={data.year} lang={lang} />
      {data.verdicts.some((v) => v.verdict) && <VerdictTable rows={data.verdicts} unitName={data.focus.name} lang={lang} />}
      {summary && <p className="narrative" data-testid="narrative">{summary}</p>}
      {today && <NotComparable items={today.notComparable} dataset={loaded} lang={lang} />}
      <DrivesPanel dataset={dataset} unit={unit} year={data.year} lang={lang} />
      <div className="overview-grid">
        <Trend pending={ready < 1} trend={data.trend} events={events} indicatorLabel={def.label[lang]} lang={lang} isRate={data.isRate} unitLabel={data.unitLabel} />
        <Ranked pending={ready < 2} data={data} lang={lang} indicatorLabel={def.label[lang]} onSelect={select} />
      </div>
      <Multiples pending={!multiplesReady} items={multiplesReady ? data.multiples : NO_MULTIPLES} statusOf={statusOf} selected={data.focus.code} lang={lang} isRate={data.isRate} unitLabel={data.unitLabel} onSelect={select} />
    </div>
  );
}
