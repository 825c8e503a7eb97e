/** Formatters used by the allocation view, in one place. */
export { collator, formatNumber, formatPercent, formatPp, type Lang } from '../../i18n/format.ts';
import { foldName } from '../../domain/units.ts';

export const foldForSearch = (s: string) => foldName(s);
