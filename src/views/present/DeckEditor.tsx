/** Deck editing: reorder, remove, add a scene, notes and title, export/import JSON, reset. */
import { useRef, useState } from 'react';
import { useModalFocus } from '../../ui/focus.ts';
import { announce } from '../../ui/announce.ts';
import { useTranslation } from 'react-i18next';
import { addScene, defaultDeck, moveScene, newId, parseDeck, removeScene, sceneState, SCENE_KINDS, updateScene, type Deck, type SceneKind } from './deck.ts';
import { useViewStore } from '../../store/index.ts';
import { downloadBlob } from '../../ui/export/download.ts';
import type { UrlState } from '../../store/url.ts';
import { EventsPanel } from './EventsPanel.tsx';

interface Props {
  deck: Deck; index: number; onDeck: (d: Deck) => void; onGo: (i: number) => void; onClose: () => void;
  base: Pick<UrlState, 'indicator' | 'lang'>; storageFailed: boolean;
}

export function DeckEditor({ deck, index, onDeck, onGo, onClose, base, storageFailed }: Props) {
  const { t } = useTranslation('present');
  const [msg, setMsgText] = useState('');
  const setMsg = (text: string) => { setMsgText(text); announce(text); };
  const [confirmReset, setConfirmReset] = useState(false);
  const [newKind, setNewKind] = useState<SceneKind>('map');
  const file = useRef<HTMLInputElement>(null);
  const scene = deck.scenes[index];
  const box = useRef<HTMLDivElement>(null);
  // Focus moves in, Tab stays inside, Esc closes; focus returns to the button that opened it.
  useModalFocus(box, onClose, { fallback: () => document.querySelector('.p-edit-button') });

  const importFile = async (f: File) => {
    try {
      const r = parseDeck(JSON.parse(await f.text()));
      if (!r.ok) { setMsg(t('editor.importError')); return; }
      onDeck(r.deck);
      onGo(0);
      setMsg(t('editor.imported', { n: r.deck.scenes.length }));
    } catch {
      setMsg(t('editor.importError'));
    }
  };

  return (
    <div className="p-editor" ref={box} role="dialog" aria-modal="true" aria-labelledby="p-editor-title">
      <div className="p-editor-head">
        <h2 id="p-editor-title">{t('editor.title')}</h2>
        <button type="button" onClick={onClose}>{t('editor.close')}</button>
      </div>
      {storageFailed && <p className="p-warn">{t('editor.storageFailed')}</p>}
      <ol className="p-scene-list">
        {deck.scenes.map((s, i) => (
          <li key={s.id} aria-current={i === index ? 'step' : undefined}>
            <button type="button" className="p-scene-go" onClick={() => onGo(i)} title={t('editor.go')}>
              {i + 1}. {s.title || t(`kind.${s.kind}`)}
            </button>
            <span className="row">
              <button type="button" onClick={() => { onDeck(moveScene(deck, i, i - 1)); if (i === index) onGo(i - 1); }} disabled={i === 0} aria-label={`${t('editor.up')} ${i + 1}`}>↑</button>
              <button type="button" onClick={() => { onDeck(moveScene(deck, i, i + 1)); if (i === index) onGo(i + 1); }} disabled={i === deck.scenes.length - 1} aria-label={`${t('editor.down')} ${i + 1}`}>↓</button>
              <button type="button" onClick={() => { onDeck(removeScene(deck, i)); onGo(Math.min(index, deck.scenes.length - 2)); }} disabled={deck.scenes.length < 2} aria-label={`${t('editor.remove')} ${i + 1}`}>✕</button>
            </span>
          </li>
        ))}
      </ol>
      <div className="row">
        <select value={newKind} onChange={(e) => setNewKind(e.target.value as SceneKind)} aria-label={t('editor.kind')}>
          {SCENE_KINDS.map((k) => <option key={k} value={k}>{t(`kind.${k}`)}</option>)}
        </select>
        <button type="button" onClick={() => {
          const d = defaultDeck(base).scenes[0]!;
          onDeck(addScene(deck, { ...d, kind: newKind, id: newId() }, index + 1));
          onGo(index + 1);
        }}>+</button>
      </div>
      {scene && (
        <>
          <label className="p-field">{t('editor.sceneTitle')}
            <input value={scene.title} onChange={(e) => onDeck(updateScene(deck, index, { title: e.target.value }))} />
          </label>
          {sceneState(scene).view !== 'present' && (
            <button type="button" onClick={() => useViewStore.getState().replaceAll(sceneState(scene))}>{t('editor.openView')}</button>
          )}
          <label className="p-field">{t('editor.notes')}
            <textarea rows={5} value={scene.notes} onChange={(e) => onDeck(updateScene(deck, index, { notes: e.target.value }))} />
          </label>
        </>
      )}
      <div className="row">
        <button type="button" onClick={() => downloadBlob('deck.json', new Blob([JSON.stringify(deck, null, 2)], { type: 'application/json' }))}>{t('editor.exportJson')}</button>
        <button type="button" onClick={() => file.current?.click()}>{t('editor.importJson')}</button>
        <input ref={file} type="file" accept="application/json,.json" hidden data-testid="deck-import"
          onChange={(e) => { const f = e.target.files?.[0]; if (f) void importFile(f); e.target.value = ''; }} />
        <button type="button" onClick={() => {
          if (!confirmReset) { setConfirmReset(true); return; }
          onDeck(defaultDeck(base)); onGo(0); setConfirmReset(false);
        }}>{confirmReset ? t('editor.resetConfirm') : t('editor.reset')}</button>
      </div>
      <p className="p-msg">{msg}</p>
      <EventsPanel lang={base.lang} />
    </div>
  );
}
