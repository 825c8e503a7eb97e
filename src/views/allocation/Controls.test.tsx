// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { initI18n } from '../../i18n/index.ts';
import { useViewStore } from '../../store/index.ts';
import { loadBuiltin } from '../../data/builtin.ts';
import { Controls } from './Controls.tsx';
import { readParams } from './params.ts';

initI18n('en');

describe('allocation controls without a target in the data', () => {
  it('keep the chosen kind until a value is typed, then write that kind only', async () => {
    const user = userEvent.setup();
    const ds = { ...loadBuiltin(), targets: [] };
    const p = readParams(ds, {});
    expect(p.parentSet).toBe(false);
    render(<Controls p={p} baseYears={[2022, 2023]} />);
    const value = screen.getByRole('textbox', { name: 'Target value' });
    expect(value).toHaveValue('');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Province target' }), 'households');
    // Choosing the kind alone sets no target (no made-up 0).
    expect(useViewStore.getState().extra.th).toBeUndefined();
    expect(useViewStore.getState().extra.tr).toBeUndefined();
    await user.type(value, '500');
    expect(useViewStore.getState().extra).toMatchObject({ th: '500' });
    expect(useViewStore.getState().extra.tr).toBeUndefined();
  });

  it('shows and reads the decimal comma in Vietnamese', async () => {
    const user = userEvent.setup();
    useViewStore.setState({ lang: 'vi', extra: { tr: '3.17', ty: '2023' } });
    const p = readParams(loadBuiltin(), { tr: '3.17', ty: '2023' });
    render(<Controls p={p} baseYears={[2022]} />);
    const value = screen.getByRole('textbox', { name: 'Target value' });
    expect(value).toHaveValue('3,17');
    await user.clear(value);
    await user.type(value, '2,5');
    expect(useViewStore.getState().extra.tr).toBe('2.5');
  });
});
