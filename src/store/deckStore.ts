/**
 * The deck being presented, stored (key 'decks:v1') through the persistence guard
 * (recordStore.ts): it survives reloads, reaches other tabs, and a damaged copy is quarantined.
 * An offline report can hand in a deck (window.__OFFLINE_REPORT__.deck) that wins over storage.
 */
import { create } from 'zustand';
import { defaultDeck, parseDeck, type Deck, type Scene } from './deck.ts';
import { persistedRecord, type PersistedRecord } from './recordStore.ts';

export const DECKS_KEY = 'decks:v1';

interface Stored { version: 1; decks: Deck[] }

interface DeckState {
  deck: Deck;
  hydrated: boolean;
  storageFailed: boolean;
  setDeck: (d: Deck) => void;
}

let record: PersistedRecord<Deck> | null = null;
function stored(): PersistedRecord<Deck> {
  record ??= persistedRecord<Deck>({
    key: DECKS_KEY,
    parse: async (raw) => {
      const { storedDecksSchema } = await import('./schemas.ts');
      const s = storedDecksSchema.safeParse(raw);
      if (!s.success) return null;
      const r = parseDeck(s.data.decks[0]);
      return r.ok ? r.deck : null;
    },
    // Stored in the shape it always had ({ version, decks }), inside the record envelope.
    encode: (deck) => ({ version: 1, decks: [deck] } satisfies Stored),
    onRemote: (deck) => { if (deck) useDeckStore.setState({ deck }); },
  });
  return record;
}

async function save(deck: Deck): Promise<boolean> {
  const ok = await stored().write(deck);
  useDeckStore.setState({ storageFailed: !ok });
  return ok;
}

export const useDeckStore = create<DeckState>()((setState) => ({
  deck: defaultDeck(),
  hydrated: false,
  storageFailed: false,
  setDeck: (deck) => {
    setState({ deck });
    void save(deck);
  },
}));

function embeddedDeck(): Deck | undefined {
  const w = globalThis as { __OFFLINE_REPORT__?: { deck?: unknown } };
  const d = w.__OFFLINE_REPORT__?.deck;
  if (!d) return undefined;
  const r = parseDeck(d);
  return r.ok ? r.deck : undefined;
}

let started: Promise<Deck> | null = null;
/** The deck as stored, read once per page (an offline report's deck wins); a deck set meanwhile wins. */
export function currentDeck(): Promise<Deck> {
  started ??= (async () => {
    const embedded = embeddedDeck();
    const before = useDeckStore.getState().deck;
    const deck = embedded ?? await stored().read();
    const st = useDeckStore.getState();
    if (deck && st.deck === before) useDeckStore.setState({ deck });
    useDeckStore.setState({ hydrated: true, storageFailed: !embedded && stored().memory });
    return useDeckStore.getState().deck;
  })();
  return started.then(() => useDeckStore.getState().deck);
}

export function hydrateDeck(): void {
  void currentDeck();
}

/** Append a scene to the stored deck from anywhere in the app (the header's "add to deck"). */
export async function appendScene(scene: Scene): Promise<boolean> {
  const deck = await currentDeck();
  const next = { ...deck, scenes: [...deck.scenes, scene] };
  useDeckStore.setState({ deck: next });
  return save(next);
}
