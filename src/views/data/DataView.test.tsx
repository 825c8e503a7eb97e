// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { render, screen, waitFor, within, configure } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { initI18n } from '../../i18n/index.ts';
import DataView from './DataView.tsx';
import { useDataStore } from '../../store/index.ts';

initI18n('en');
// The import runs the real pipeline in the page here (no Worker in jsdom): give it time on a busy CI machine.
configure({ asyncUtilTimeout: 10000 });

function fixture(name: string, as = name): File {
  const bytes = readFileSync(`test/fixtures/import/${name}`);
  const file = new File([bytes], as, { type: 'text/csv' });
  Object.defineProperty(file, 'arrayBuffer', { value: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) });
  return file;
}

const upload = (user: UserEvent, file: File) => user.upload(screen.getByLabelText('Choose a file'), file);
// Parsing runs in a worker stand-in: on a loaded CI machine it can take more than the default second.
const report = () => screen.findByRole('region', { name: 'Validation report' }, { timeout: 10_000 });
/** The figure beside a term of a description list ("Values loaded" → "15"). */
const figure = (within_: HTMLElement, term: string) => within(within_).getByText(term).closest('div')!.querySelector('dd')!.textContent;

// Whole import round trips in jsdom take 1–2 s alone and several times that on a loaded CI machine.
describe('DataView', { timeout: 30000 }, () => {
  it('remembers a changed mapping for files with the same headers', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<DataView />);
    await upload(user, fixture('wide-year-pipe.txt'));
    await report();
    const meaning2021 = () => screen.getByRole('combobox', { name: 'Meaning of column 2021' });
    await user.selectOptions(meaning2021(), 'ignore');
    // The select shows the mapping of the last result, so 'ignore' means the file was read again with it.
    await waitFor(() => expect(meaning2021()).toHaveValue('ignore'));
    const apply = () => screen.getByRole('button', { name: 'Load the data' });
    await waitFor(() => expect(apply()).toBeEnabled());
    await user.click(apply());
    await screen.findByText('Loaded wide-year-pipe.txt.');
    // The picker is cleared after each pick: a browser fires no change for the file already chosen,
    // so without this the same file could not be read again (user-event does not model that rule).
    expect(screen.getByLabelText('Choose a file')).toHaveValue('');
    // The same file picked again on the same screen is read again, now with the remembered mapping.
    const file = fixture('wide-year-pipe.txt');
    await upload(user, file);
    await screen.findByText(/Using the mapping chosen last time/);
    expect(meaning2021()).toHaveValue('ignore');
    unmount();
    // And on a fresh screen.
    render(<DataView />);
    await upload(user, file);
    await screen.findByText(/Using the mapping chosen last time/);
    expect(meaning2021()).toHaveValue('ignore');
    useDataStore.getState().undo();
  });

  it('imports a file, shows mapping, report and diff, and applies a merge that undo reverts', async () => {
    const user = userEvent.setup();
    render(<DataView />);
    await upload(user, fixture('wide-indicator-semicolon.csv', 'wide.csv'));
    const rep = await report();
    // jsdom has no IndexedDB: the app keeps working in memory and says so.
    expect(useDataStore.getState().notice).toMatchObject({ kind: 'warning', key: 'data:persist.unavailable' });
    expect(screen.getByRole('region', { name: 'Column mapping' })).toHaveTextContent('Đơn vị hành chính');
    expect(figure(rep, 'Values loaded')).toBe('15');
    expect(within(rep).getByText(/^Total rows/)).toHaveTextContent('Tổng cộng');
    const before = useDataStore.getState().current.dataset.table.value('481', 'poor_households', 2024);
    await user.click(screen.getByRole('button', { name: 'Load the data' }));
    await screen.findByText('Loaded wide.csv.', undefined, { timeout: 10_000 });
    expect(useDataStore.getState().current.dataset.table.value('481', 'poor_households', 2024)).toBe(2900);
    // The history's entries are drawn when it is opened.
    const history = screen.getByText(/^Import history \(\d+\)$/);
    await user.click(history);
    await waitFor(() => expect(history.closest('details')!.querySelector('li')).toHaveTextContent(/wide\.csv \(Merge/));
    await user.click(screen.getByRole('button', { name: /^Undo: / }));
    await waitFor(() => expect(useDataStore.getState().current.dataset.table.value('481', 'poor_households', 2024)).toBe(before));
  });
});
