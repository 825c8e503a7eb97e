import { describe, expect, it } from 'vitest';
import { loadBuiltin } from '../data/builtin.ts';
import { checkUserEvent, eventsFor, eventsInRange, eventYear, isIsoDate, readUserEvents, withUserEvents } from './events.ts';

describe('timeline events', () => {
  const ds = loadBuiltin();

  it.each([
    ['2021-12-31', 2021],
    ['2025-01-01', 2024 + 1 / 365],
    ['2025-07-02', 2024.5],
  ])('places %s at %f on the yearly axis (tick Y = the end-of-Y review)', (date, x) => {
    expect(eventYear(date)).toBeCloseTo(x, 2);
  });

  it('checks dates strictly', () => {
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(checkUserEvent({ date: '2024-13-01', label: 'x' })).toBe('date');
    expect(checkUserEvent({ date: '2024-03-01', label: '  ' })).toBe('label');
    expect(checkUserEvent({ date: '2024-03-01', label: 'Bão' })).toBeNull();
  });

  it('lists the reform, the standard changes, the target years and the user’s events for Huế', () => {
    const mine = withUserEvents(ds, [{ id: 'u1', date: '2023-09-15', label: 'Bão số 4', note: 'lũ' }]);
    const ids = eventsFor(mine).map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining(['std-2022-2025', 'std-2026-2030', 'hue-city-2025', 'districts-end-2025', 'u1']));
    expect(ids.some((i) => i.startsWith('target-'))).toBe(true);
    const dates = eventsFor(mine).map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    // The Huế-only event is not shown for another root.
    expect(eventsFor({ ...mine, rootUnit: '01' }).map((e) => e.id)).not.toContain('hue-city-2025');
    expect(eventsInRange(eventsFor(mine), 2021, 2024).map((e) => e.id)).toContain('u1');
  });

  it('keeps only valid stored events', () => {
    expect(readUserEvents([{ id: 'a', date: '2024-01-01', label: 'ok' }, { id: 'b', date: 'soon', label: 'x' }, null, 5])).toEqual([{ id: 'a', date: '2024-01-01', label: 'ok' }]);
    expect(readUserEvents('nope')).toEqual([]);
  });
});
