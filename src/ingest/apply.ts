/** Dry-run diff against the loaded data, and the dataset an import produces (merge or replace). */
import type { Dataset } from '../domain/dataset.ts';
import { type ObservationTable, type TableColumns } from '../domain/observations.ts';
import { PART } from './lists.ts';
import { TableBuilder, mergeTables, type MergeMode } from '../domain/tableBuilder.ts';
import { aggregateToRoot } from '../domain/aggregate.ts';
import { deriveRates } from '../domain/derive.ts';
import { upsertTargets } from '../domain/targets.ts';
import type { IngestResult } from './pipeline.ts';

export interface DiffChange { unit: string; indicator: string; year: number; before: number | null; after: number; row: number }
export interface ImportDiff { added: number; changed: number; unchanged: number; rejected: number; examples: DiffChange[] }

export function diffTables(base: ObservationTable, incoming: ObservationTable, rejected = 0, maxExamples = 200): ImportDiff {
  const d: ImportDiff = { added: 0, changed: 0, unchanged: 0, rejected, examples: [] };
  const s: DiffState = { base, incoming, c: incoming.toColumns(), d, maxExamples, empty: base.size === 0, lastU: -1, lastI: -1, has: false };
  // In parts, as the import's passes (lists.ts PART): a loop run once per import is optimised late.
  for (let r = 0; r < incoming.size; r += PART) diffPart(s, r, Math.min(incoming.size, r + PART));
  return d;
}

interface DiffState {
  base: ObservationTable; incoming: ObservationTable; c: TableColumns; d: ImportDiff; maxExamples: number; empty: boolean;
  /** The series of the row before, and whether the base has it. */
  lastU: number; lastI: number; has: boolean;
}

function diffPart(s: DiffState, from: number, to: number): void {
  const { base, c, d, maxExamples, empty } = s;
  // Rows of one series come together: the base is asked once per series whether it has it at all
  // (with an empty base, or units new to it, no row is looked up).
  let { lastU, lastI, has } = s;
  for (let r = from; r < to; r++) {
    const u = c.unit[r]!, i = c.indicator[r]!;
    if (u !== lastU || i !== lastI) {
      lastU = u;
      lastI = i;
      if (empty) has = false;
      else { const [lo, hi] = base.range(c.units[u]!, c.indicators[i]!); has = lo < hi; }
    }
    // A series the base lacks is all added: past the examples, its rows (to the series' end, in this part) are only counted.
    if (!has && d.examples.length >= maxExamples) {
      const end = Math.min(to, s.incoming.seriesEnd(u, i));
      d.added += end - r;
      r = end - 1;
      continue;
    }
    const unit = c.units[u]!;
    const indicator = c.indicators[i]!;
    const year = c.year[r]!;
    const after = c.value[r]!;
    const before = has ? base.value(unit, indicator, year) : undefined;
    if (before === undefined) d.added++;
    else if (before === after) { d.unchanged++; continue; }
    else d.changed++;
    if (d.examples.length < maxExamples) d.examples.push({ unit, indicator, year, before: before ?? null, after, row: c.row[r]! });
  }
  s.lastU = lastU; s.lastI = lastI; s.has = has;
}

function withoutDerived(t: ObservationTable): ObservationTable {
  const b = new TableBuilder(t.size);
  // A rate that replaced a contradicting given rate stays: it carries the given figure (derive.ts).
  b.addTable(t, (r) => { const p = t.provenance(r); return !!p.derived && p.asReported === undefined; });
  return b.build();
}

/** The dataset after applying an import; derived rates are recomputed over the merged counts. */
export function applyImport(base: Dataset, res: IngestResult, mode: MergeMode): Dataset {
  const merged = mergeTables(withoutDerived(base.table), res.table, mode);
  const { table } = deriveRates(merged);
  const units = base.units.with(res.units);
  let rootUnit = base.rootUnit;
  if (mode === 'replace' || !rootUnit) {
    const inTable = new Set(table.unitCodes);
    const tops = [...inTable].filter((u) => { const p = units.get(u)?.parent; return !p || !inTable.has(p); });
    const parentTop = res.totals.find((t) => t.parent)?.parent;
    // The old root stays only if the new data is about it (it, or units under it, are in the table).
    const keepsRoot = !!units.get(base.rootUnit) && (inTable.has(base.rootUnit) || tops.some((u) => units.get(u)?.parent === base.rootUnit));
    // Several top units: their common parent if it is known, else a stand-in root (aggregateToRoot).
    const parents = new Set(tops.map((u) => units.get(u)?.parent ?? null));
    const common = parents.size === 1 ? [...parents][0] : null;
    rootUnit = parentTop ?? (tops.length === 1 ? tops[0]! : common && units.has(common) ? common : keepsRoot ? base.rootUnit : '');
  }
  return aggregateToRoot({
    ...base,
    id: mode === 'replace' ? `import-${res.file}` : base.id,
    // A replaced dataset is no longer the built-in one: name it after its file.
    title: mode === 'replace' ? { vi: res.file, en: res.file } : base.title,
    units,
    table,
    rootUnit,
    targets: mode === 'replace' && res.targets.length ? res.targets : upsertTargets(base.targets, res.targets),
    status: mode === 'replace' ? 'imported' : base.status === 'imported' ? 'imported' : 'mixed',
    sources: [...(mode === 'replace' ? [] : base.sources), { label: res.file }],
  });
}
