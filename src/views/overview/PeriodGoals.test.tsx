// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { initI18n } from '../../i18n/index.ts';
import { useViewStore } from '../../store/index.ts';
import { loadBuiltin } from '../../data/builtin.ts';
import { readGoals } from '../../data/compose.ts';
import { goalsFor } from '../../domain/goals.ts';
import { PeriodGoals } from './PeriodGoals.tsx';

initI18n('en');

describe('the period goal on the overview', () => {
  it('is read from the data file with its source, and belongs to the new period from its baseline year', () => {
    const goals = readGoals('unit_code,indicators,period_from,period_to,base_year,text_vi,text_en,source,date\n'
      + 'X,poverty_rate;poor_households,2026,2030,2025,Không còn hộ nghèo,No poor households,Plan 1/2026,2026-01-05\n'
      + ',poverty_rate,2026,2030,2025,no unit,,x,\n');
    expect(goals).toEqual([{ unit: 'X', indicators: ['poverty_rate', 'poor_households'], from: 2026, to: 2030, baseYear: 2025, text: { vi: 'Không còn hộ nghèo', en: 'No poor households' }, source: 'Plan 1/2026', date: '2026-01-05' }]);
    expect(goalsFor(goals, 'X', 'poverty_rate', 2024)).toEqual([]);
    expect(goalsFor(goals, 'X', 'poverty_rate', 2025)).toHaveLength(1);
    expect(goalsFor(goals, 'X', 'poor_households', 2030)).toHaveLength(1);
    expect(goalsFor(goals, 'X', 'near_poor_rate', 2027)).toEqual([]);
    expect(goalsFor(goals, 'Y', 'poverty_rate', 2027)).toEqual([]);
  });

  it('shows the stated words and source, says no number is set, and leads to Allocation for the period', async () => {
    const ds = loadBuiltin();
    render(<PeriodGoals dataset={ds} unit="46" unitName="Huế" indicator="poverty_rate" year={2025} lang="en" />);
    const goal = screen.getByRole('region', { name: 'Goal of Huế for 2026–2030' });
    const stated = ds.goals!.find((g) => g.unit === '46')!;
    expect(goal.textContent).toContain(stated.text.en);
    expect(screen.getByRole('link', { name: 'nld.com.vn' }).getAttribute('href')).toBe(stated.source);
    expect(goal.textContent).toMatch(/No numeric target is set for this period/);
    await userEvent.click(screen.getByRole('button', { name: 'Set a target in Allocation' }));
    expect(useViewStore.getState().view).toBe('allocation');
    expect(useViewStore.getState().extra).toEqual({ base: '2025', ty: '2030' });
  });

  it('lists a numeric target once the user has set one, and shows nothing before the period', () => {
    const ds = loadBuiltin();
    const withTarget = { ...ds, targets: [...ds.targets, { unit: '46', indicator: 'poverty_rate', year: 2030, value: 0.5, source: { kind: 'ui' as const, reason: 'test', at: '2026-01-01' } }] };
    const { unmount } = render(<PeriodGoals dataset={withTarget} unit="46" unitName="Huế" indicator="poverty_rate" year={2027} lang="en" />);
    expect(screen.queryByRole('button', { name: 'Set a target in Allocation' })).toBeNull();
    expect(screen.getByText(/Numeric targets set: 0\.50% \(2030\)/)).toBeTruthy();
    unmount();
    render(<PeriodGoals dataset={ds} unit="46" unitName="Thừa Thiên Huế" indicator="poverty_rate" year={2024} lang="en" />);
    expect(screen.queryByRole('region')).toBeNull();
  });
});
