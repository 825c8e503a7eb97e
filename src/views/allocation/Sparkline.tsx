/** Small inline SVG line of a unit's rate; the line breaks where the poverty standard changes. */
import { formatPercent, type Lang } from '../../i18n/format.ts';
import type { SparkPoint } from './model.ts';

const W = 84;
const H = 24;
const PAD = 3;

export function Sparkline({ points, years, label, lang }: { points: readonly SparkPoint[]; years: [number, number]; label: string; lang: Lang }) {
  if (points.length === 0) return <span aria-hidden="true">–</span>;
  const [y0, y1] = years;
  const max = Math.max(...points.map((p) => p.value), 0.0001);
  const x = (year: number) => PAD + ((year - y0) / Math.max(1, y1 - y0)) * (W - 2 * PAD);
  const y = (v: number) => H - PAD - (v / max) * (H - 2 * PAD);
  // One path per run of years under the same standard.
  const runs: SparkPoint[][] = [];
  for (const p of points) {
    const last = runs[runs.length - 1];
    if (last && last[last.length - 1]!.standard === p.standard) last.push(p);
    else runs.push([p]);
  }
  const end = points[points.length - 1]!;
  return (
    <svg className="alloc-spark" width={W} height={H} viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
      <title>{label}</title>
      {runs.map((run, i) => (
        <polyline key={i} fill="none" stroke="currentColor" strokeWidth={1.5}
          points={run.map((p) => `${x(p.year).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ')} />
      ))}
      {runs.map((run, i) => run.length === 1 && <circle key={`d${i}`} cx={x(run[0]!.year)} cy={y(run[0]!.value)} r={1.6} fill="currentColor" />)}
      <circle cx={x(end.year)} cy={y(end.value)} r={2.4} fill="currentColor" />
      <desc>{points.map((p) => `${p.year}: ${formatPercent(p.value, lang)}`).join('; ')}</desc>
    </svg>
  );
}
