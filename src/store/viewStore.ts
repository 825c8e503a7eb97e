/** View state (what is shown), mirrored in the URL. Inputs only; derived data lives in domain functions. */
import { create } from 'zustand';
import { DEFAULT_STATE, parseUrlState, toSearch, type Lang, type UrlState, type ViewId } from './url.ts';

interface ViewActions {
  setView: (view: ViewId) => void;
  setYear: (year: number | null) => void;
  setIndicator: (indicator: string) => void;
  setUnit: (unit: string | null) => void;
  setLang: (lang: Lang) => void;
  /** Set (or with undefined, remove) a view-specific URL key. */
  setExtra: (key: string, value: string | undefined) => void;
  replaceAll: (s: UrlState) => void;
}

export type ViewStore = UrlState & ViewActions;

const initial = typeof location === 'undefined' ? DEFAULT_STATE : parseUrlState(location.search);

export const useViewStore = create<ViewStore>()((set) => ({
  ...initial,
  setView: (view) => set({ view }),
  setYear: (year) => set({ year }),
  setIndicator: (indicator) => set({ indicator }),
  setUnit: (unit) => set({ unit }),
  setLang: (lang) => set({ lang }),
  setExtra: (key, value) => set((s) => {
    const extra = { ...s.extra };
    if (value === undefined) delete extra[key];
    else extra[key] = value;
    return { extra };
  }),
  replaceAll: (s) => set(s),
}));

export function currentUrlState(): UrlState {
  const { view, year, indicator, unit, lang, extra } = useViewStore.getState();
  return { view, year, indicator, unit, lang, extra };
}

/** Keep the URL in step: push on view changes (so back/forward work), replace otherwise. */
export function startUrlSync(): () => void {
  let last = toSearch(currentUrlState());
  let lastView = useViewStore.getState().view;
  let pending: ReturnType<typeof setTimeout> | undefined;
  let pushing: ReturnType<typeof setTimeout> | undefined;
  let lastWrite = 0;
  // Each entry carries its place in the history, so a popstate tells back from forward.
  const placeOf = (st: unknown) => (typeof (st as { at?: unknown } | null)?.at === 'number' ? (st as { at: number }).at : 0);
  let at = placeOf(history.state);
  const push = () => { pushing = undefined; at++; history.pushState({ at }, '', last); lastWrite = Date.now(); };
  const replace = () => history.replaceState({ at }, '', last);
  const unsub = useViewStore.subscribe(() => {
    const search = toSearch(currentUrlState());
    if (search === last) return;
    const view = useViewStore.getState().view;
    if (view !== lastView) {
      // A trailing write still pending is the last state of the entry being left: written now, so
      // back returns to it (dropping it left the entry a change or more behind).
      if (pending !== undefined) { clearTimeout(pending); pending = undefined; replace(); }
      // A quick second view change still leaves the first one in the history.
      if (pushing !== undefined) { clearTimeout(pushing); push(); }
      last = search;
      lastView = view;
      // In a task of its own, after the click's render: pushState took 30–40 ms right after a
      // national import (Chromium trace: FrameLoader::updateForSameDocumentNavigation).
      pushing = setTimeout(push, 0);
      return;
    }
    last = search;
    // The pending push writes the latest state.
    if (pushing !== undefined) return;
    // replaceState costs several ms: a single change writes at once, but changes that come faster
    // than every 150 ms (year playback) are throttled to one trailing write.
    clearTimeout(pending);
    pending = undefined;
    const now = Date.now();
    if (now - lastWrite >= 150) {
      replace();
      lastWrite = now;
    } else {
      pending = setTimeout(() => { pending = undefined; replace(); lastWrite = Date.now(); }, 150);
    }
  });
  const onPop = (e: PopStateEvent) => {
    clearTimeout(pending);
    pending = undefined;
    const to = placeOf(e.state);
    if (pushing !== undefined) {
      clearTimeout(pushing);
      pushing = undefined;
      // Back before the new view's entry was written (a page busy after a large import): the
      // browser stepped past the entry the user meant, the one still holding the view left. Step
      // forward to it; that popstate restores it.
      if (to < at) { history.forward(); return; }
    }
    at = to;
    const s = parseUrlState(location.search);
    last = toSearch(s);
    lastView = s.view;
    useViewStore.getState().replaceAll(s);
  };
  window.addEventListener('popstate', onPop);
  replace();
  return () => { clearTimeout(pending); clearTimeout(pushing); unsub(); window.removeEventListener('popstate', onPop); };
}

/** Embedded views (?embed=1) are read-only: no import, no edits, no boundary upload. */
export function useReadOnly(): boolean {
  return useViewStore((s) => s.extra.embed === '1');
}
