import { describe, expect, it } from 'vitest';
import { expandIssues, type Issue } from './issues.ts';

const issue = (row: number, code: Issue['code'], severity: Issue['severity'] = 'warning'): Issue =>
  ({ severity, file: 'f.csv', row, column: 'c', value: String(row), code, params: {} });

describe('expandIssues', () => {
  it('puts each grouped item back at its row, as the list was before grouping', () => {
    const grouped: Issue = {
      ...issue(2, 'units_unmatched'), value: '',
      items: { value: ['A', 'B'], row: [2, 9], column: ['Tên', 'Tên'], suggestions: ['–', 'Bố Trạch'] },
    };
    const list = [grouped, issue(5, 'jump'), issue(9, 'non_numeric', 'error'), issue(12, 'year_gap')];
    expect(expandIssues(list).map((i) => [i.row, i.code, i.value])).toEqual([
      [2, 'unit_unmatched', 'A'], [5, 'jump', '5'], [9, 'non_numeric', '9'], [9, 'unit_unmatched', 'B'], [12, 'year_gap', '12'],
    ]);
  });
});
