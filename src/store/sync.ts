/**
 * Two-tab sync. After a tab commits a change it announces it on a BroadcastChannel (opened
 * through the storage guard); the other tabs reload what changed. Where BroadcastChannel is
 * missing, tabs simply do not hear each other: the versioned compare-and-swap in commit.ts
 * still prevents a lost update.
 */
import { channelFactory, type ChannelFactory } from './storage.ts';

/** What a conflicting write did to the other tab's data (so that tab can say so too). */
export interface ConflictNote { mode: 'merge' | 'replace' | 'change'; label: string; over: string }

export type SyncMessage =
  | { type: 'pointer'; version: number; from: string; conflict?: ConflictNote }
  | { type: 'imports'; from: string }
  | { type: 'record'; key: string; from: string };

export interface SyncChannel {
  readonly tab: string;
  post: (m: SyncMessage) => void;
  close: () => void;
}

export type { ChannelFactory };

const TYPES = new Set(['pointer', 'imports', 'record']);

export function openSync(name: string, onMessage: (m: SyncMessage) => void, factory: ChannelFactory = channelFactory): SyncChannel {
  const tab = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  let ch: ReturnType<ChannelFactory> = null;
  try {
    ch = factory(name);
  } catch {
    ch = null;
  }
  if (ch) {
    ch.onmessage = (e: MessageEvent) => {
      const m = e.data as SyncMessage | null;
      if (m && typeof m === 'object' && TYPES.has(m.type) && m.from !== tab) onMessage(m);
    };
  }
  return {
    tab,
    post: (m) => { try { ch?.postMessage(m); } catch { /* a closed channel: nothing to tell */ } },
    close: () => { try { ch?.close(); } catch { /* already closed */ } },
  };
}
