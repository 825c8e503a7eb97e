// @vitest-environment jsdom
/** The boundary and deck stores through the persistence guard: old bare values migrate, damaged ones are quarantined. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { memoryKv, type MemoryKv } from './kv.ts';

let kv: MemoryKv;
vi.mock('./storage.ts', async (orig) => ({ ...(await orig<typeof import('./storage.ts')>()), openKv: () => ({ kv, memory: false }) }));

const deck = { version: 1, id: 'd1', name: 'deck', scenes: [{ id: 's1', kind: 'kpis', state: '?view=overview', title: '', notes: '' }] };
const boundaries = { name: 'b.json', prop: 'code', json: { type: 'FeatureCollection', features: [] } };

beforeEach(() => { vi.resetModules(); });

async function load() {
  const { initI18n } = await import('../i18n/index.ts');
  initI18n('en');
  return { ...await import('./deckStore.ts'), ...await import('./boundaryStore.ts'), data: (await import('./index.ts')).useDataStore };
}

describe('persisted records (deck, boundaries)', () => {
  it('reads the shape stored before the envelope, and writes it back inside one with a revision', async () => {
    kv = memoryKv([['decks:v1', { version: 1, decks: [deck] }], ['boundaries:v1', boundaries]]);
    const m = await load();
    expect((await m.currentDeck()).id).toBe('d1');
    expect((await m.currentBoundaries())?.name).toBe('b.json');
    expect(await m.appendScene({ id: 's2', kind: 'map', state: '?view=map', title: '', notes: '' })).toBe(true);
    expect(kv.data.get('decks:v1')).toMatchObject({ schema: 1, rev: 1, value: { version: 1, decks: [{ id: 'd1', scenes: [{ id: 's1' }, { id: 's2' }] }] } });
  });

  it('a damaged deck or boundary file is quarantined with a notice; the app keeps its defaults', async () => {
    kv = memoryKv([['decks:v1', { version: 1, decks: 'nope' }], ['boundaries:v1', { name: 'b', prop: 3, json: null }]]);
    const m = await load();
    expect((await m.currentDeck()).scenes.length).toBeGreaterThan(0);
    expect(await m.currentBoundaries()).toBeNull();
    expect(kv.data.has('decks:v1')).toBe(false);
    expect(kv.data.get('quarantine:decks:v1')).toMatchObject({ value: { decks: 'nope' } });
    expect(kv.data.get('quarantine:boundaries:v1')).toMatchObject({ key: 'boundaries:v1' });
    expect(m.data.getState().notice).toMatchObject({ key: 'data:persist.quarantined' });
  });
});
