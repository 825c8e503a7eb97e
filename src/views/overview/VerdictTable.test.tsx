// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { initI18n } from '../../i18n/index.ts';
import type { VerdictRow } from '../../domain/status/index.ts';
import type { Target } from '../../domain/targets.ts';
import { VerdictTable } from './VerdictTable.tsx';

initI18n('vi');

const target = (year: number, value: number): Target => ({ unit: 'X', indicator: 'poverty_rate', year, value, source: { kind: 'published', url: 'https://example.org/plan' } });

describe('the targets judged at their years', () => {
  it('reads a verdict on an expected figure as a forecast, and names the figure’s provenance', () => {
    const rows: VerdictRow[] = [
      { target: target(2023, 3.17), verdict: { year: 2023, target: 3.17, actual: 2.27, met: true, byPp: 0.9 }, kind: 'published', byHouseholds: 2989 },
      { target: target(2025, 1.84), verdict: { year: 2025, target: 1.84, actual: 1.2, met: true, byPp: 0.64 }, kind: 'expected', byHouseholds: 2147 },
      { target: target(2027, 1.5) },
    ];
    render(<VerdictTable rows={rows} unitName="Huế" lang="vi" />);
    const table = screen.getByRole('table', { name: 'Kết quả theo chỉ tiêu của Huế' });
    const [, r2023, r2025, r2027] = within(table).getAllByRole('row');
    expect(r2023).toHaveTextContent('✓ Đạt, thấp hơn 0,90 điểm % (2.989 hộ)');
    expect(r2023).not.toHaveTextContent('dự kiến');
    expect(r2025).toHaveTextContent('✓ Dự kiến đạt, thấp hơn 0,64 điểm % (2.147 hộ)');
    expect(r2025).toHaveTextContent('1,20%Số liệu dự kiến (chưa phải kết quả)');
    expect(r2027).toHaveTextContent('Chưa có kết quả');
  });
});
