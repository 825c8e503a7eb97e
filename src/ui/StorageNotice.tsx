/**
 * The header's storage notice. It is kept as a message key, so it is worded in the current
 * language (also after a switch); damaged storage offers "Repair storage" (rebuilds the saved
 * history from every readable record, deletes nothing) instead of clearing site data.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataStore } from '../store/index.ts';
import { repairStorage } from '../store/persist.ts';

export function StorageNotice() {
  const { t } = useTranslation();
  const notice = useDataStore((s) => s.notice);
  const [busy, setBusy] = useState(false);
  if (!notice) return null;
  const repair = () => {
    setBusy(true);
    void repairStorage().finally(() => setBusy(false));
  };
  return (
    <p className={`notice notice-${notice.kind}`} role="status">
      {t(notice.key, notice.params)}
      {notice.repair && (
        <> <button type="button" className="notice-action" disabled={busy} onClick={repair}>{t('data:persist.repair')}</button></>
      )}
    </p>
  );
}
