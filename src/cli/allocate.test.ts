import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from './allocate.ts';

const FILE = 'data/thua-thien-hue/observations.csv';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((s: string) => { out.push(s); });
  vi.spyOn(console, 'error').mockImplementation((s: string) => { err.push(s); });
  return { out, err };
}
afterEach(() => { vi.restoreAllMocks(); });

describe('cli allocate', () => {
  it.each(['proportional', 'equal-pp', 'need-weighted'])('%s: JSON shape, the districts reconcile to the 3.17 percent target', async (method) => {
    const { out } = capture();
    const code = await run([FILE, '--base-year', '2022', '--target-year', '2023', '--target-rate', '3.17', '--method', method, '--json']);
    expect(code).toBe(0);
    const d = JSON.parse(out.join('\n'));
    expect(Object.keys(d).sort()).toEqual(['parent', 'problems', 'reconciles', 'units']);
    expect(d.parent).toEqual({ households: 329600, poor_baseline: 11735, target_poor: 10448, target_rate: 3.1699 });
    expect(d.units).toHaveLength(9);
    expect(Object.keys(d.units[0]).sort()).toEqual(['allocated_cut', 'code', 'households', 'name', 'poor_baseline', 'target_poor', 'target_rate']);
    expect(d.units.reduce((s: number, u: { target_poor: number }) => s + u.target_poor, 0)).toBe(10448);
    expect(d.reconciles).toBe(true);
    expect(d.problems).toEqual([]);
  });

  it('exits 1 and names the constraint when a cap makes it infeasible', async () => {
    const { out } = capture();
    const code = await run([FILE, '--base-year', '2022', '--target-year', '2023', '--target-households', '4195', '--cap-share', '0.2', '--json']);
    expect(code).toBe(1);
    const d = JSON.parse(out.join('\n'));
    expect(d.reconciles).toBe(false);
    expect(d.problems[0]).toMatchObject({ kind: 'infeasible', constraint: 'cap' });
  });

  it('reads any file the import pipeline reads, and names districts left out for lack of counts', async () => {
    const { out } = capture();
    const code = await run(['test/fixtures/import/wide-indicator-semicolon.csv', '--base-year', '2024', '--target-year', '2025', '--target-rate', '1.5', '--json']);
    expect(code).toBe(0);
    const d = JSON.parse(out.join('\n'));
    expect(d.parent).toMatchObject({ households: 194400, poor_baseline: 3870, target_poor: 2916 });
    expect(d.problems).toEqual([expect.objectContaining({ kind: 'missing-data', units: ['477', '478', '480', '482', '483'] })]);
  });

  it.each([
    [['--base-year', '2022', '--target-year', '2023']],
    [[FILE, '--base-year', '2022', '--target-year', '2023', '--target-rate', '3', '--target-cut-pp', '1']],
    [[FILE, '--base-year', '2023', '--target-year', '2022', '--target-rate', '3']],
    [[FILE, '--base-year', '2022', '--target-year', '2023', '--target-rate', '3', '--method', 'magic']],
  ])('exits 2 on bad arguments %#', async (args) => {
    const { err } = capture();
    expect(await run(args)).toBe(2);
    expect(err.join('')).toMatch(/allocate:/);
  });

  it.each([
    ['--target-households', '20000', /lift out 20000 households, but the 2022 baseline has only 11735 poor households/],
    ['--target-rate', '5', /above the 2022 baseline \(11735 poor households, 3\.56%\) by 4745 households/],
  ])('refuses %s %s (beyond the baseline) with a clear message, exit 1 and no negative figure', async (flag, value, msg) => {
    const { out, err } = capture();
    const code = await run([FILE, '--base-year', '2022', '--target-year', '2023', flag, value, '--json']);
    expect(code).toBe(1);
    expect(err.join('\n')).toMatch(msg);
    expect(out.join('\n')).not.toMatch(/-\d/);
  });
});
