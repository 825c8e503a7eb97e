/** Dialog to set a unit's target by hand (whole households) with a required reason; the unit is then locked. */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface EditRequest { code: string; name: string; current: number }

export function TargetEditor({ req, onSave, onClose }: { req: EditRequest | null; onSave: (code: string, target: number, reason: string) => void; onClose: () => void }) {
  const { t } = useTranslation('allocation');
  const ref = useRef<HTMLDialogElement>(null);
  const [value, setValue] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (req && !d.open) {
      setValue(String(req.current));
      setReason('');
      setError(null);
      if (typeof d.showModal === 'function') d.showModal();
      else d.setAttribute('open', '');
    } else if (!req && d.open) d.close();
  }, [req]);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!req) return;
    const n = Number(value.trim().replace(/[.\s]/g, '').replace(',', '.'));
    if (!Number.isInteger(n) || n < 0) { setError(t('targetInvalid')); return; }
    if (!reason.trim()) { setError(t('reasonRequired')); return; }
    onSave(req.code, n, reason.trim());
  };

  return (
    <dialog ref={ref} className="alloc-dialog" aria-labelledby="alloc-edit-title" onClose={onClose} onCancel={onClose}>
      {req && (
        <form onSubmit={submit} noValidate>
          <h2 id="alloc-edit-title">{t('editTitle', { name: req.name })}</h2>
          <label>
            {t('newTarget')}
            <input name="target" inputMode="numeric" autoFocus value={value} onChange={(e) => setValue(e.target.value)} aria-invalid={error === t('targetInvalid')} />
          </label>
          <label>
            {t('reason')}
            <input name="reason" value={reason} maxLength={200} onChange={(e) => setReason(e.target.value)} aria-invalid={error === t('reasonRequired')} />
          </label>
          {error && <p role="alert" className="alloc-error">{error}</p>}
          <div className="alloc-dialog-actions">
            <button type="submit">{t('lock')}</button>
            <button type="button" onClick={onClose}>{t('cancel')}</button>
          </div>
        </form>
      )}
    </dialog>
  );
}
