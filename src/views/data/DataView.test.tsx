// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { render, screen, fireEvent, waitFor, configure } from '@testing-library/react';
import { initI18n } from '../../i18n/index.ts';
import DataView from './DataView.tsx';
import { useDataStore } from '../../store/index.ts';

initI18n('en');
// The import runs the real pipeline in the page here (no Worker in jsdom): give it time on a busy CI machine.
configure({ asyncUtilTimeout: 10000 });

function upload(name: string) {
  const bytes = readFileSync(`test/fixtures/import/${name}`);
  const file = new File([bytes], name, { type: 'text/csv' });
  Object.defineProperty(file, 'arrayBuffer', { value: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) });
  fireEvent.change(screen.getByTestId('file-input'), { target: { files: [file] } });
}

// Whole import round trips in jsdom take 1–2 s alone and several times that on a loaded CI machine.
describe('DataView', { timeout: 30000 }, () => {
  it('remembers a changed mapping for files with the same headers', async () => {
    const { unmount } = render(<DataView />);
    upload('wide-year-pipe.txt');
    await screen.findByTestId('report');
    fireEvent.change(screen.getByLabelText('Meaning of column 2021'), { target: { value: 'ignore' } });
    await waitFor(() => expect((screen.getByLabelText('Meaning of column 2021') as HTMLSelectElement).value).toBe('ignore'));
    await waitFor(() => expect(screen.getByTestId('apply')).not.toBeDisabled());
    fireEvent.click(screen.getByTestId('apply'));
    await screen.findByTestId('applied');
    unmount();
    render(<DataView />);
    upload('wide-year-pipe.txt');
    await screen.findByText(/Using the mapping chosen last time/);
    expect((screen.getByLabelText('Meaning of column 2021') as HTMLSelectElement).value).toBe('ignore');
    useDataStore.getState().undo();
  });

  it('imports a file, shows mapping, report and diff, and applies a merge that undo reverts', async () => {
    render(<DataView />);
    const bytes = readFileSync('test/fixtures/import/wide-indicator-semicolon.csv');
    const file = new File([bytes], 'wide.csv', { type: 'text/csv' });
    Object.defineProperty(file, 'arrayBuffer', { value: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) });
    fireEvent.change(screen.getByTestId('file-input'), { target: { files: [file] } });
    await screen.findByTestId('report');
    // jsdom has no IndexedDB: the app keeps working in memory and says so.
    expect(useDataStore.getState().notice).toMatchObject({ kind: 'warning', key: 'data:persist.unavailable' });
    expect(screen.getByTestId('mapping').textContent).toContain('Đơn vị hành chính');
    expect(screen.getByTestId('accepted-count').textContent).toBe('15');
    expect(screen.getByTestId('totals').textContent).toContain('Tổng cộng');
    const before = useDataStore.getState().current.dataset.table.value('481', 'poor_households', 2024);
    fireEvent.click(screen.getByTestId('apply'));
    await screen.findByTestId('applied');
    expect(useDataStore.getState().current.dataset.table.value('481', 'poor_households', 2024)).toBe(2900);
    fireEvent.click(screen.getByTestId('undo'));
    await waitFor(() => expect(useDataStore.getState().current.dataset.table.value('481', 'poor_households', 2024)).toBe(before));
  });
});
