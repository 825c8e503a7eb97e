/**
 * "Repair storage": instead of clearing site data (which deletes every saved dataset), rebuild
 * the pointer from every readable record. Damaged records are quarantined on the way (records.ts);
 * records no pointer names (orphans) are put back into the undo history, oldest first, so the
 * user can reach them again; nothing is deleted.
 */
import { useDataStore } from './index.ts';
import type { DataEntry } from './dataStore.ts';
import { BUILTIN, IMPORTS, MAX_PAST, POINTER, RECORD, loadEntry, readHistoryRecords, readPointerRecord, type TabState } from './records.ts';
import { notice } from './notices.ts';
import { stagedInFlight } from './staged.ts';
import type { Pointer } from './validate.ts';

export async function repairRecords(tab: TabState): Promise<void> {
  const stored = await readPointerRecord(tab);
  const { history } = await readHistoryRecords(tab);
  const { current: here, past: herePast } = useDataStore.getState();
  const held = [...herePast, here];
  const readable = new Map<string, DataEntry>();
  let unreadable = 0;
  const named = stored ? [stored.current, ...stored.past] : [];
  // A record an import worker has just written, not yet named by its tab's save, is not recovered.
  const inFlight = await stagedInFlight(tab.db);
  for (const k of await tab.kv.keys()) {
    if (!k.startsWith(RECORD) || (inFlight.has(k) && !named.includes(k))) continue;
    const r = await loadEntry(tab, k, held);
    if ('entry' in r) readable.set(k, r.entry);
    else unreadable++;
  }
  const orphans = [...readable.keys()].filter((k) => !named.includes(k)).sort((a, b) => readable.get(a)!.at.localeCompare(readable.get(b)!.at));
  const pointed = (stored?.past ?? []).filter((k) => k === BUILTIN || readable.has(k));
  let current = stored && (stored.current === BUILTIN || readable.has(stored.current)) ? stored.current : null;
  const chain = [...orphans, ...pointed];
  if (!current) current = chain.pop() ?? BUILTIN;
  const past = chain.filter((k) => k !== current).slice(-MAX_PAST);
  const version = (stored?.version ?? 0) + 1;
  const pointer: Pointer = { current, past, version };
  const ok = await tab.kv.commit({
    set: [[POINTER, pointer], [IMPORTS, history]],
    check: { key: POINTER, test: (v) => ((v as { version?: unknown } | undefined)?.version ?? 0) === (stored?.version ?? 0) },
  });
  if (!ok) throw new Error('the stored data changed during the repair');
  const entry = (k: string) => (k === BUILTIN ? tab.builtin : readable.get(k)!);
  tab.version = version;
  tab.storedLabel = entry(current).label;
  tab.quiet(() => useDataStore.getState().load(entry(current), past.map(entry)));
  const recovered = orphans.filter((k) => k === current || past.includes(k)).length;
  // The repair notice replaces the one that offered it.
  useDataStore.getState().setNotice(null);
  notice('repaired', { recovered, quarantined: unreadable });
}
