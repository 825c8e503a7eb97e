// @vitest-environment jsdom
/** A long option list enters the page when the select is reached (click or Tab); the value never changes by it. */
import { describe, expect, it } from 'vitest';
import { useState } from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LazySelect } from './LazySelect.tsx';

const list = Array.from({ length: 40 }, (_, i) => ({ value: `u${i}`, label: `Unit ${i}` }));

function Harness({ initial, short = false }: { initial: string; short?: boolean }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <LazySelect label="Parent of X" value={value} onChange={setValue} list={short ? list.slice(0, 5) : list}>
        <option value="">none</option>
      </LazySelect>
      <output>{value || '–'}</output>
    </>
  );
}

describe('LazySelect', () => {
  it('holds only its selected option until reached, then offers every option and keeps the value', async () => {
    const user = userEvent.setup();
    render(<Harness initial="u7" />);
    const select = screen.getByRole('combobox', { name: 'Parent of X' });
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['none', 'Unit 7']);
    expect((select as HTMLSelectElement).value).toBe('u7');
    await user.tab();
    expect(select).toHaveFocus();
    expect(within(select).getAllByRole('option')).toHaveLength(41);
    expect((select as HTMLSelectElement).value).toBe('u7');
    await user.selectOptions(select, 'Unit 30');
    expect(screen.getByRole('status').textContent).toBe('u30');
  });

  it('a short list is there from the start', () => {
    render(<Harness initial="" short />);
    expect(within(screen.getByRole('combobox', { name: 'Parent of X' })).getAllByRole('option')).toHaveLength(6);
  });
});
