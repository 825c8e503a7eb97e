/**
 * The types the ingest steps share (options, the result, unit matches), in one module so the
 * steps import them from here and not from each other (no import cycle in src/ingest).
 */
import type { HouseholdSummary } from './households/summary.ts';
import type { CrosswalkPreview } from './crosswalkFile.ts';
import type { ObservationTable } from '../domain/observations.ts';
import type { IndicatorId } from '../domain/indicators.ts';
import type { Unit, UnitLevel } from '../domain/units.ts';
import type { Target } from '../domain/targets.ts';
import type { Format, SheetOptions } from './sheet.ts';
import type { Role, Why } from './headers.ts';
import type { LayoutKind } from './layout.ts';
import type { Issue, FatalCode } from './issues.ts';
import type { Encoding } from './decode.ts';
import type { Delimiter } from './papa.ts';
import type { Limits } from './limits.ts';

export interface IngestOptions extends SheetOptions {
  /** 1-based file row of the header, overriding detection. */
  headerRow?: number;
  /** One role per column, overriding the guess. */
  mapping?: Role[];
  indicator?: IndicatorId;
  year?: number;
  /** [folded unit name, choice]: a known unit code, 'new' (accept as a new unit) or 'skip'. */
  unitChoices?: [string, string][];
  /** [folded unit name, parent code, level] for units accepted as new (the mapping screen's choice). */
  newUnitPlaces?: [string, string | null, UnitLevel][];
  /** What to do with names that match no known unit and have no choice (default: accept as new). */
  unmatched?: 'new' | 'skip';
  /** Rate indicators whose values are fractions to multiply by 100. */
  scalePercent?: IndicatorId[];
  /** Overrides of the import limits (limits.ts DEFAULT_LIMITS). */
  limits?: Partial<Limits>;
}

export interface UnitMatch {
  raw: string;
  key: string;
  code: string | null;
  /**
   * 'name': matched by folded name (the user confirms or rejects it); 'ambiguous': several units, or
   * none valid at the row's date, could be meant (rows wait for the user's choice); 'breakdown': a
   * part of a unit ("Quảng Bình – thành thị"), not loaded.
   */
  status: 'code' | 'name' | 'chosen' | 'new' | 'skipped' | 'ambiguous' | 'breakdown';
  suggestions: { code: string; name: string }[];
  rows: number;
  /** Where the user chose: what the import guessed without the choice ('name' for a confirmed or rejected name match). */
  guess?: UnitMatch['status'];
  /** For a unit accepted as new: its level and parent (from the name, a parent column, or the user). */
  level?: UnitLevel;
  parent?: string | null;
  /** The unit exists, but not in the row's year: the row is refused, never bound to it. */
  outOfTime?: boolean;
  /** A new unit of an earlier vintage (its code is now another unit's): it ended on this date. */
  validTo?: string;
  /** File row where the name first appears (optional: other readers, e.g. the streaming path, may omit it). */
  firstRow?: number;
}

export interface IngestResult {
  file: string;
  ok: boolean;
  /** `params` (when set) fill the message's placeholders; they always include `file`. */
  fatal: { code: FatalCode; message: string; params?: Record<string, string | number> } | null;
  format: Format | null;
  encoding: Encoding | null;
  delimiter: Delimiter | null;
  sheets: string[];
  headerRow: number;
  /** 2 when the header spans two rows (a merged group label above sub-labels); the labels are joined. */
  headerRows: number;
  headers: string[];
  headerKey: string;
  guessedMapping: Role[];
  mapping: Role[];
  /** Why each column has its role (the guess, or 'chosen' where the user's mapping differs). */
  mappingWhy: Why[];
  /** The first data rows as text, for the mapping screen's column previews. */
  preview: string[][];
  layout: LayoutKind | null;
  titleRows: { row: number; text: string }[];
  notes: { row: number; text: string }[];
  totals: { row: number; label: string; parent: string | null }[];
  units: Unit[];
  unitMatches: UnitMatch[];
  table: ObservationTable;
  targets: Target[];
  issues: Issue[];
  rejected: { row: number; cells: string[]; reasons: string[] }[];
  /** Rows after the header that carried data (accepted + rejected). */
  dataRows: number;
  /** Set when the file was a household review list, aggregated to these totals (src/ingest/households). */
  households?: HouseholdSummary;
  /** Set when the file was a conversion table (a crosswalk), read instead of observations (crosswalkImport.ts). */
  crosswalk?: CrosswalkPreview;
}

/**
 * What the page knows of an import's table before the apply: its size and its units and
 * indicators (the report and the mapping screen read no more). The worker keeps the rows until
 * the apply, so they never cross to the page twice (a copy of a 300,000-value table was ~30 ms of
 * the worker's time per import, most of it the first touch of fresh memory).
 */
export interface TableSummary { size: number; unitCodes: readonly string[]; indicatorIds: readonly string[] }

/** An import as the page sees it (an IngestResult is one, with its whole table). */
export type ImportReport = Omit<IngestResult, 'table'> & { table: TableSummary };

export type Progress = (fraction: number, phase: 'read' | 'parse' | 'check') => void;
