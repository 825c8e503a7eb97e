/**
 * One persisted record (the boundary file, the deck) through the same guard and rules as the
 * datasets: storage behind storage.ts (blocked → in memory, with a notice), a schema check on read
 * (a record that fails is quarantined, never deleted, with a notice), a revision number checked
 * inside the write transaction, and tabs told of each write (they reload the record).
 * Stored as `{ schema, rev, value }`; a bare value from before the envelope is migrated on read.
 */
import type { Kv } from './kv.ts';
import { openKv, withLock } from './storage.ts';
import { openSync, type SyncChannel } from './sync.ts';
import { QUARANTINE } from './records.ts';
import { notice } from './notices.ts';

const SCHEMA = 1;
/** idb-keyval's default database: where these records were kept before, so nothing is lost. */
const DB = 'keyval-store';
const STORE = 'keyval';

interface Envelope { schema: number; rev: number; value: unknown }

export interface RecordOptions<T> {
  key: string;
  /** The schema check (lazy: it may load zod); null when the value is not usable. */
  parse: (raw: unknown) => Promise<T | null>;
  /** The stored form of a value (default: the value itself). */
  encode?: (value: T) => unknown;
  /** Another tab wrote (or removed) the record. */
  onRemote: (value: T | null) => void;
}

export interface PersistedRecord<T> {
  /** The stored value, null when none, or when unreadable (then quarantined). */
  read: () => Promise<T | null>;
  /** true when stored; false when only kept in memory (blocked storage, quota). */
  write: (value: T | null) => Promise<boolean>;
  readonly memory: boolean;
}

let shared: { kv: Kv; memory: boolean; sync: SyncChannel; listeners: Map<string, () => void> } | null = null;

function connection() {
  if (shared) return shared;
  const { kv, memory } = openKv(DB, STORE);
  if (memory) notice('memory');
  const listeners = new Map<string, () => void>();
  const sync = openSync(`${DB}:records`, (m) => { if (m.type === 'record') listeners.get(m.key)?.(); });
  shared = { kv, memory, sync, listeners };
  return shared;
}

const isEnvelope = (v: unknown): v is Envelope =>
  typeof v === 'object' && v !== null && (v as Envelope).schema === SCHEMA && typeof (v as Envelope).rev === 'number' && 'value' in v;

export function persistedRecord<T>(o: RecordOptions<T>): PersistedRecord<T> {
  const c = connection();
  let rev = 0;
  const read = async (): Promise<T | null> => {
    let raw: unknown;
    try {
      raw = await c.kv.get(o.key);
    } catch {
      return null; // storage refused the read: nothing to show, nothing to move
    }
    if (raw === undefined) return null;
    const env = isEnvelope(raw) ? raw : { schema: SCHEMA, rev: 0, value: raw };
    const value = await o.parse(env.value);
    if (value === null) {
      await c.kv.commit({ set: [[`${QUARANTINE}${o.key}`, { key: o.key, at: new Date().toISOString(), value: raw }]], del: [o.key] })
        .then(() => notice('quarantined', { key: o.key }), (e: unknown) => notice('corrupt', { key: o.key }, e));
      return null;
    }
    rev = env.rev;
    return value;
  };
  c.listeners.set(o.key, () => { void read().then(o.onRemote); });
  const write = (value: T | null) => withLock(`${DB}:${o.key}`, async () => {
    try {
      // The newest write wins; the revision check keeps the write whole against a tab without locks.
      for (let i = 0; i < 5; i++) {
        const stored = await c.kv.get<unknown>(o.key);
        const seen = isEnvelope(stored) ? stored.rev : 0;
        const next: Envelope = { schema: SCHEMA, rev: Math.max(rev, seen) + 1, value: value === null ? null : o.encode ? o.encode(value) : value };
        const ok = await c.kv.commit({
          ...(value === null ? { del: [o.key] } : { set: [[o.key, next]] }),
          check: { key: o.key, test: (v) => (isEnvelope(v) ? v.rev : 0) === seen },
        });
        if (ok) {
          rev = next.rev;
          c.sync.post({ type: 'record', key: o.key, from: c.sync.tab });
          return !c.memory;
        }
      }
      return false;
    } catch {
      return false;
    }
  });
  return { read, write, memory: c.memory };
}
