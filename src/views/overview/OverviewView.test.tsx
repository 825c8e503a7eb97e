// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { initI18n } from '../../i18n/index.ts';
import { useDataStore, useViewStore } from '../../store/index.ts';
import { displayIndicatorsIn } from '../../domain/catalogue.ts';
import OverviewView from './OverviewView.tsx';

// useOverview with a national file shows the last overview while the next one is worked out in
// steps; here it always answers with the poverty rate's, as it would while another indicator's runs.
vi.mock('./useOverview.ts', async () => {
  const { overviewOf } = await import('./overviewCache.ts');
  return {
    STEPPED_ROWS: 50_000,
    useOverview: (dataset: Parameters<typeof overviewOf>[0]['dataset'], _indicator: string, year: number | null, unit: string | null, lang: 'vi' | 'en') =>
      overviewOf({ dataset, indicator: 'poverty_rate', year, unit, lang }),
  };
});

initI18n('en');
afterEach(cleanup);

describe('OverviewView while the next overview is worked out', () => {
  it('shows the current overview without a notice', () => {
    useViewStore.setState({ indicator: 'poverty_rate' });
    render(<OverviewView />);
    expect(screen.queryByText(/previous selection/i)).toBeNull();
  });

  it('says the figures shown are those of the previous selection, and is busy', () => {
    const other = displayIndicatorsIn(useDataStore.getState().current.dataset.table.indicatorIds).find((id) => id !== 'poverty_rate')!;
    useViewStore.setState({ indicator: other });
    const { container } = render(<OverviewView />);
    expect(screen.getByRole('status')).toHaveTextContent(/previous selection/i);
    expect(container.querySelector('.overview')).toHaveAttribute('aria-busy', 'true');
  });
});
