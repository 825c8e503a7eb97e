/** Generated, target-aware summaries (vi and en) from a dataset; the words are in the narrative catalogue. */
import type { Dataset } from '../dataset.ts';
import type { Lang } from '../../i18n/format.ts';
import type { AllocationMethod } from '../allocation/index.ts';
import { narrativeFacts } from './facts.ts';
import { narrativeText, type Narrative } from './text.ts';

export { narrativeFacts, narrativeYear, type NarrativeFacts, type LaggardFact } from './facts.ts';
export { narrativePhrases, narrativeText, type Narrative } from './text.ts';
export { ppSize, renderPhrase, type Phrase, type NarrativeKey, type Arg } from './render.ts';

/** Summary of the dataset at `year` (default: latest). Call: `summarize(ds, 'en').text`. */
export function summarize(ds: Dataset, lang: Lang, opts: { year?: number | null; method?: AllocationMethod } = {}): Narrative {
  return narrativeText(narrativeFacts(ds, opts), lang);
}
