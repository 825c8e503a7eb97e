/**
 * Projector charts as plain SVG with a viewBox (src/ui/ChartSvg.tsx): they scale to any box without
 * overflow, and the same element is what the export module serialises. Colours come from CSS (theme)
 * classes. The map's still picture is the map view's (StaticMap.tsx there).
 */
import type { TrendData } from '../overview/index.ts';
import { pathAt } from '../../domain/progress.ts';
import { placeLabels, textBox } from '../../ui/labels.ts';
import { ChartSvg as Svg } from '../../ui/ChartSvg.tsx';

function niceMax(v: number): number {
  if (!(v > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  const m = v / p;
  return ([1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].find((s) => m <= s) ?? 10) * p;
}

export interface ChartEvent { id: string; x: number; label: string; kind: string; date: string }
export interface TrendLegend { actual: string; target: string; path: string; event: string }

/**
 * Trend against targets. Labels never overlap: the value labels sit above their dots, then each
 * target label takes the first free spot (below or above its line, right or left), then event
 * labels stack at the top. A label that finds no spot is dropped (the data is in the CSV and notes).
 */
export function TrendSvg({ trend, upTo, fmt, title, desc, targetLabel, axisFmt, events = [], legend }: {
  trend: TrendData; upTo: number | null; fmt: (v: number) => string; axisFmt: (v: number) => string;
  title: string; desc: string; targetLabel: (year: number, value: string) => string;
  events?: readonly ChartEvent[]; legend?: TrendLegend;
}) {
  const W = 1000; const L = 90; const R = 40; const B = 50;
  const T = events.length ? 30 + 30 * Math.min(3, events.length) : 30;
  const LEG = legend ? 44 : 0;
  const H = 520 + (T - 30) + LEG;
  const plotBottom = H - B - LEG;
  const [y0, y1] = trend.years;
  const vals = [...trend.points.flatMap((p) => (p.value === null ? [] : [p.value])), ...trend.targets.map((t) => t.value),
    ...trend.paths.map((p) => p.line.from.value)];
  const max = niceMax(Math.max(0, ...vals) * 1.05);
  const x = (yr: number) => L + ((yr - y0) / Math.max(1, y1 - y0)) * (W - L - R);
  const y = (v: number) => T + (1 - v / max) * (plotBottom - T);
  const shown = trend.points.filter((p) => p.value !== null && (upTo === null || p.year <= upTo));
  const d = shown.map((p, i) => `${i ? 'L' : 'M'}${x(p.year).toFixed(1)},${y(p.value!).toFixed(1)}`).join('');
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((k) => k * max);
  const years = Array.from({ length: y1 - y0 + 1 }, (_, i) => y0 + i);
  const frame = { x: 0, y: 0, w: W, h: plotBottom };
  const VALUE = 26; const LABEL = 24; const EVENT = 20;
  // Value labels first (above the dot, or below when the dot is near the top); they are fixed.
  const valueSpots = shown.map((p) => {
    const above = { x: x(p.year), y: y(p.value!) - 16, anchor: 'middle' as const };
    return textBox(fmt(p.value!), VALUE, above).y < T - 20 ? { ...above, y: y(p.value!) + 40 } : above;
  });
  const taken = [
    ...shown.map((p, i) => textBox(fmt(p.value!), VALUE, valueSpots[i]!)),
    ...shown.map((p) => ({ x: x(p.year) - 10, y: y(p.value!) - 10, w: 20, h: 20 })),
  ];
  const targetTexts = trend.targets.map((t) => targetLabel(t.year, fmt(t.value)));
  const targetSpots = placeLabels(trend.targets.map((t, i) => {
    const ly = y(t.value);
    return {
      text: targetTexts[i]!, size: LABEL,
      candidates: [
        { x: W - R, y: ly + 30, anchor: 'end' as const }, { x: W - R, y: ly - 10, anchor: 'end' as const },
        { x: L + 10, y: ly - 10, anchor: 'start' as const }, { x: L + 10, y: ly + 30, anchor: 'start' as const },
        { x: (L + W - R) / 2, y: ly - 10, anchor: 'middle' as const }, { x: (L + W - R) / 2, y: ly + 30, anchor: 'middle' as const },
      ],
    };
  }), taken, frame);
  const eventSpots = placeLabels(events.map((e) => ({
    text: e.label, size: EVENT,
    candidates: [0, 1, 2].flatMap((row) => [
      { x: x(e.x) + 6, y: 26 + row * 30, anchor: 'start' as const }, { x: x(e.x) - 6, y: 26 + row * 30, anchor: 'end' as const },
    ]),
  })), taken, frame);
  return (
    <Svg title={title} desc={desc} w={W} h={H} testId="trend-svg">
      {ticks.map((v) => (
        <g key={v} className="p-grid">
          <line x1={L} x2={W - R} y1={y(v)} y2={y(v)} />
          <text x={L - 10} y={y(v) + 8} textAnchor="end" className="p-axis">{axisFmt(v)}</text>
        </g>
      ))}
      {years.map((yr) => <text key={yr} x={x(yr)} y={plotBottom + 38} textAnchor="middle" className="p-axis">{yr}</text>)}
      {events.map((e, i) => (
        <g key={e.id} className={`p-event p-event-${e.kind}`} data-event={e.id}>
          <line x1={x(e.x)} x2={x(e.x)} y1={eventSpots[i] ? eventSpots[i].y + 6 : T} y2={plotBottom} />
          {eventSpots[i] && <text x={eventSpots[i].x} y={eventSpots[i].y} textAnchor={eventSpots[i].anchor} className="p-event-label">{e.label}</text>}
        </g>
      ))}
      {trend.targets.map((t, i) => (
        <g key={t.year} className="p-target">
          <line x1={L} x2={W - R} y1={y(t.value)} y2={y(t.value)} />
          {targetSpots[i] && <text x={targetSpots[i].x} y={targetSpots[i].y} textAnchor={targetSpots[i].anchor} className="p-label">{targetTexts[i]}</text>}
        </g>
      ))}
      {trend.paths.map((p) => {
        const a = p.line.from; const b = p.line.to;
        return <line key={p.target.year} className="p-path" x1={x(a.year)} y1={y(a.value)} x2={x(b.year)} y2={y(pathAt(p.line, b.year))} />;
      })}
      <path className="p-line" d={d} />
      {shown.map((p, i) => (
        <g key={p.year}>
          <circle className="p-dot" cx={x(p.year)} cy={y(p.value!)} r={8} />
          <text className="p-value" x={valueSpots[i]!.x} y={valueSpots[i]!.y} textAnchor="middle">{fmt(p.value!)}</text>
        </g>
      ))}
      {legend && <TrendKey legend={legend} paths={trend.paths.length > 0} events={events.length > 0} x={L} y={H - 14} />}
    </Svg>
  );
}

/** The trend's key, inside the SVG so exports carry it: the target is drawn as the target line. */
function TrendKey({ legend, paths, events, x, y }: { legend: TrendLegend; paths: boolean; events: boolean; x: number; y: number }) {
  const SIZE = 22;
  const items = [
    { key: 'actual', text: legend.actual, mark: <line className="p-line" x1={0} x2={40} y1={-8} y2={-8} /> },
    { key: 'target', text: legend.target, mark: <g className="p-target"><line x1={0} x2={40} y1={-8} y2={-8} /></g> },
    ...(paths ? [{ key: 'path', text: legend.path, mark: <line className="p-path" x1={0} x2={40} y1={-8} y2={-8} /> }] : []),
    ...(events ? [{ key: 'event', text: legend.event, mark: <g className="p-event"><line x1={20} x2={20} y1={-24} y2={4} /></g> }] : []),
  ];
  let at = 0;
  return (
    <g className="p-trend-legend" transform={`translate(${x} ${y})`}>
      {items.map((it) => {
        const left = at;
        at += 50 + it.text.length * SIZE * 0.62 + 30;
        return <g key={it.key} transform={`translate(${left} 0)`}>{it.mark}<text x={50} y={0} className="p-legend-text">{it.text}</text></g>;
      })}
    </g>
  );
}

export interface BarRow { code: string; name: string; value: number; status?: string }

const BEHIND = new Set(['off-track', 'at-risk']);

/**
 * Ranking bars. Units off track or at risk are hatched as well as coloured (never colour alone,
 * 1.4.1), and a key above the bars says so in words.
 */
export function BarsSvg({ rows, target, fmt, title, desc, targetLabel, legend }: {
  rows: BarRow[]; target?: { year: number; value: number }; fmt: (v: number) => string;
  title: string; desc: string; targetLabel: (year: number, value: string) => string;
  legend?: { behind: string; other: string };
}) {
  const W = 1000; const rowH = 48; const KEY = legend && rows.some((r) => BEHIND.has(r.status ?? '')) ? 44 : 0;
  const T = 40 + KEY; const L = 300; const R = 130;
  const H = T + rows.length * rowH + 10;
  const max = niceMax(Math.max(0, ...rows.map((r) => r.value), target?.value ?? 0));
  const x = (v: number) => L + (v / max) * (W - L - R);
  return (
    <Svg title={title} desc={desc} w={W} h={H} testId="bars-svg">
      <defs>
        <pattern id="p-hatch" patternUnits="userSpaceOnUse" width="14" height="14" patternTransform="rotate(45)">
          <rect width="14" height="14" className="p-bar-off-track" />
          <line x1="3" y1="0" x2="3" y2="14" className="p-hatch-line" />
        </pattern>
      </defs>
      {KEY > 0 && legend && (
        <g className="p-bars-key" transform="translate(0 30)" data-testid="bars-key">
          <rect x={0} y={-22} width={40} height={26} fill="url(#p-hatch)" />
          <text x={50} y={0} className="p-legend-text">{legend.behind}</text>
          <rect x={80 + legend.behind.length * 13.6} y={-22} width={40} height={26} className="p-bar" />
          <text x={130 + legend.behind.length * 13.6} y={0} className="p-legend-text">{legend.other}</text>
        </g>
      )}
      {rows.map((r, i) => (
        <g key={r.code} transform={`translate(0 ${T + i * rowH})`}>
          <text x={L - 12} y={rowH / 2 + 8} textAnchor="end" className="p-name">{r.name}</text>
          <rect x={L} y={8} width={Math.max(2, x(r.value) - L)} height={rowH - 16} className={`p-bar p-bar-${r.status ?? 'plain'}`}
            {...(BEHIND.has(r.status ?? '') ? { fill: 'url(#p-hatch)' } : {})} />
          <text x={x(r.value) + 10} y={rowH / 2 + 8} className="p-value">{fmt(r.value)}</text>
        </g>
      ))}
      {target && (
        <g className="p-target">
          <line x1={x(target.value)} x2={x(target.value)} y1={T - 6} y2={H - 6} />
          <text x={x(target.value)} y={T - 12} textAnchor="middle" className="p-label">{targetLabel(target.year, fmt(target.value))}</text>
        </g>
      )}
    </Svg>
  );
}
