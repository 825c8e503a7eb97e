/** The trend's lines as plain SVG, with a tooltip on hover (see trendLayout.ts for why not Recharts). */
import { useMemo, useState, type PointerEvent } from 'react';
import type { TrendData } from './overviewData.ts';
import { trendLayout, yearAt, TREND_FONT } from './trendLayout.ts';
import { useWidth } from '../../ui/useWidth.ts';

const LINE = '#0b4f6c';
const MUTED = '#4a5863';
const GRID = '#d7dde3';
/** A white edge under a label, so a line passing behind it never cuts through the letters. */
const HALO = { stroke: '#fff', strokeWidth: 3, paintOrder: 'stroke', strokeLinejoin: 'round' } as const;

export interface TrendTip { label: string; lines: string[] }

interface Props {
  trend: TrendData;
  height: number;
  tickText: (v: number) => string;
  targetLabels: readonly string[];
  events: readonly { x: number }[];
  /** What the tooltip says for a year. */
  describe: (year: number) => TrendTip;
}

export function TrendPlot({ trend, height, tickText, targetLabels, events, describe }: Props) {
  const [ref, width] = useWidth();
  const [hover, setHover] = useState<number | null>(null);
  const g = useMemo(() => trendLayout(trend, width, height, targetLabels, events), [trend, width, height, targetLabels, events]);
  const { plot } = g;
  const tip = hover === null ? null : describe(hover);
  const onMove = (e: PointerEvent<SVGSVGElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    setHover(yearAt(g, trend.years, e.clientX - r.left));
  };
  // The tooltip sits beside the hovered year, on the side with more room.
  const tipLeft = hover !== null && g.x(hover) > width / 2;
  return (
    <div ref={ref} className="trend-plot">
      {width > 0 && (
        <svg className="trend" width={width} height={height} viewBox={`0 0 ${width} ${height}`}
          onPointerMove={onMove} onPointerLeave={() => setHover(null)}>
          {g.yTicks.map((v) => (
            <g key={`y${v}`}>
              <line x1={plot.left} x2={plot.right} y1={g.y(v)} y2={g.y(v)} stroke={GRID} strokeDasharray="3 3" />
              <text x={plot.left - 8} y={g.y(v)} dy="0.35em" textAnchor="end" fontSize={TREND_FONT} fill={MUTED}>{tickText(v)}</text>
            </g>
          ))}
          {g.years.map((yr) => <line key={`x${yr}`} x1={g.x(yr)} x2={g.x(yr)} y1={plot.top} y2={plot.bottom} stroke={GRID} strokeDasharray="3 3" />)}
          {g.xTicks.map((yr) => (
            <text key={`t${yr}`} x={g.x(yr)} y={plot.bottom + 18} textAnchor="middle" fontSize={TREND_FONT} fill={MUTED}>{yr}</text>
          ))}
          <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} stroke={MUTED} />
          <line x1={plot.left} x2={plot.left} y1={plot.top} y2={plot.bottom} stroke={MUTED} />
          {hover !== null && <line x1={g.x(hover)} x2={g.x(hover)} y1={plot.top} y2={plot.bottom} stroke="#9aa7b1" />}
          {g.targets.map((tg) => (
            <g key={`target${tg.year}`} className="trend-target">
              <line x1={plot.left} x2={plot.right} y1={tg.y} y2={tg.y} stroke={tg.colour} strokeDasharray="6 4" />
              <text x={tg.spot.x} y={tg.spot.y} textAnchor={tg.spot.anchor} fontSize={TREND_FONT} fill={tg.colour} {...HALO}>{tg.label}</text>
            </g>
          ))}
          {/* Events are numbered on the chart and named in the key below (long names would collide). */}
          {g.events.map((e) => (
            <g key={`event${e.n}`} className="trend-event">
              <line x1={e.x} x2={e.x} y1={plot.top} y2={plot.bottom} stroke="#5b6b77" strokeDasharray="2 4" />
              <text x={e.x} y={plot.top - 6} textAnchor="middle" fontSize={12} fill="#37454f">{e.n}</text>
            </g>
          ))}
          {g.paths.map((p, i) => <path key={`path${i}`} d={p.d} fill="none" stroke={p.colour} strokeOpacity={0.6} strokeDasharray="2 4" strokeWidth={1.5} />)}
          {g.breaks.map((b) => (
            <g key={`${b.kind}${b.label}`} className={`trend-break trend-break-${b.kind}`}>
              <line x1={b.x} x2={b.x} y1={plot.top} y2={plot.bottom} stroke={b.kind === 'standard' ? '#5b2a86' : '#5f6b76'} strokeDasharray={b.kind === 'standard' ? undefined : '2 3'} />
              {/* Inside the plot: an event's number above it may sit on the same x (the 2025 reform). */}
              <text x={b.x} y={plot.top + 14} textAnchor="middle" fontSize={12} fill={b.kind === 'standard' ? '#5b2a86' : '#47525c'} {...HALO}>{b.label}</text>
            </g>
          ))}
          {g.actual.map((dd, i) => <path key={`a${i}`} className="trend-actual" d={dd} fill="none" stroke={LINE} strokeWidth={3} strokeLinejoin="round" />)}
          {g.expected.map((dd, i) => <path key={`e${i}`} className="trend-expected" d={dd} fill="none" stroke={LINE} strokeWidth={3} strokeDasharray="7 5" />)}
          {g.dots.map((p) => (
            <circle key={`d${p.year}`} className={p.expected ? 'trend-dot-expected' : p.hollow ? 'trend-dot-illustrative' : 'trend-dot'}
              cx={p.x} cy={p.y} r={p.expected || hover === p.year ? 5 : 4} fill={p.hollow ? '#fff' : LINE} stroke={LINE} strokeWidth={2}
              strokeDasharray={p.expected ? '3 2' : undefined} />
          ))}
        </svg>
      )}
      {tip && hover !== null && (
        <div role="tooltip" className={`trend-tip${tipLeft ? ' trend-tip-left' : ''}`}
          style={{ left: tipLeft ? undefined : g.x(hover) + 12, right: tipLeft ? width - g.x(hover) + 12 : undefined, top: plot.top }}>
          <strong>{tip.label}</strong>
          {tip.lines.map((l) => <div key={l}>{l}</div>)}
        </div>
      )}
    </div>
  );
}
