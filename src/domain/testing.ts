/** Small builders for tests: a table from literal rows. */
import { type ObservationTable } from './observations.ts';
import { TableBuilder } from './tableBuilder.ts';

export type Lit = [unit: string, indicator: string, year: number, value: number];

export function tableOf(rows: Lit[]): ObservationTable {
  const b = new TableBuilder();
  rows.forEach(([u, i, y, v], k) => b.add(u, i, y, v, { kind: 'imported', source: 'test.csv' }, k + 2));
  return b.build();
}
