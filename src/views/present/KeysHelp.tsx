/** The presenter's keys, listed in a dialog ("?" or the ⌨ button); single-letter keys can be switched off here. */
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useModalFocus } from '../../ui/focus.ts';

const KEYS = [
  ['next', '→ / PageDown / Space'], ['prev', '← / PageUp'], ['ends', 'Home / End'], ['play', 'P'],
  ['fullscreen', 'F'], ['notes', 'N'], ['help', '?'], ['exit', 'Esc'],
] as const;
const LETTERS = new Set<string>(['play', 'fullscreen', 'notes', 'help']);

export function KeysHelp({ letters, onLetters, onClose }: { letters: boolean; onLetters: (on: boolean) => void; onClose: () => void }) {
  const { t } = useTranslation('present');
  const box = useRef<HTMLDivElement>(null);
  useModalFocus(box, onClose, { fallback: () => document.querySelector('.p-help-button') });
  return (
    <div className="p-editor p-help" ref={box} role="dialog" aria-modal="true" aria-labelledby="p-help-title" data-testid="p-help">
      <div className="p-editor-head">
        <h2 id="p-help-title">{t('keys.title')}</h2>
        <button type="button" onClick={onClose}>{t('editor.close')}</button>
      </div>
      <table className="p-keys">
        <caption className="sr-only">{t('keys.title')}</caption>
        <thead><tr><th scope="col">{t('keys.key')}</th><th scope="col">{t('keys.action')}</th></tr></thead>
        <tbody>
          {KEYS.map(([k, keys]) => (
            <tr key={k}><th scope="row"><kbd>{keys}</kbd></th><td>{t(`keys.do.${k}`)}{LETTERS.has(k) && !letters ? ` (${t('keys.off')})` : ''}</td></tr>
          ))}
        </tbody>
      </table>
      <p>{t('keys.buttons')}</p>
      <label className="p-check">
        <input type="checkbox" checked={letters} onChange={(e) => onLetters(e.target.checked)} data-testid="p-letter-keys" />
        {t('keys.letters')}
      </label>
    </div>
  );
}
