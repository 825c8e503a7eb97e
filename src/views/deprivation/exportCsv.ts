/**
 * The heat table as CSV: one row per unit, count, share and censored headcount per indicator.
 * Counts below the user's threshold are written "< N" (and their shares withheld), so a small
 * village's one poor household cannot be singled out.
 */
import type { HeatTable } from '../../domain/deprivation/heat.ts';
import { writeCsv, type CsvCell as Cell } from '../../ingest/papa.ts';
import type { Lang } from '../../i18n/format.ts';

export function suppress(v: number | null, threshold: number): Cell {
  if (v === null) return '';
  return threshold > 0 && v > 0 && v < threshold ? `< ${threshold}` : v;
}

export function heatCsv(t: HeatTable, lang: Lang, threshold: number, meta: { source: string; status: string }): string {
  const round = (v: number | null) => (v === null ? '' : Math.round(v * 10) / 10);
  const columns = ['unit_code', 'unit_name', 'year', 'poor_households', 'total_households',
    ...t.list.flatMap((d) => [d.id, `${d.id}_share_pct`, `${d.id}_censored_pct`])];
  const rows = t.rows.map((r) => {
    const p = r.profile;
    return [r.code, r.name, t.year, suppress(p.poor, threshold), suppress(p.total, threshold),
      ...p.cells.flatMap((c) => {
        const small = threshold > 0 && c.count !== null && c.count > 0 && c.count < threshold;
        return [suppress(c.count, threshold), small ? '' : round(c.share), small ? '' : round(c.censored)];
      })];
  });
  const note = lang === 'vi' ? `# ${meta.source} — ${meta.status}` : `# ${meta.source} — ${meta.status}`;
  return `${note}\r\n${writeCsv([columns, ...rows], { bom: true })}`;
}
