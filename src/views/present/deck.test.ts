import { describe, expect, it } from 'vitest';
import { addScene, clampIndex, defaultDeck, kindForView, moveScene, parseDeck, removeScene, sceneFromState, updateScene } from './deck.ts';
import { parseUrlState } from '../../store/url.ts';

const deck = defaultDeck({ indicator: 'poverty_rate', lang: 'en' });
const kinds = (d: typeof deck) => d.scenes.map((s) => s.kind);

describe('deck', () => {
  it('the default deck tells the story in order', () => {
    expect(kinds(deck)).toEqual(['kpis', 'trend', 'map', 'ranking', 'status', 'offtrack']);
    expect(deck.scenes[0]!.state).toBe('?view=present&lang=en');
  });
  it.each([
    [0, 2, ['trend', 'map', 'kpis', 'ranking', 'status', 'offtrack']],
    [5, 0, ['offtrack', 'kpis', 'trend', 'map', 'ranking', 'status']],
    [0, 9, ['kpis', 'trend', 'map', 'ranking', 'status', 'offtrack']],
  ])('move %i → %i', (from, to, want) => {
    expect(kinds(moveScene(deck, from, to))).toEqual(want);
  });
  it('removes, adds and edits without touching the original', () => {
    expect(kinds(removeScene(deck, 1))).toEqual(['kpis', 'map', 'ranking', 'status', 'offtrack']);
    const s = sceneFromState(parseUrlState('?view=map&year=2022&lang=vi&class=jenks'), 'look at A Lưới');
    const d = addScene(deck, s, 1);
    expect(d.scenes[1]).toMatchObject({ kind: 'map', notes: 'look at A Lưới', state: '?view=map&year=2022&lang=vi&class=jenks' });
    expect(updateScene(d, 1, { notes: 'x' }).scenes[1]!.notes).toBe('x');
    expect(deck.scenes).toHaveLength(6);
  });
  it.each([['allocation', 'status'], ['map', 'map'], ['overview', 'trend'], ['data', 'kpis']] as const)('view %s → %s', (v, k) => {
    expect(kindForView(v)).toBe(k);
  });
  it('round-trips through JSON and rejects what is not a deck', () => {
    const r = parseDeck(JSON.parse(JSON.stringify(deck)));
    expect(r).toEqual({ ok: true, deck });
    expect(parseDeck(null)).toEqual({ ok: false, error: 'not-a-deck' });
    expect(parseDeck({ version: 2, scenes: [] })).toEqual({ ok: false, error: 'not-a-deck' });
    expect(parseDeck({ version: 1, scenes: [{ kind: 'nope' }] })).toEqual({ ok: false, error: 'no-scenes' });
    const odd = parseDeck({ version: 1, scenes: [{ kind: 'map', id: '<x>', state: '?view=hack&year=2023', notes: 5 }] });
    expect(odd.ok && odd.deck.scenes[0]).toMatchObject({ kind: 'map', state: '?view=overview&year=2023&lang=vi', notes: '' });
    expect(odd.ok && odd.deck.scenes[0]!.id).not.toBe('<x>');
  });
  it.each([[undefined, 6, 0], ['3', 6, 2], ['99', 6, 5], ['0', 6, 0], ['x', 6, 0], ['2', 0, 0]] as const)('scene=%s of %i → index %i', (raw, n, want) => {
    expect(clampIndex(raw, n)).toBe(want);
  });
});
