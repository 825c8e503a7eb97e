/**
 * The user's boundary file: kept in memory for the view and in IndexedDB (idb-keyval, key
 * 'boundaries:v1') so it survives reloads. Stored as parsed JSON plus the chosen join property.
 */
import { create } from 'zustand';
import { get, set, del } from 'idb-keyval';

export const BOUNDARY_KEY = 'boundaries:v1';

export interface StoredBoundaries { name: string; prop: string; json: unknown }

interface BoundaryState {
  current: StoredBoundaries | null;
  hydrated: boolean;
  storageFailed: boolean;
  load: (b: StoredBoundaries) => void;
  setProp: (prop: string) => void;
  clear: () => void;
}

async function persist(value: StoredBoundaries | null): Promise<boolean> {
  try {
    if (value) await set(BOUNDARY_KEY, value);
    else await del(BOUNDARY_KEY);
    return true;
  } catch {
    return false; // private mode or no IndexedDB: the map still works for this session
  }
}

export const useBoundaryStore = create<BoundaryState>()((setState, getState) => ({
  current: null,
  hydrated: false,
  storageFailed: false,
  load: (b) => {
    setState({ current: b, hydrated: true });
    void persist(b).then((ok) => setState({ storageFailed: !ok }));
  },
  setProp: (prop) => {
    const c = getState().current;
    if (!c) return;
    const next = { ...c, prop };
    setState({ current: next });
    void persist(next);
  },
  clear: () => {
    setState({ current: null });
    void persist(null);
  },
}));

let started = false;
/** Read the stored file once per page; a file loaded meanwhile wins. */
export function hydrateBoundaries(): void {
  if (started || typeof indexedDB === 'undefined') {
    useBoundaryStore.setState({ hydrated: true });
    return;
  }
  started = true;
  get<StoredBoundaries>(BOUNDARY_KEY)
    .then((b) => {
      if (b && !useBoundaryStore.getState().current) useBoundaryStore.setState({ current: b });
    })
    .catch(() => useBoundaryStore.setState({ storageFailed: true }))
    .finally(() => useBoundaryStore.setState({ hydrated: true }));
}
