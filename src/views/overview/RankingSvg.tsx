/** The ranking's bars as plain SVG (see rankingLayout.ts for why not Recharts). */
import { rankingGeometry, wrapName, NAME_WIDTH } from './rankingLayout.ts';
import { useWidth } from '../../ui/useWidth.ts';

export interface RankingBar {
  code: string;
  name: string;
  value: number;
  valueText: string;
  fill: string;
  /** Pale (illustrative), dashed outline (expected), orange outline (selected). */
  pale: boolean;
  dashed: boolean;
  selected: boolean;
  /** The unit's own target, drawn as a tick on its bar. */
  ownTarget?: number;
}

interface Props {
  bars: RankingBar[];
  height: number;
  tickText: (v: number) => string;
  target?: { value: number; label: string };
  onSelect: (code: string) => void;
}

const INK = '#14212b';
const MUTED = '#4a5863';
const TARGET = '#b3261e';

export function RankingSvg({ bars, height, tickText, target, onSelect }: Props) {
  const [ref, width] = useWidth();
  const max = Math.max(0, ...bars.map((b) => Math.max(b.value, b.ownTarget ?? 0)), target?.value ?? 0);
  const g = rankingGeometry(width, height, bars.length, max);
  const thick = Math.min(26, g.band * 0.8);
  // About 6.6 px a character at 12 px: the names' column holds ~21.
  const perLine = Math.floor((NAME_WIDTH - 10) / 6.6);
  return (
    <div ref={ref} className="ranking-svg">
      {width > 0 && (
        <svg className="ranking" width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
          {g.ticks.map((v) => (
            <g key={v}>
              <line x1={g.x(v)} x2={g.x(v)} y1={g.plot.top} y2={g.plot.bottom} stroke="#e3e8ec" />
              <text x={g.x(v)} y={g.plot.bottom + 18} textAnchor="middle" fontSize={13} fill={MUTED}>{tickText(v)}</text>
            </g>
          ))}
          <line x1={g.plot.left} x2={g.plot.right} y1={g.plot.bottom} y2={g.plot.bottom} stroke={MUTED} />
          <line x1={g.plot.left} x2={g.plot.left} y1={g.plot.top} y2={g.plot.bottom} stroke={MUTED} />
          {bars.map((b, i) => {
            const cy = g.y(i);
            const lines = wrapName(b.name, perLine);
            const x1 = g.x(b.value);
            return (
              <g key={b.code} data-code={b.code}>
                <text x={g.plot.left - 8} y={cy} textAnchor="end" fontSize={12} fill={MUTED}>
                  {lines.map((l, k) => <tspan key={k} x={g.plot.left - 8} dy={k === 0 ? (lines.length === 1 ? '0.35em' : '-0.25em') : '1.1em'}>{l}</tspan>)}
                </text>
                <line x1={g.plot.left - 5} x2={g.plot.left} y1={cy} y2={cy} stroke={MUTED} />
                <rect className="ranking-bar" x={g.plot.left} y={cy - thick / 2} width={Math.max(0, x1 - g.plot.left)} height={thick}
                  fill={b.fill} fillOpacity={b.pale ? 0.45 : 1}
                  stroke={b.selected ? '#f4a259' : b.dashed ? '#1d2327' : 'none'} strokeWidth={b.selected || b.dashed ? 3 : 0}
                  strokeDasharray={b.dashed && !b.selected ? '6 3' : undefined} onClick={() => onSelect(b.code)} cursor="pointer" />
                {b.ownTarget !== undefined && <line x1={g.x(b.ownTarget)} x2={g.x(b.ownTarget)} y1={cy - 11} y2={cy + 11} stroke="#1d2327" strokeWidth={3} />}
              </g>
            );
          })}
          {target && (
            <g>
              <line x1={g.x(target.value)} x2={g.x(target.value)} y1={g.plot.top} y2={g.plot.bottom} stroke={TARGET} strokeDasharray="6 4" />
              <text x={g.x(target.value)} y={g.plot.top - 8} textAnchor="middle" fontSize={12} fill={TARGET}>{target.label}</text>
            </g>
          )}
          {/* Value labels last, over the target line; a white halo keeps them readable where it crosses.
              Dark ink at full opacity: ≥ 4.5:1 on the card whatever the bar's paleness. */}
          {bars.map((b, i) => (
            <text key={b.code} className="ranking-value" x={g.x(b.value) + 5} y={g.y(i)} dy="0.35em" fontSize={12} fill={INK}
              stroke="#fff" strokeWidth={4} strokeLinejoin="round" paintOrder="stroke">{b.valueText}</text>
          ))}
        </svg>
      )}
    </div>
  );
}

