/**
 * The header's storage notice. It is kept as a message key, so it is worded in the current
 * language (also after a switch); damaged storage offers "Repair storage" (rebuilds the saved
 * history from every readable record, deletes nothing) instead of clearing site data.
 */
import { useEffect, useState } from 'react';
import { announce } from './announce.ts';
import { useTranslation } from 'react-i18next';
import { useDataStore } from '../store/index.ts';
import { repairStorage } from '../store/persist.ts';

export function StorageNotice() {
  const { t } = useTranslation();
  const notice = useDataStore((s) => s.notice);
  const [busy, setBusy] = useState(false);
  const text = notice ? t(notice.key, notice.params) : '';
  // Inserted with its text, the notice would not be read by every screen reader: announce it once.
  useEffect(() => { if (text) announce(text); }, [text]);
  if (!notice) return null;
  const repair = () => {
    setBusy(true);
    void repairStorage().finally(() => setBusy(false));
  };
  return (
    <p className={`notice notice-${notice.kind}`}>
      {text}
      {notice.repair && (
        <> <button type="button" className="notice-action" disabled={busy} onClick={repair}>{t('data:persist.repair')}</button></>
      )}
    </p>
  );
}
