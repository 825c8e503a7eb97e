// @vitest-environment jsdom
/** The mapping screen is always reachable, every unit guess is confirmable, and Apply asks before a bad file. */
import { describe, expect, it } from 'vitest';
import { render, screen, waitFor, within, configure } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { initI18n } from '../../i18n/index.ts';
import DataView from './DataView.tsx';
import { useDataStore } from '../../store/index.ts';

initI18n('en');
configure({ asyncUtilTimeout: 10000 });

function fileOf(name: string, text: string): File {
  const bytes = new TextEncoder().encode(text);
  const file = new File([bytes], name, { type: 'text/csv' });
  Object.defineProperty(file, 'arrayBuffer', { value: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) });
  return file;
}

describe('mapping and unit confirmation', { timeout: 30000 }, () => {
  it('a file whose unit column has an unknown header opens the mapping screen; choosing the column imports it', async () => {
    const user = userEvent.setup();
    render(<DataView />);
    await user.upload(screen.getByLabelText('Choose a file'), fileOf('nowhere.csv', 'Nơi chốn,Năm,Số hộ nghèo\nHuyện A Lưới,2023,3485\nHuyện Nam Đông,2023,410\n'));
    const mapping = await screen.findByRole('region', { name: 'Column mapping' });
    expect(within(mapping).getByRole('status')).toHaveTextContent(/Unit code \/ Unit name/);
    // Each column shows its first values.
    const row = screen.getByRole('row', { name: /Nơi chốn/ });
    expect(row.textContent).toContain('Huyện A Lưới');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Meaning of column Nơi chốn' }), 'unit_name');
    const report = await screen.findByRole('region', { name: 'Validation report' });
    expect(within(screen.getByRole('region', { name: 'Column mapping' })).queryByRole('status')).toBeNull();
    expect(within(report).getByText('Values loaded').closest('div')!.querySelector('dd')).toHaveTextContent('2');
  });

  it('names matched after folding are listed; one click accepts all; a rejection makes a new unit', async () => {
    const user = userEvent.setup();
    render(<DataView />);
    await user.upload(screen.getByLabelText('Choose a file'), fileOf('names.csv', 'Đơn vị,Năm,Số hộ nghèo\nA Lưới,2023,3485\nNam Đông,2023,410\nPhú Lộc,2023,900\n'));
    const list = await screen.findByTestId('matched-by-name');
    expect(within(list).getAllByRole('listitem')).toHaveLength(3);
    await user.click(within(list).getByRole('button', { name: 'Reject: Phú Lộc' }));
    await waitFor(() => expect(within(screen.getByTestId('matched-by-name')).getByText('Phú Lộc').closest('li')!.dataset.state).toBe('rejected'));
    await user.click(screen.getByRole('button', { name: 'Accept all' }));
    await waitFor(() => expect(within(screen.getByTestId('matched-by-name')).getAllByRole('listitem').map((li) => li.dataset.state)).toEqual(['accepted', 'accepted', 'rejected']));
    // The rejected name is a new unit, which needs a level and a parent.
    expect(screen.getByRole('combobox', { name: 'Parent of Phú Lộc' })).toBeTruthy();
  });

  it('Apply asks first when most rows are rejected, and loads only after confirmation', async () => {
    const user = userEvent.setup();
    render(<DataView />);
    await user.upload(screen.getByLabelText('Choose a file'), fileOf('bad.csv', 'Mã đơn vị,Năm,Tỷ lệ hộ nghèo (%)\n481,2023,abc\n483,2023,xyz\n482,2023,150\n477,2023,4.2\n'));
    await screen.findByRole('region', { name: 'Changes against the loaded data (dry run)' });
    const before = useDataStore.getState().current.dataset;
    await user.click(screen.getByRole('button', { name: 'Load the data' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog.textContent).toContain('3 of 4 rows are rejected');
    expect(useDataStore.getState().current.dataset).toBe(before);
    await user.click(within(dialog).getByRole('button', { name: 'Load anyway' }));
    await screen.findByText('Loaded bad.csv.');
    // The loaded rate contradicts the built-in counts for 477 in 2023: the counts win and the
    // file's 4.2 is kept "as reported" (issue 13's one rule for contradicting figures).
    const t = useDataStore.getState().current.dataset.table;
    expect(t.provenance(t.find('477', 'poverty_rate', 2023)).asReported).toBe(4.2);
    useDataStore.getState().undo();
  });
});
