// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startUrlSync, useViewStore } from './viewStore.ts';

/** Whether a popstate comes within `ms`. */
const popped = (ms: number) => new Promise<boolean>((resolve) => {
  const t = setTimeout(() => resolve(false), ms);
  window.addEventListener('popstate', () => { clearTimeout(t); resolve(true); }, { once: true });
});

describe('the URL follows the view state', () => {
  let stop: () => void;
  beforeEach(() => {
    vi.useFakeTimers();
    history.replaceState(null, '', '/?view=data&lang=vi');
    useViewStore.getState().replaceAll({ view: 'data', year: null, indicator: 'poverty_rate', unit: null, lang: 'vi', extra: {} });
    stop = startUrlSync();
  });
  afterEach(() => { stop(); vi.useRealTimers(); });

  it('a view change adds a history entry in a task after the change, carrying what changed meanwhile', () => {
    const before = history.length;
    useViewStore.getState().setView('overview');
    // Not in the click's task (pushState can take tens of ms after a national import)…
    expect(location.search).toBe('?view=data&lang=vi');
    useViewStore.getState().setYear(2024);
    vi.runAllTimers();
    // …but one entry, with the year set in the meantime.
    expect(history.length).toBe(before + 1);
    expect(location.search).toBe('?view=overview&year=2024&lang=vi');
    // Later changes within a view replace the entry.
    vi.setSystemTime(Date.now() + 1000);
    useViewStore.getState().setYear(2023);
    expect(location.search).toBe('?view=overview&year=2023&lang=vi');
    expect(history.length).toBe(before + 1);
  });

  it('a view change right after quick changes in a view leaves that view\'s entry with its last state (back returns to it)', () => {
    vi.setSystemTime(Date.now() + 1000);
    useViewStore.getState().setYear(2024);
    // Within 150 ms of the last write: throttled to a trailing write…
    useViewStore.getState().setYear(2023);
    // …which the view change must not drop.
    useViewStore.getState().setView('map');
    expect(location.search).toBe('?view=data&year=2023&lang=vi');
    vi.runAllTimers();
    expect(location.search).toBe('?view=map&year=2023&lang=vi');
  });

  it('two quick view changes leave two entries, the last one current', () => {
    const before = history.length;
    useViewStore.getState().setView('map');
    useViewStore.getState().setView('allocation');
    vi.runAllTimers();
    expect(history.length).toBe(before + 2);
    expect(location.search).toBe('?view=allocation&lang=vi');
  });
  it('back pressed before a view change\'s entry is written returns to the view left, not past it', async () => {
    vi.setSystemTime(Date.now() + 1000);
    useViewStore.getState().setView('overview');
    vi.runAllTimers();
    expect(location.search).toBe('?view=overview&lang=vi');
    // A second view change; back comes before its deferred entry is written.
    useViewStore.getState().setView('map');
    vi.useRealTimers();
    history.back();
    await new Promise((r) => window.addEventListener('popstate', r, { once: true }));
    // The browser went to the data entry; the sync steps forward to the overview's entry.
    expect(await popped(2000)).toBe(true);
    expect(location.search).toBe('?view=overview&lang=vi');
    expect(useViewStore.getState().view).toBe('overview');
  });

  it('back after the entry is written goes to the previous view', async () => {
    vi.setSystemTime(Date.now() + 1000);
    useViewStore.getState().setView('overview');
    vi.runAllTimers();
    vi.useRealTimers();
    history.back();
    await new Promise((r) => window.addEventListener('popstate', r, { once: true }));
    expect(useViewStore.getState().view).toBe('data');
    expect(location.search).toBe('?view=data&lang=vi');
  });
});
