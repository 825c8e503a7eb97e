// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import i18n from 'i18next';
import { initI18n } from '../../i18n/index.ts';
import { loadBuiltin } from '../../data/builtin.ts';
import { statusWord } from '../../ui/StatusBadge.tsx';
import { ScorecardTable } from './ScorecardTable.tsx';
import { deriveScorecard } from './scorecardData.ts';
import { scorecardRows } from './exportScorecard.ts';

initI18n('en');
const ds = loadBuiltin();
const card = (year: number) => deriveScorecard({ dataset: ds, year, indicators: ['poverty_rate'], lang: 'en' });
const t = (k: string) => i18n.t(k);

describe('the scorecard says which figures are not results', () => {
  it('judges the city on its expected 2025 figure as "expected", and marks the illustrative units', () => {
    const c = card(2025);
    const root = c.rows[0]!.cells.poverty_rate!;
    expect(root.kind).toBe('expected');
    expect(c.rows.slice(1).every((r) => r.cells.poverty_rate!.kind === 'illustrative')).toBe(true);
    render(<ScorecardTable card={c} lang="en" sort={undefined} />);
    const rows = screen.getAllByRole('row');
    const city = rows.find((r) => within(r).queryByRole('rowheader', { name: c.rows[0]!.name }))!;
    const word = statusWord(root.status, 'expected', t);
    expect(word).toMatch(/^Expected/);
    expect(within(city).getByText(word)).toBeTruthy();
    expect(within(city).getAllByRole('cell')[0]!.textContent).toMatch(/†$/);
    const unit = rows.find((r) => within(r).queryByRole('rowheader', { name: c.rows[1]!.name }))!;
    expect(within(unit).getAllByRole('cell')[0]!.textContent).toMatch(/\*$/);
  });

  it('uses the plain word and no mark on a published figure', () => {
    const c = card(2024);
    const root = c.rows[0]!.cells.poverty_rate!;
    expect(root.kind).toBe('published');
    render(<ScorecardTable card={c} lang="en" sort={undefined} />);
    const city = screen.getAllByRole('row').find((r) => within(r).queryByRole('rowheader', { name: c.rows[0]!.name }))!;
    expect(within(city).getByText(t(`common:status.${root.status}`))).toBeTruthy();
    expect(within(city).getAllByRole('cell')[0]!.textContent).not.toMatch(/[*†]$/);
  });

  it('exports the provenance beside each value and the expected form of the status', () => {
    const rows = scorecardRows(card(2025), {
      unit: 'Unit', status: (s, kind) => statusWord(s, kind, t), kind: (k) => t(`common:provenance.${k}`), column: (i, col) => `${i} · ${col}`,
    });
    const head = rows[0]!;
    const prov = head.indexOf('poverty_rate · provenance');
    const status = head.indexOf('poverty_rate · status');
    expect(prov).toBeGreaterThan(head.indexOf('poverty_rate · value'));
    expect(rows[1]![prov]).toBe(t('common:provenance.expected'));
    expect(String(rows[1]![status])).toMatch(/^Expected/);
    expect(rows[2]![prov]).toBe(t('common:provenance.illustrative'));
  });
});
