// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { render, screen, fireEvent } from '@testing-library/react';
import { initI18n } from '../../i18n/index.ts';
import { useViewStore } from '../../store/index.ts';
import { loadBuiltin } from '../../data/builtin.ts';
import { Controls } from './Controls.tsx';
import { readParams } from './params.ts';

initI18n('en');

describe('allocation controls without a target in the data', () => {
  it('keep the chosen kind until a value is typed, then write that kind only', () => {
    const ds = { ...loadBuiltin(), targets: [] };
    const p = readParams(ds, {});
    expect(p.parentSet).toBe(false);
    render(<Controls p={p} baseYears={[2022, 2023]} />);
    const value = screen.getByRole('textbox', { name: 'Target value' }) as HTMLInputElement;
    expect(value.value).toBe('');
    fireEvent.change(screen.getByRole('combobox', { name: 'Province target' }), { target: { value: 'households' } });
    // Choosing the kind alone sets no target (no made-up 0).
    expect(useViewStore.getState().extra.th).toBeUndefined();
    expect(useViewStore.getState().extra.tr).toBeUndefined();
    fireEvent.change(value, { target: { value: '500' } });
    expect(useViewStore.getState().extra).toMatchObject({ th: '500' });
    expect(useViewStore.getState().extra.tr).toBeUndefined();
  });

  it('shows and reads the decimal comma in Vietnamese', () => {
    useViewStore.setState({ lang: 'vi', extra: { tr: '3.17', ty: '2023' } });
    const p = readParams(loadBuiltin(), { tr: '3.17', ty: '2023' });
    render(<Controls p={p} baseYears={[2022]} />);
    const value = screen.getAllByRole('textbox').find((el) => (el as HTMLInputElement).name === 'tvalue') as HTMLInputElement;
    expect(value.value).toBe('3,17');
    fireEvent.change(value, { target: { value: '2,5' } });
    expect(useViewStore.getState().extra.tr).toBe('2.5');
  });
});
