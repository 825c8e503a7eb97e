/**
 * A deck: an ordered list of scenes. Each scene is a kind (what is drawn) plus the view state it
 * was taken from (indicator, year, unit, URL extras), and speaker notes. Plain data, so it can be
 * stored, exported as JSON and checked on import.
 */
import { parseUrlState, toSearch, type UrlState } from './url.ts';

export const SCENE_KINDS = ['kpis', 'trend', 'map', 'ranking', 'status', 'offtrack', 'deprivation', 'scorecard'] as const;
/** The default deck's story; other kinds (deprivation, scorecard) are added from their screen or the editor. */
export const DEFAULT_KINDS: readonly SceneKind[] = ['kpis', 'trend', 'map', 'ranking', 'status', 'offtrack'];
export type SceneKind = (typeof SCENE_KINDS)[number];

export interface Scene {
  id: string;
  kind: SceneKind;
  /** Saved URL state (a search string such as "?view=map&year=2023&lang=vi"). */
  state: string;
  /** Optional title; the kind's title is used when empty. */
  title: string;
  notes: string;
}

export interface Deck {
  version: 1;
  id: string;
  name: string;
  scenes: Scene[];
}

let counter = 0;
export function newId(prefix = 's'): string {
  counter += 1;
  return `${prefix}${Date.now().toString(36)}${counter.toString(36)}`;
}

/** The default deck: the story from the data, in order. Notes left empty use the built-in ones. */
export function defaultDeck(base: Pick<UrlState, 'indicator' | 'lang'> = { indicator: 'poverty_rate', lang: 'vi' }): Deck {
  const state = toSearch({ view: 'present', year: null, indicator: base.indicator, unit: null, lang: base.lang, extra: {} });
  return {
    version: 1, id: 'default', name: 'default',
    scenes: DEFAULT_KINDS.map((kind) => ({ id: `default-${kind}`, kind, state, title: '', notes: '' })),
  };
}

/** Which scene kind best shows a saved view. */
export function kindForView(view: UrlState['view']): SceneKind {
  return view === 'deprivation' ? 'deprivation' : view === 'map' ? 'map' : view === 'allocation' ? 'status' : view === 'data' ? 'kpis' : view === 'scorecard' ? 'scorecard' : 'trend';
}

export function sceneFromState(s: UrlState, notes = ''): Scene {
  return { id: newId(), kind: kindForView(s.view), state: toSearch(s), title: '', notes };
}

export function sceneState(scene: Scene): UrlState {
  return parseUrlState(scene.state);
}

export function moveScene(deck: Deck, from: number, to: number): Deck {
  if (from === to || from < 0 || to < 0 || from >= deck.scenes.length || to >= deck.scenes.length) return deck;
  const scenes = [...deck.scenes];
  const [s] = scenes.splice(from, 1);
  scenes.splice(to, 0, s!);
  return { ...deck, scenes };
}

export function removeScene(deck: Deck, index: number): Deck {
  if (index < 0 || index >= deck.scenes.length) return deck;
  return { ...deck, scenes: deck.scenes.filter((_, i) => i !== index) };
}

export function addScene(deck: Deck, scene: Scene, at = deck.scenes.length): Deck {
  const scenes = [...deck.scenes];
  scenes.splice(Math.max(0, Math.min(at, scenes.length)), 0, scene);
  return { ...deck, scenes };
}

export function updateScene(deck: Deck, index: number, patch: Partial<Pick<Scene, 'notes' | 'title' | 'kind'>>): Deck {
  return { ...deck, scenes: deck.scenes.map((s, i) => (i === index ? { ...s, ...patch } : s)) };
}

const MAX_TEXT = 20_000;

function isKind(k: unknown): k is SceneKind {
  return typeof k === 'string' && (SCENE_KINDS as readonly string[]).includes(k);
}

/** Check an imported deck (untrusted JSON). Returns the deck or an error key. */
export function parseDeck(json: unknown): { ok: true; deck: Deck } | { ok: false; error: 'not-a-deck' | 'no-scenes' } {
  if (!json || typeof json !== 'object') return { ok: false, error: 'not-a-deck' };
  const o = json as Record<string, unknown>;
  if (o.version !== 1 || !Array.isArray(o.scenes)) return { ok: false, error: 'not-a-deck' };
  const scenes: Scene[] = [];
  for (const raw of o.scenes.slice(0, 200)) {
    if (!raw || typeof raw !== 'object') continue;
    const r = raw as Record<string, unknown>;
    if (!isKind(r.kind)) continue;
    const state = typeof r.state === 'string' ? toSearch(parseUrlState(r.state.slice(0, 2000))) : toSearch(parseUrlState(''));
    scenes.push({
      id: typeof r.id === 'string' && /^[\w-]{1,64}$/.test(r.id) ? r.id : newId(),
      kind: r.kind, state,
      title: typeof r.title === 'string' ? r.title.slice(0, 200) : '',
      notes: typeof r.notes === 'string' ? r.notes.slice(0, MAX_TEXT) : '',
    });
  }
  if (scenes.length === 0) return { ok: false, error: 'no-scenes' };
  const name = typeof o.name === 'string' ? o.name.slice(0, 100) : 'deck';
  const id = typeof o.id === 'string' && /^[\w-]{1,64}$/.test(o.id) ? o.id : newId('d');
  return { ok: true, deck: { version: 1, id, name, scenes } };
}

/** Clamp a scene index from the URL. */
export function clampIndex(raw: string | undefined, n: number): number {
  const i = Number(raw);
  if (!Number.isInteger(i) || n === 0) return 0;
  return Math.max(0, Math.min(n - 1, i - 1));
}
