import { describe, expect, it } from 'vitest';
import { loadBuiltin } from '../../data/builtin.ts';
import { withUserEvents } from '../../domain/events.ts';
import { eventsOnAxis } from './trendEvents.ts';

describe('eventsOnAxis: kept per dataset, axis and language', () => {
  const ds = loadBuiltin();

  it('gives the same array again for the same dataset, axis and language; a new one otherwise', () => {
    const en = eventsOnAxis(ds, [2015, 2025], 'en');
    expect(en.length).toBeGreaterThan(0);
    expect(eventsOnAxis(ds, [2015, 2025], 'en')).toBe(en);
    const vi = eventsOnAxis(ds, [2015, 2025], 'vi');
    expect(vi).not.toBe(en);
    expect(vi.map((e) => e.id)).toEqual(en.map((e) => e.id));
    expect(vi[0]!.when).not.toBe(en[0]!.when);
    expect(eventsOnAxis(ds, [2024, 2025], 'en').length).toBeLessThanOrEqual(en.length);
  });

  it('a dataset with a new user event is a new value, and its axis shows the event', () => {
    const next = withUserEvents(ds, [{ id: 'u1', date: '2022-06-15', label: 'Flood' }]);
    expect(eventsOnAxis(next, [2015, 2025], 'en').map((e) => e.label)).toContain('Flood');
    expect(eventsOnAxis(ds, [2015, 2025], 'en').map((e) => e.label)).not.toContain('Flood');
  });
});
