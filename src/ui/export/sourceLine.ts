/** "Source: a; b · Data status: illustrative figures" for exports, slides and the brief. */
import i18next from 'i18next';
import type { Dataset } from '../../domain/dataset.ts';
import { formatPercent, type Lang } from '../../i18n/format.ts';
import { comparisonUnits } from '../../domain/dataset.ts';

/** The source (with the year's figure notes, when a year is given) and the data status, apart: slides lay them out in two boxes. */
export function sourceParts(ds: Dataset, lang: Lang, year?: number | null): { source: string; status: string } {
  const t = i18next.getFixedT(lang, 'present');
  const sources = ds.sources.map((s) => s.label).join('; ') || '–';
  const notes = year === undefined ? '' : notesText(ds, year, lang);
  return { source: `${t('export.source', { sources })}${notes ? ` · ${notes}` : ''}`, status: t('export.status', { status: t(`export.dataStatus.${ds.status}`) }) };
}

function notesText(ds: Dataset, year: number | null, lang: Lang): string {
  const tc = i18next.getFixedT(lang, 'common');
  return figureNotes(ds, year, lang).map((n) => `${n.name} ${n.year}: ${n.asReported !== undefined
    ? tc('truth.asReported', { value: formatPercent(n.asReported, lang) }) : tc(`provenance.${n.kind}`)}`).join('; ');
}

/**
 * With a year, the line also names the figures shown that are not results or were corrected
 * ("A Lưới 2024: expected figure"; "X 2025: rate as reported 22.59%"), so no slide shows them bare.
 */
export function sourceLine(ds: Dataset, lang: Lang, year?: number | null): string {
  const p = sourceParts(ds, lang);
  const notes = year === undefined ? '' : notesText(ds, year, lang);
  return notes ? `${p.source} · ${p.status} · ${notes}` : `${p.source} · ${p.status}`;
}

interface FigureNote { name: string; year: number; kind: string; asReported?: number }

/** Poverty-rate values at `year` (latest at or before it) that are expected or contradicted their counts. */
export function figureNotes(ds: Dataset, year: number | null, lang: Lang): FigureNote[] {
  if (year === null) return [];
  const out: FigureNote[] = [];
  for (const code of [ds.rootUnit, ...comparisonUnits(ds, year)]) {
    const s = ds.table.series(code, 'poverty_rate');
    let k = s.years.length - 1;
    while (k >= 0 && s.years[k]! > year) k--;
    if (k < 0) continue;
    const p = ds.table.provenance(s.rows[k]!);
    if (p.kind !== 'expected' && p.asReported === undefined) continue;
    out.push({ name: ds.units.name(code, lang, s.years[k]!), year: s.years[k]!, kind: p.kind, ...(p.asReported !== undefined ? { asReported: p.asReported } : {}) });
  }
  return out;
}
