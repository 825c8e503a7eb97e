/** Sentences naming each unit's leading deprivations; the words come from the i18n catalogue. */
import type { DeprivationProfile } from '../../domain/deprivation/profile.ts';
import { leading } from '../../domain/deprivation/profile.ts';
import type { DeprivationDef } from '../../domain/deprivation/lists.ts';
import { formatPercent, type Lang } from '../../i18n/format.ts';

export type Translate = (key: string, params?: Record<string, string | number>) => string;

export function leadSentence(name: string, p: DeprivationProfile, list: readonly DeprivationDef[], lang: Lang, t: Translate): string {
  if (p.poor === 0) return t('lead.noPoor', { unit: name, year: p.year });
  const top = leading(p, 3);
  if (!top.length) return t('lead.none', { unit: name });
  const label = (id: string) => (list.find((d) => d.id === id)?.label[lang] ?? id).toLowerCase();
  const item = (c: (typeof top)[number]) => `${label(c.id)} (${formatPercent(c.share!, lang, 0)})`;
  const join = (items: string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')}${t('and')}${items[items.length - 1]}`);
  const [first, ...rest] = top;
  if (first!.share! > 50) {
    return t('lead.most', { unit: name, first: label(first!.id), share: formatPercent(first!.share!, lang, 0), rest: rest.length ? t('lead.rest', { list: join(rest.map(item)) }) : '' });
  }
  return t('lead.common', { unit: name, list: join(top.map(item)) });
}
