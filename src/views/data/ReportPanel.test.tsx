// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { initI18n } from '../../i18n/index.ts';
import { UnitRegistry } from '../../domain/units.ts';
import { emptyResult } from '../../ingest/pipeline.ts';
import type { Issue } from '../../ingest/issues.ts';
import type { IngestResult } from '../../ingest/types.ts';
import type { Lang } from '../../i18n/format.ts';
import { ReportPanel } from './ReportPanel.tsx';

const N = 250;
const names = Array.from({ length: N }, (_, k) => `Xã Mới ${String(k).padStart(5, '0')}`);

function result(n = N): IngestResult {
  const some = names.slice(0, n);
  const grouped: Issue = {
    severity: 'warning', file: 'f.csv', row: 5, column: 'Tên', value: '', code: 'units_unmatched', params: { n, first: `${some.slice(0, 3).join(', ')}${n > 3 ? ', …' : ''}` },
    items: { value: some, row: some.map((_, k) => 5 + 2 * k), column: some.map(() => 'Tên'), suggestions: some.map((_, k) => (k === 7 ? 'Xã Cũ' : '–')) },
  };
  const other: Issue = { severity: 'error', file: 'f.csv', row: 9, column: 'Năm', value: 'x', code: 'bad_year', params: {} };
  return { ...emptyResult('f.csv'), ok: false, dataRows: 600, issues: [grouped, other] };
}

function show(lang: Lang, n = N) {
  initI18n(lang);
  render(<ReportPanel result={result(n)} opts={{}} setOpts={() => {}} lang={lang} units={new UnitRegistry()} />);
  return screen.getByRole('region', { name: lang === 'en' ? 'Validation report' : 'Báo cáo kiểm tra' });
}

// The list is drawn in steps of a task each: on a loaded CI machine that takes a few seconds.
const steps = { timeout: 10_000 };

describe('ReportPanel: units not in the reference', { timeout: 30_000 }, () => {
  it('are one problem line that counts every unit and opens into their list, a page at a time', async () => {
    const user = userEvent.setup();
    const report = show('en');
    expect(within(report).getByText('Warnings').closest('div')!.querySelector('dd')).toHaveTextContent('250');
    const problems = within(report).getByRole('table', { name: /Problems found|Các vấn đề tìm thấy/ });
    const line = within(problems).getByText(/Units not in the reference, to be added as new units \(250\): Xã Mới 00000, Xã Mới 00001, Xã Mới 00002, …/);
    expect(line.closest('tr')).toHaveAttribute('data-code', 'units_unmatched');
    const open = within(problems).getByRole('button', { name: 'Show the list (250)' });
    expect(open).toHaveAttribute('aria-expanded', 'false');
    await user.click(open);
    const hide = within(problems).getByRole('button', { name: 'Hide the list' });
    expect(hide).toHaveAttribute('aria-expanded', 'true');
    const list = within(problems).getByRole('table', { name: 'Units not in the reference (250)' });
    // The button names what it opens.
    expect(document.getElementById(hide.getAttribute('aria-controls')!)).toContainElement(list);
    // Drawn in steps: the whole first page is there once the steps have run.
    expect(await within(list).findByText('Xã Mới 00099', {}, steps)).toBeInTheDocument();
    const first = within(list).getAllByRole('row')[1]!;
    expect(within(first).getAllByRole('cell').map((c) => c.textContent)).toEqual(['5', 'Tên', 'Xã Mới 00000', '–']);
    expect(within(list).queryByText('Xã Mới 00100')).toBeNull();
    await user.click(within(screen.getByTestId('issue-items-pager')).getByRole('button', { name: /next/i }));
    expect(await within(list).findByText('Xã Mới 00100', {}, steps)).toBeInTheDocument();
    const row = within(list).getByText('Xã Mới 00100').closest('tr')!;
    expect(within(row).getAllByRole('cell')[0]).toHaveTextContent('205');
  });

  it('are found by a search for one of them, and the list then shows that one', async () => {
    const user = userEvent.setup();
    const report = show('en');
    await user.type(within(report).getByRole('searchbox', { name: 'Search' }), 'Mới 00007');
    const problems = within(report).getByRole('table', { name: /Problems found|Các vấn đề tìm thấy/ });
    // The grouped line only (and the header row): the year problem does not hold the text.
    expect(within(problems).getAllByRole('row')).toHaveLength(2);
    expect(problems.querySelector('[data-code="bad_year"]')).toBeNull();
    await user.click(within(problems).getByRole('button', { name: 'Show the list (250)' }));
    const list = within(problems).getByRole('table', { name: 'Units not in the reference (1)' });
    expect(within(list).getAllByRole('row')).toHaveLength(2);
    expect(within(list).getByText('Xã Mới 00007').closest('tr')).toHaveTextContent('19TênXã Mới 00007Xã Cũ');
  });

  it('read as plain English when there is one', () => {
    const problems = within(show('en', 1)).getByRole('table', { name: /Problems found|Các vấn đề tìm thấy/ });
    expect(within(problems).getByText(/^Units not in the reference, to be added as new units \(1\): Xã Mới 00000$/)).toBeInTheDocument();
    expect(within(problems).getByRole('button', { name: 'Show the list (1)' })).toBeInTheDocument();
  });

  it('read in Vietnamese', async () => {
    const user = userEvent.setup();
    const report = show('vi');
    const problems = within(report).getByRole('table', { name: /Problems found|Các vấn đề tìm thấy/ });
    expect(within(problems).getByText(/^250 đơn vị không có trong danh mục, sẽ được thêm làm đơn vị mới/)).toBeInTheDocument();
    await user.click(within(problems).getByRole('button', { name: 'Xem danh sách 250 đơn vị' }));
    expect(within(problems).getByRole('table', { name: 'Các đơn vị không có trong danh mục (250)' })).toBeInTheDocument();
  });
});
