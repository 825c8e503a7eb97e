/**
 * The deck being presented, kept in IndexedDB (idb-keyval key 'decks:v1') so it survives reloads.
 * An offline report can hand in a deck (window.__OFFLINE_REPORT__.deck) that wins over storage.
 */
import { create } from 'zustand';
import { get, set } from 'idb-keyval';
import { defaultDeck, parseDeck, type Deck, type Scene } from './deck.ts';

export const DECKS_KEY = 'decks:v1';

interface Stored { version: 1; decks: Deck[] }

interface DeckState {
  deck: Deck;
  hydrated: boolean;
  storageFailed: boolean;
  setDeck: (d: Deck) => void;
}

async function save(deck: Deck): Promise<boolean> {
  try {
    await set(DECKS_KEY, { version: 1, decks: [deck] } satisfies Stored);
    return true;
  } catch {
    return false; // no IndexedDB (private mode, file://): the deck still works for this session
  }
}

export const useDeckStore = create<DeckState>()((setState) => ({
  deck: defaultDeck(),
  hydrated: false,
  storageFailed: false,
  setDeck: (deck) => {
    setState({ deck });
    void save(deck).then((ok) => setState({ storageFailed: !ok }));
  },
}));

function embeddedDeck(): Deck | undefined {
  const w = globalThis as { __OFFLINE_REPORT__?: { deck?: unknown } };
  const d = w.__OFFLINE_REPORT__?.deck;
  if (!d) return undefined;
  const r = parseDeck(d);
  return r.ok ? r.deck : undefined;
}

let started = false;
export function hydrateDeck(): void {
  if (started) return;
  started = true;
  const embedded = embeddedDeck();
  if (embedded) { useDeckStore.setState({ deck: embedded, hydrated: true }); return; }
  if (typeof indexedDB === 'undefined') { useDeckStore.setState({ hydrated: true }); return; }
  get<Stored>(DECKS_KEY)
    .then((s) => {
      const r = s?.decks?.[0] ? parseDeck(s.decks[0]) : undefined;
      if (r?.ok) useDeckStore.setState({ deck: r.deck });
    })
    .catch(() => useDeckStore.setState({ storageFailed: true }))
    .finally(() => useDeckStore.setState({ hydrated: true }));
}

/** The deck as stored, from anywhere in the app (the presenter may not have run on this page). */
export async function currentDeck(): Promise<Deck> {
  const st = useDeckStore.getState();
  if (st.hydrated) return st.deck;
  const embedded = embeddedDeck();
  if (embedded || typeof indexedDB === 'undefined') {
    started = true;
    useDeckStore.setState({ deck: embedded ?? st.deck, hydrated: true });
    return embedded ?? st.deck;
  }
  let deck = st.deck;
  try {
    const s = await get<Stored>(DECKS_KEY);
    const r = s?.decks?.[0] ? parseDeck(s.decks[0]) : undefined;
    if (r?.ok) deck = r.deck;
  } catch { /* keep the in-memory deck */ }
  useDeckStore.setState({ deck, hydrated: true });
  started = true;
  return deck;
}

/** Append a scene to the stored deck from anywhere in the app (the header's "add to deck"). */
export async function appendScene(scene: Scene): Promise<boolean> {
  const deck = await currentDeck();
  const next = { ...deck, scenes: [...deck.scenes, scene] };
  useDeckStore.setState({ deck: next });
  return save(next);
}
