/** Storage notices: one message key per situation (data:persist.*), shown in the header. */
import { useDataStore } from './index.ts';
import type { Notice } from './dataStore.ts';

export type NoticeKey =
  | 'unavailable' | 'quota' | 'notSaved' | 'corrupt' | 'quarantined' | 'newer' | 'migrated' | 'remote'
  | 'conflict' | 'lostRaceReplace' | 'lostRaceMerge' | 'wonRaceReplace' | 'wonRaceMerge' | 'historyDamaged'
  | 'dangling' | 'orphans' | 'repaired' | 'memory';

const KIND: Record<NoticeKey, Notice['kind']> = {
  unavailable: 'warning', memory: 'warning', quota: 'warning', notSaved: 'warning', corrupt: 'error', quarantined: 'error',
  newer: 'warning', migrated: 'info', remote: 'info', conflict: 'warning', lostRaceReplace: 'warning',
  lostRaceMerge: 'warning', wonRaceReplace: 'warning', wonRaceMerge: 'warning', historyDamaged: 'error',
  dangling: 'error', orphans: 'warning', repaired: 'info',
};
const REPAIR = new Set<NoticeKey>(['quarantined', 'corrupt', 'historyDamaged', 'dangling', 'orphans']);
const RANK = { info: 0, warning: 1, error: 2 };

/** Shows a storage notice; an info never hides a warning or error still on screen. */
export function notice(key: NoticeKey, params?: Notice['params'], err?: unknown): void {
  const kind = KIND[key];
  const st = useDataStore.getState();
  const shown = st.notice;
  if (!(shown && kind === 'info' && RANK[shown.kind] > 0)) {
    st.setNotice({ kind, key: `data:persist.${key}`, ...(params ? { params } : {}), ...(REPAIR.has(key) ? { repair: true } : {}) });
  }
  if (err) console.warn('persistence:', err);
}

export function isQuota(e: unknown): boolean {
  return e instanceof DOMException && (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED');
}
