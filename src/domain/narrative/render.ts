/**
 * Sentence descriptors and their rendering. The domain says which sentence and with which values
 * (a Phrase); the words live in the narrative catalogue (src/i18n/messages/narrative.ts), where the
 * key-parity check covers them. Rendering is a plain function (no i18next), so the CLI, the
 * worker and the tests read the same sentences as the page.
 */
import messages, { type NarrativeMessages } from '../../i18n/messages/narrative.ts';
import { formatNumber, formatPercent, formatPp, type Lang } from '../../i18n/format.ts';

/** "root.rate", "status.on-track", …: every leaf of the catalogue. */
type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];
export type NarrativeKey = Leaves<NarrativeMessages>;

/** A value in a sentence, formatted per language when rendered. */
export type Arg =
  | number // a year or a count, written as is (2024, never "2.024")
  | { percent: number } // a rate: 1.4 → "1,40%" / "1.40%"
  | { pp: number } // an unsigned size in points: "2,24 điểm %" / "2.24 pp"
  | { number: number; digits: number }
  | { text: { vi: string; en: string } } // a name in both languages
  | Phrase // a nested fragment
  | null; // an optional fragment left out

export interface Phrase {
  key: NarrativeKey;
  params?: Record<string, Arg>;
}

export const phrase = (key: NarrativeKey, params?: Record<string, Arg>): Phrase => (params ? { key, params } : { key });

/** An unsigned size in percentage points: "2,24 điểm %" / "2.24 pp". */
export function ppSize(v: number, lang: Lang): string {
  return formatPp(Math.abs(v), lang).replace(/^\+/, '');
}

function template(key: NarrativeKey, lang: Lang): string {
  const found = key.split('.').reduce<unknown>((o, part) => (o as Record<string, unknown> | undefined)?.[part], messages[lang]);
  if (typeof found !== 'string') throw new Error(`narrative: no message ${key} in ${lang}`);
  return found;
}

function renderArg(a: Arg, lang: Lang): string {
  if (a === null) return '';
  if (typeof a === 'number') return String(a);
  if ('key' in a) return renderPhrase(a, lang);
  if ('percent' in a) return formatPercent(a.percent, lang);
  if ('pp' in a) return ppSize(a.pp, lang);
  if ('number' in a) return formatNumber(a.number, lang, a.digits);
  return a.text[lang];
}

/** A fragment in both languages at once (a derived figure's source, made once per indicator). */
export function bothLanguages(p: Phrase): { en: string; vi: string } {
  return { en: renderPhrase(p, 'en'), vi: renderPhrase(p, 'vi') };
}

/** The sentence in `lang`; a placeholder without a value is a programming error and throws. */
export function renderPhrase(p: Phrase, lang: Lang): string {
  return template(p.key, lang).replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const a = p.params?.[name];
    if (a === undefined) throw new Error(`narrative: ${p.key} needs {{${name}}}`);
    return renderArg(a, lang);
  });
}
