/**
 * Dataset records written by the import worker (src/ingest/workerStore.ts). Structured-cloning a
 * national dataset into IndexedDB takes a second or more; done by the worker, the page's save
 * then commits only the pointer, the history and the mappings (commit.ts).
 *
 * A staged record is a `ds:` key that no pointer names yet. It is never shown: only a pointer
 * makes a record current or part of the undo history. The save that stores its import names it,
 * or deletes it in that same transaction (the import was undone, re-based on another tab's data,
 * or the worker's write failed or was cut off); a failed save and an abandoned import delete it.
 * While it is staged the tab holds a Web Lock named after it, so another tab starting meanwhile
 * does not count it as an orphan. A tab closed mid-way leaves it unnamed: the next start reports
 * it as an orphan, and "Repair storage" can bring it back into the undo history.
 */
import type { StoreTarget } from '../ingest/workerStore.ts';
import { encodeHead } from './persistCodec.ts';
import { newKey } from './records.ts';
import { heldLocks, holdLock } from './storage.ts';

export interface Staged {
  readonly key: string;
  /** What the worker needs to write the record. */
  readonly target: StoreTarget;
  /** When the record was applied (the entry's `at`, which the record holds too). */
  readonly at: string;
  /** True once the worker's write committed; false when it failed or its outcome is unknown. Never rejects. */
  readonly written: Promise<boolean>;
  /** Hands over the worker's answer (the first call counts). */
  settle: (answer: Promise<boolean>) => void;
  /** Ends the staging: the record is now named by the pointer, or deleted (the first call counts). */
  done: () => void;
}

const lockPrefix = (db: string) => `${db}:staged:`;

export function createStaged(db: string, objectStore: string, label: string, at: string, onDone: () => void): Staged {
  const key = newKey();
  const release = holdLock(`${lockPrefix(db)}${key}`);
  let settle!: (answer: Promise<boolean>) => void;
  const written = new Promise<boolean>((resolve) => { settle = (a) => resolve(a.then((ok) => ok === true, () => false)); });
  let ended = false;
  return {
    key, at, written, settle,
    target: { db, objectStore, key, head: encodeHead(label, at) },
    done: () => { if (ended) return; ended = true; release(); onDone(); },
  };
}

/** Records staged by a tab that is still open (it holds their lock): in flight, not orphans. */
export async function stagedInFlight(db: string): Promise<Set<string>> {
  const prefix = lockPrefix(db);
  return new Set([...await heldLocks(prefix)].map((n) => n.slice(prefix.length)));
}
