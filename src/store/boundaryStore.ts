/**
 * The user's boundary file: kept in memory for the map and stored (key 'boundaries:v1') through
 * the persistence guard (recordStore.ts), so it survives reloads, reaches other tabs, and a
 * damaged copy is quarantined instead of breaking the map. Stored as parsed JSON plus the chosen
 * join property.
 */
import { create } from 'zustand';
import { persistedRecord, type PersistedRecord } from './recordStore.ts';

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

let record: PersistedRecord<StoredBoundaries> | null = null;
function stored(): PersistedRecord<StoredBoundaries> {
  record ??= persistedRecord<StoredBoundaries>({
    key: BOUNDARY_KEY,
    parse: async (raw) => {
      const { boundariesSchema } = await import('./schemas.ts');
      // The file is passed through as stored (no copy of a large geometry).
      return boundariesSchema.safeParse(raw).success ? raw as StoredBoundaries : null;
    },
    onRemote: (b) => useBoundaryStore.setState({ current: b }),
  });
  return record;
}

const save = (value: StoredBoundaries | null) => {
  void stored().write(value).then((ok) => useBoundaryStore.setState({ storageFailed: !ok }));
};

export const useBoundaryStore = create<BoundaryState>()((setState, getState) => ({
  current: null,
  hydrated: false,
  storageFailed: false,
  load: (b) => {
    setState({ current: b, hydrated: true });
    save(b);
  },
  setProp: (prop) => {
    const c = getState().current;
    if (!c) return;
    const next = { ...c, prop };
    setState({ current: next });
    save(next);
  },
  clear: () => {
    setState({ current: null });
    save(null);
  },
}));

let started: Promise<StoredBoundaries | null> | null = null;
/** Read the stored file once per page; a file loaded meanwhile wins. */
export function hydrateBoundaries(): void {
  void readOnce();
}

function readOnce(): Promise<StoredBoundaries | null> {
  started ??= stored().read()
    .then((b) => {
      if (b && !useBoundaryStore.getState().current) useBoundaryStore.setState({ current: b });
      return useBoundaryStore.getState().current;
    })
    .finally(() => useBoundaryStore.setState({ hydrated: true, storageFailed: stored().memory }));
  return started;
}

/** The boundary file from anywhere (the map screen may not have run on this page). */
export function currentBoundaries(): Promise<StoredBoundaries | null> {
  const c = useBoundaryStore.getState().current;
  return c ? Promise.resolve(c) : readOnce();
}
