/**
 * The summary's sentences from NarrativeFacts. No language model: each sentence is a fixed
 * template from the narrative catalogue with numbers formatted per language, so the same data
 * always reads the same way. This file decides which sentences and values; render.ts words them.
 */
import type { Lang } from '../../i18n/format.ts';
import type { SimpleStatus } from '../progress.ts';
import type { LaggardFact, NarrativeFacts } from './facts.ts';
import { phrase, renderPhrase, type Phrase } from './render.ts';

export interface Narrative {
  sentences: string[];
  /** All sentences as one paragraph. */
  text: string;
}

const both = (vi: string, en: string) => ({ text: { vi, en } });
/** Statuses that have a sentence before the target year ("no-data" and "no-target" have none). */
const judged = (s: SimpleStatus): s is Exclude<SimpleStatus, 'no-data' | 'no-target'> => s !== 'no-data' && s !== 'no-target';

function rootSentences(f: NarrativeFacts): Phrase[] {
  const h = f.headline;
  const name = { text: f.root.name };
  if (!h.latest) return [phrase('root.noRate', { name })];
  let change: Phrase | null = null;
  if (h.changePp !== undefined && h.previous) {
    const year = h.previous.year;
    if (Math.abs(h.changePp) < 0.005) change = phrase('root.unchanged', { year });
    else change = phrase(h.changePp < 0 ? 'root.down' : 'root.up', { size: { pp: h.changePp }, year });
  }
  // A verdict on an expected figure is a forecast of the verdict, and reads as one.
  const expected = h.latest.provenance.kind === 'expected';
  const out = [phrase('root.rate', {
    year: h.latest.year, name, value: { percent: h.latest.value }, qualifier: expected ? phrase('root.expected') : null, change,
  })];
  const t = h.target;
  const verdict = h.engine?.verdict;
  if (t && verdict) {
    const key = verdict.met ? (expected ? 'verdict.metExpected' : 'verdict.met') : (expected ? 'verdict.missedExpected' : 'verdict.missed');
    out.push(phrase(key, { year: verdict.year, target: { percent: verdict.target }, by: { pp: verdict.byPp } }));
  } else if (t && judged(h.status)) {
    out.push(phrase(`status.${h.status}`, { name, target: { percent: t.value }, year: t.year, gap: { pp: h.gap ?? 0 } }));
  }
  return out;
}

function paceComparison(l: LaggardFact): Phrase {
  if (l.pace === undefined) return phrase('pace.none');
  if (l.pace <= 0) return phrase('pace.notFalling');
  const pace = { pp: l.pace };
  const m = l.required / l.pace;
  if (m >= 1.85 && m <= 2.15) return phrase('pace.twice', { pace });
  if (m > 1.15) return phrase('pace.times', { times: { number: m, digits: 1 }, pace });
  if (m >= 0.87) return phrase('pace.about', { pace });
  return phrase('pace.less', { pace });
}

function unitSentences(f: NarrativeFacts): Phrase[] {
  if (f.total === 0 || f.year === null) return [];
  const level = phrase(`level.${f.level ?? 'unit'}`);
  const good = f.counts.achieved + f.counts['on-track'];
  const known = f.total - f.counts['no-data'];
  const out: Phrase[] = [];
  if (known > 0) {
    const met = f.counts.achieved;
    out.push(phrase('units.counts', { good, total: f.total, level, met: met ? phrase('units.met', { count: met }) : null }));
  }
  const l = f.hardest;
  if (l) {
    out.push(phrase('units.hardest', {
      name: { text: l.name }, qualifier: l.kind === 'expected' ? phrase('units.expected') : null, required: { pp: l.required },
      target: { percent: l.target }, year: l.targetYear, pace: paceComparison(l),
    }));
  }
  if (f.behind.length) {
    const names = (lang: 'vi' | 'en') => f.behind.map((b) => b.name[lang]).join(', ');
    out.push(phrase('units.behind', { names: both(names('vi'), names('en')) }));
  } else if (known > 0) {
    out.push(phrase('units.noneBehind', { level }));
  }
  if (f.counts['no-data']) out.push(phrase('units.noData', { count: f.counts['no-data'], level }));
  return out;
}

/** The sentences as descriptors (key and values), before any language is chosen. */
export function narrativePhrases(f: NarrativeFacts): Phrase[] {
  return [...rootSentences(f), ...unitSentences(f)];
}

export function narrativeText(f: NarrativeFacts, lang: Lang): Narrative {
  const sentences = narrativePhrases(f).map((p) => renderPhrase(p, lang));
  return { sentences, text: sentences.join(' ') };
}
