/**
 * Timeline events: the built-in ones (read-only) and the user's own, added here and saved with
 * the data (Dataset.events; the data store persists it and undo takes an addition back).
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataStore, useDataset } from '../../store/index.ts';
import { checkUserEvent, eventsFor, readUserEvents, withUserEvents } from '../../domain/events.ts';
import type { Lang } from '../../i18n/format.ts';
import { newId } from './deck.ts';

export function EventsPanel({ lang }: { lang: Lang }) {
  const { t } = useTranslation('present');
  const ds = useDataset();
  const [date, setDate] = useState('');
  const [label, setLabel] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState('');
  const user = readUserEvents(ds.events);
  const builtin = eventsFor(ds).filter((e) => e.kind !== 'user');

  const save = (list: typeof user, what: string) => useDataStore.getState().apply(withUserEvents(ds, list), what);
  const add = (e: FormEvent) => {
    e.preventDefault();
    const ev = { id: newId('e'), date, label: label.trim(), ...(note.trim() ? { note: note.trim() } : {}) };
    const bad = checkUserEvent(ev);
    if (bad) { setError(t(`events.bad.${bad}`)); return; }
    save([...user, ev], t('events.added', { label: ev.label }));
    setDate(''); setLabel(''); setNote(''); setError('');
  };

  return (
    <section className="p-events" aria-labelledby="p-events-title">
      <h3 id="p-events-title">{t('events.title')}</h3>
      <ul className="p-event-list">
        {builtin.map((e) => <li key={e.id}><span className="p-event-date">{e.date}</span> {e.label[lang]}</li>)}
        {user.map((e) => (
          <li key={e.id} data-testid="user-event">
            <span className="p-event-date">{e.date}</span> <strong>{e.label}</strong>{e.note ? ` — ${e.note}` : ''}
            <button type="button" onClick={() => save(user.filter((u) => u.id !== e.id), t('events.removed', { label: e.label }))}
              aria-label={`${t('editor.remove')} ${e.label}`}>✕</button>
          </li>
        ))}
      </ul>
      <form onSubmit={add} className="p-event-form">
        <label className="p-field">{t('events.date')}<input type="date" value={date} onChange={(e) => setDate(e.target.value)} required /></label>
        <label className="p-field">{t('events.label')}<input value={label} maxLength={120} onChange={(e) => setLabel(e.target.value)} required /></label>
        <label className="p-field">{t('events.note')}<input value={note} maxLength={1000} onChange={(e) => setNote(e.target.value)} /></label>
        <button type="submit">{t('events.add')}</button>
        {error && <p className="p-warn" role="alert">{error}</p>}
      </form>
    </section>
  );
}
