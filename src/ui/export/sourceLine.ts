/** "Source: a; b · Data status: illustrative figures" for exports, slides and the brief. */
import i18next from 'i18next';
import type { Dataset } from '../../domain/dataset.ts';
import type { Lang } from '../../i18n/format.ts';

export function sourceParts(ds: Dataset, lang: Lang): { source: string; status: string } {
  const t = i18next.getFixedT(lang, 'present');
  const sources = ds.sources.map((s) => s.label).join('; ') || '–';
  return { source: t('export.source', { sources }), status: t('export.status', { status: t(`export.dataStatus.${ds.status}`) }) };
}

export function sourceLine(ds: Dataset, lang: Lang): string {
  const p = sourceParts(ds, lang);
  return `${p.source} · ${p.status}`;
}
