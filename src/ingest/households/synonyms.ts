/** Header synonyms for the indicators that household lists produce (dep_*, ethnic minority), folded. */
import { DEPRIVATIONS_2022, type DeprivationId } from '../../domain/deprivation/lists.ts';

type Id = DeprivationId | 'ethnic_minority_households' | 'ethnic_minority_rate';

export const HOUSEHOLD_SYNONYMS: Record<Id, string[]> = {
  ethnic_minority_households: ['so ho dan toc thieu so', 'ho dan toc thieu so', 'ho dtts', 'ethnic minority households', 'ethnic_minority_households'],
  ethnic_minority_rate: ['ty le ho dan toc thieu so', 'ethnic minority rate', 'ethnic_minority_rate'],
  ...(Object.fromEntries(DEPRIVATIONS_2022.map((x) => [x.id, [x.id, `ho ngheo thieu hut ${x.headers[0]!}`]])) as Record<DeprivationId, string[]>),
};
