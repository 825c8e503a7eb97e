/**
 * What the checks (checks.ts) report, and what they look up per indicator, as one object of a
 * class: its methods are the same functions at every import. Closures made anew per import were
 * inlined into the checks' optimised loops, and the next import's closures threw that code away
 * ("wrong call target") in the reused worker.
 */
import { describeIndicator, type AnyIndicatorDef } from '../domain/catalogue.ts';
import type { ErrorCode, Issue, WarningCode } from './issues.ts';
import type { Values } from './collect.ts';
import { objects } from './lists.ts';

export class Report {
  readonly issues = objects<Issue>();
  private readonly seen = new Set<string>();
  private readonly defs = objects<AnyIndicatorDef | null>();

  constructor(readonly file: string, readonly v: Values) {}

  /** The file row of value i. */
  row(i: number): number { return this.v.fileRow[this.v.rowOf[i]!]!; }

  add(severity: Issue['severity'], code: ErrorCode | WarningCode, i: number, column: string, value: string, params: Issue['params'] = {}): void {
    this.issues.push({ severity, file: this.file, row: this.row(i), column, value, code, params });
  }

  /** True the first time `key` is asked for (what is reported once per row or series). */
  once(key: string): boolean {
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    return true;
  }

  /** Indicator k's definition, looked up once. */
  def(k: number): AnyIndicatorDef {
    while (this.defs.length <= k) this.defs.push(null);
    return this.defs[k] ?? (this.defs[k] = describeIndicator(this.v.indicators.ids[k]!));
  }
}
