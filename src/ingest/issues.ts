/** Validation problems. The message is a key (`data:issue.<code>`) plus params, so the UI shows it in vi or en. */

export const ERROR_CODES = ['non_numeric', 'rate_out_of_range', 'negative_count', 'poor_exceeds_total', 'bad_year', 'duplicate_conflict', 'missing_unit', 'unit_skipped', 'unit_out_of_time', 'unknown_indicator'] as const;
export const WARNING_CODES = ['missing_value', 'rate_count_mismatch', 'fraction_rates', 'year_gap', 'jump', 'unit_unmatched', 'total_mismatch', 'total_no_parent', 'custom_indicator'] as const;
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
}

export function messageKey(code: IssueCode): string {
  return `issue.${code}`;
}
