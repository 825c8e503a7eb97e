/**
 * Header understanding by words: a folded header ("area code", "organisation unit", "ma xa") is read
 * as words from the vocabulary in synonyms.ts (HEADER_TOKENS), and a few rules give its field.
 * Every word must be known (or a filler such as "of"), so "Số hộ nghèo xã" is not a unit column.
 */
import { HEADER_TOKENS, type FieldId } from './synonyms.ts';

type Kind = keyof typeof HEADER_TOKENS;
/** Fillers that do not change a header's meaning ("Mã đơn vị hành chính", "area_name_vi"). */
const FILLERS = new Set(['of', 'the', 'cua', 'hanh', 'chinh', 'vi', 'en', 'vn', 'full', 'short', 'ngan', 'day', 'du']);

export interface TokenMatch {
  role: FieldId;
  /** The vocabulary words the rule used, in header order ("area", "code"). */
  tokens: string[];
  /** 2 for a plain rule; 1 for a weaker reading (an indicator's or a period's code), so a plainer column wins. */
  strength: number;
}

const ENTRIES = (Object.entries(HEADER_TOKENS) as [Kind, string[]][])
  .flatMap(([kind, list]) => list.map((w) => ({ kind, words: w.split(' ') })))
  // Longest phrase first: "organisation unit" before "unit".
  .sort((a, b) => b.words.length - a.words.length);

/** The vocabulary phrases in a folded header, or null when a word is not in the vocabulary. */
export function readTokens(folded: string): { kind: Kind; text: string }[] | null {
  const words = folded.split(' ').filter(Boolean);
  const found: { at: number; kind: Kind; text: string }[] = [];
  for (let i = 0; i < words.length;) {
    const hit = ENTRIES.find((e) => e.words.every((w, k) => words[i + k] === w));
    if (hit) { found.push({ at: i, kind: hit.kind, text: hit.words.join(' ') }); i += hit.words.length; continue; }
    if (!FILLERS.has(words[i]!)) return null;
    i++;
  }
  return found.map(({ kind, text }) => ({ kind, text }));
}

export function roleFromTokens(folded: string): TokenMatch | null {
  const found = readTokens(folded);
  if (!found?.length) return null;
  const has = (k: Kind) => found.some((t) => t.kind === k);
  const words = (...kinds: Kind[]) => found.filter((t) => kinds.includes(t.kind)).map((t) => t.text);
  const only = (...kinds: Kind[]) => found.every((t) => kinds.includes(t.kind));
  if (has('parent')) return { role: 'parent', tokens: words('parent', 'code', 'name', 'place'), strength: 2 };
  if (has('code') && has('indicator') && only('code', 'indicator', 'name')) return { role: 'indicator', tokens: words('indicator', 'code'), strength: 1 };
  if (has('code') && has('year') && only('code', 'year')) return { role: 'year', tokens: words('year', 'code'), strength: 1 };
  if (has('code') && only('code', 'place')) return { role: 'unit_code', tokens: words('place', 'code'), strength: 2 };
  if ((has('name') || has('place')) && only('name', 'place')) return { role: 'unit_name', tokens: words('place', 'name'), strength: 2 };
  if (has('year') && only('year')) return { role: 'year', tokens: words('year'), strength: 2 };
  if (has('indicator') && only('indicator', 'name')) return { role: 'indicator', tokens: words('indicator', 'name'), strength: 2 };
  if (has('value') && only('value')) return { role: 'value', tokens: words('value'), strength: 2 };
  return null;
}
