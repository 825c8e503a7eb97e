/**
 * Year slider with play/pause. The step time adapts to the number of years (a long series plays
 * faster); play runs to the last year and stops, and pressing play at the last year starts over
 * from the first (one pass, no endless loop). Keys: arrows/Home/End on the slider, Space plays.
 */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { playStep } from '../../ui/motion.ts';

export function stepMs(nYears: number): number {
  return Math.round(Math.min(1500, Math.max(400, 6000 / Math.max(1, nYears))));
}

export function YearPlayer({ years, year, onYear }: { years: number[]; year: number; onYear: (y: number) => void }) {
  const { t } = useTranslation('map');
  const [playing, setPlaying] = useState(false);
  const id = useId();
  const idx = Math.max(0, years.indexOf(year));

  useEffect(() => {
    if (!playing || idx >= years.length - 1) return;
    const timer = setTimeout(() => {
      onYear(years[idx + 1]!);
      if (idx + 1 >= years.length - 1) setPlaying(false); // one pass: stop at the last year
    }, playStep(stepMs(years.length)));
    return () => clearTimeout(timer);
  }, [playing, idx, years, onYear]);

  const toggle = () => {
    if (playing) { setPlaying(false); return; }
    if (idx >= years.length - 1 && years.length > 1) onYear(years[0]!);
    setPlaying(true);
  };

  if (years.length === 0) return null;
  return (
    <div className="map-player" role="group" aria-label={t('year')}>
      {/* The name changes with the state (Play / Pause), so no aria-pressed: never "Pause, pressed". */}
      <button type="button" className="map-play" onClick={toggle} disabled={years.length < 2} data-playing={playing}>
        <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span> {playing ? t('pause') : t('play')}
      </button>
      <label htmlFor={id} className="map-year-label">{t('year')} <output>{year}</output></label>
      <input
        id={id} type="range" min={0} max={years.length - 1} step={1} value={idx}
        aria-valuetext={String(year)} aria-describedby={`${id}-hint`}
        onChange={(e) => { setPlaying(false); onYear(years[Number(e.target.value)]!); }}
        onKeyDown={(e) => { if (e.key === ' ') { e.preventDefault(); toggle(); } }}
      />
      <span className="map-year-ends" aria-hidden="true">{years[0]}–{years[years.length - 1]}</span>
      <p id={`${id}-hint`} className="visually-hidden">{t('playHint')}</p>
    </div>
  );
}
