/** Import history and remembered column mappings (by header set). Persisted by persist.ts. */
import { create } from 'zustand';

export interface ImportRecord {
  file: string;
  at: string;
  mode: 'merge' | 'replace';
  added: number;
  changed: number;
  unchanged: number;
  rejected: number;
}

interface ImportState {
  history: ImportRecord[];
  /** headerKey → one role per column; a Map so any header text is a safe key. */
  mappings: Map<string, string[]>;
  addHistory: (r: ImportRecord) => void;
  remember: (headerKey: string, mapping: string[]) => void;
  load: (history: ImportRecord[], mappings: Map<string, string[]>) => void;
}

const MAX_HISTORY = 50;

export const useImportStore = create<ImportState>()((set) => ({
  history: [],
  mappings: new Map(),
  addHistory: (r) => set((s) => ({ history: [...s.history, r].slice(-MAX_HISTORY) })),
  remember: (key, mapping) => set((s) => {
    const next = new Map(s.mappings);
    next.set(key, [...mapping]);
    return { mappings: next };
  }),
  load: (history, mappings) => set({ history, mappings }),
}));
