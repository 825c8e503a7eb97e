/** Validation problems. The message is a key (`data:issue.<code>`) plus params, so the UI shows it in vi or en. */

export const ERROR_CODES = ['non_numeric', 'rate_out_of_range', 'negative_count', 'poor_exceeds_total', 'bad_year', 'duplicate_conflict', 'missing_unit', 'unit_skipped', 'unit_ambiguous', 'unit_out_of_time', 'unknown_indicator'] as const;
export const WARNING_CODES = ['missing_value', 'rate_count_mismatch', 'fraction_rates', 'year_gap', 'jump', 'unit_unmatched',
  // Every unit not in the reference, in one issue with its items (each one a 'unit_unmatched').
  'units_unmatched', 'total_mismatch', 'total_no_parent', 'custom_indicator', 'unit_breakdown', 'no_single_year',
  // A name carried bidi controls or other invisible characters (names.ts): removed, and reported.
  'invisible_chars'] as const;
/** Problems that stop the whole file (exit code 2 in the CLI). */
export const FATAL_CODES = ['unreadable', 'no_header', 'no_unit_column', 'no_values', 'no_indicator', 'no_year',
  // Over a limit (limits.ts); their messages name the file and the limit.
  'too_large', 'too_many_columns', 'line_too_long', 'too_many_rows', 'zip_bomb'] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];
export type WarningCode = (typeof WARNING_CODES)[number];
export type FatalCode = (typeof FATAL_CODES)[number];
export type IssueCode = ErrorCode | WarningCode | FatalCode;

export interface Issue {
  severity: 'error' | 'warning';
  file: string;
  /** Row as the user sees it in the file: first line = 1 (title rows counted); 0 = the whole file. */
  row: number;
  /** Header text of the column ('' when the issue is about a row or the file). */
  column: string;
  /** The raw cell text. */
  value: string;
  code: IssueCode;
  params: Record<string, string | number>;
  /** A grouped issue's items (units_unmatched: one per unit, first row first). */
  items?: IssueItems;
}

/**
 * Items of a grouped issue as parallel columns (a national file has 10,000 units not in the
 * reference: one issue object each was 10,000 objects to sort, send to the page and filter).
 */
export interface IssueItems { value: string[]; row: number[]; column: string[]; suggestions: string[] }

/** How many problems an issue stands for (a grouped one: its items). */
export function issueCount(i: Pick<Issue, 'items'>): number {
  return i.items ? i.items.value.length : 1;
}

/** Item k of a grouped issue as the issue it stands for (a units_unmatched item is a 'unit_unmatched'). */
export function issueItem(i: Issue, k: number): Issue {
  const it = i.items!;
  return { severity: i.severity, file: i.file, row: it.row[k]!, column: it.column[k]!, value: it.value[k]!, code: 'unit_unmatched', params: { suggestions: it.suggestions[k]! } };
}

/** Every issue with grouped ones in their items (the CLI's list; one line per unit at its row, as before grouping). */
export function expandIssues(issues: readonly Issue[]): Issue[] {
  const out: Issue[] = [];
  for (const i of issues) {
    if (!i.items) { out.push(i); continue; }
    for (let k = 0; k < i.items.value.length; k++) out.push(issueItem(i, k));
  }
  // A group sits at its first item's row; its later items go back among the other rows' problems.
  return out.sort(byRow);
}

/** The report's order: by row, errors before warnings on a row, otherwise as found (a stable sort). */
/** File rows (1-based) with an error: the rows an import rejects. */
export function errorRows(issues: readonly Issue[]): Set<number> {
  return new Set(issues.filter((i) => i.severity === 'error' && i.row > 0).map((i) => i.row));
}

/** Each rejected row's error codes, in the issues' order (grouped in one pass: filtering per row was quadratic). */
export function errorCodesByRow(issues: readonly Issue[]): Map<number, string[]> {
  const reasons = new Map<number, string[]>();
  for (const i of issues) {
    if (i.severity !== 'error' || i.row <= 0) continue;
    const list = reasons.get(i.row);
    if (list) list.push(i.code);
    else reasons.set(i.row, [i.code]);
  }
  return reasons;
}

export const byRow = (a: Issue, b: Issue): number => a.row - b.row || (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1);

export function messageKey(code: IssueCode): string {
  return `issue.${code}`;
}
