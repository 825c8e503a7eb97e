/**
 * The working dataset and its history. An import produces a whole new Dataset value; undo pops
 * the previous one. Persistence (IndexedDB) subscribes from outside so this stays testable.
 */
import { create } from 'zustand';
import type { Dataset } from '../domain/dataset.ts';

export interface Notice {
  kind: 'info' | 'warning' | 'error';
  /** i18n key (with its namespace, e.g. 'data:persist.quota'). */
  key: string;
  params?: Record<string, string | number>;
  /** Offer the "repair storage" action with it. */
  repair?: boolean;
}

export interface DataEntry {
  dataset: Dataset;
  /** What produced this state, for the undo button and the history list. */
  label: string;
  at: string;
}

interface DataState {
  current: DataEntry;
  /** Earlier states, newest last; bounded. */
  past: DataEntry[];
  /**
   * A notice for the user (storage unavailable, a record quarantined …), shown in the header. Kept
   * as a message key and its values, so it is worded again after a language switch.
   */
  notice: Notice | null;
  /** A write to IndexedDB is in flight (a national dataset takes a second or more). */
  saving: boolean;
  /**
   * The saved data is being read at start-up. Views wait for it rather than draw the built-in data
   * first: a leader must never glimpse figures that are not the ones they loaded.
   */
  restoring: boolean;
  /** `at`: when it was applied (default now; an import gives the time its stored record holds). */
  apply: (dataset: Dataset, label: string, at?: string) => void;
  undo: () => boolean;
  load: (entry: DataEntry, past?: DataEntry[]) => void;
  setNotice: (n: DataState['notice']) => void;
  setSaving: (saving: boolean) => void;
  setRestoring: (restoring: boolean) => void;
}

const MAX_HISTORY = 10;

export function createDataStore(initial: Dataset) {
  return create<DataState>()((set, get) => ({
    current: { dataset: initial, label: initial.title.en, at: new Date(0).toISOString() },
    past: [],
    notice: null,
    saving: false,
    restoring: false,
    apply: (dataset, label, at) => set((s) => ({
      current: { dataset, label, at: at ?? new Date().toISOString() },
      past: [...s.past, s.current].slice(-MAX_HISTORY),
    })),
    undo: () => {
      const { past } = get();
      const prev = past[past.length - 1];
      if (!prev) return false;
      set({ current: prev, past: past.slice(0, -1) });
      return true;
    },
    load: (entry, past = []) => set({ current: entry, past }),
    setNotice: (notice) => set({ notice }),
    setSaving: (saving) => set({ saving }),
    setRestoring: (restoring) => set({ restoring }),
  }));
}
