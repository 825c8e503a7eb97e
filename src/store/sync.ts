/**
 * Two-tab sync. After a tab switches the stored pointer it announces the new version on a
 * BroadcastChannel; the other tabs reload the pointer and its datasets. Where BroadcastChannel is
 * missing, tabs simply do not hear each other (the version check in persist.ts still prevents a
 * lost update). The pointer's read-compare-write runs under a Web Lock when the browser has them.
 */

export type SyncMessage = { type: 'pointer'; version: number; from: string } | { type: 'imports'; from: string };

export interface SyncChannel {
  readonly tab: string;
  post: (m: SyncMessage) => void;
  close: () => void;
}

export type ChannelFactory = (name: string) => { postMessage: (m: unknown) => void; close: () => void; onmessage: ((e: MessageEvent) => void) | null } | null;

const defaultFactory: ChannelFactory = (name) => (typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(name));

export function openSync(name: string, onMessage: (m: SyncMessage) => void, factory: ChannelFactory = defaultFactory): SyncChannel {
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
      if (m && typeof m === 'object' && (m.type === 'pointer' || m.type === 'imports') && m.from !== tab) onMessage(m);
    };
  }
  return {
    tab,
    post: (m) => { try { ch?.postMessage(m); } catch { /* a closed channel: nothing to tell */ } },
    close: () => ch?.close(),
  };
}

/** Runs `fn` under an exclusive Web Lock of this name when available, else directly. */
export function withLock<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  return locks ? (locks.request(name, fn) as Promise<T>) : fn();
}
