/**
 * A conversion table dropped on the data screen: what it holds (links, whole/partial, which new
 * units), the rows it rejected with file, row and column, the date it takes effect, and saving it
 * with the data. Also the list of crosswalks saved with the data.
 */
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, type Lang } from '../../i18n/format.ts';
import type { Crosswalk } from '../../domain/crosswalk.ts';
import { crosswalkCounts } from '../../domain/crosswalkApply.ts';
import type { Dataset } from '../../domain/dataset.ts';
import type { CrosswalkPreview } from '../../ingest/crosswalkFile.ts';
import { toIsoDate } from '../../domain/units.ts';

interface Props { file: string; preview: CrosswalkPreview; dataset: Dataset; lang: Lang; busy: boolean; onApply: (cw: Crosswalk) => void }

export function CrosswalkPanel({ file, preview, dataset, lang, busy, onApply }: Props) {
  const { t } = useTranslation('data');
  const [effective, setEffective] = useState(preview.effectiveGuess ?? '');
  const cw = preview.crosswalk;
  const c = crosswalkCounts(cw);
  const n = (v: number) => formatNumber(v, lang);
  const targets = new Set(cw.links.map((l) => l.toCode));
  const replaced = (dataset.crosswalks ?? []).filter((x) => x.id === cw.id || x.links.some((l) => targets.has(l.toCode)));
  const noShare = [...new Set(cw.links.filter((l) => l.kind === 'partial' && l.share === undefined).map((l) => l.toCode))];
  const nameOf = (code: string) => preview.newUnits.find((u) => u.code === code)?.name || code;
  const unknown = preview.newUnits.filter((u) => !u.known);
  const date = toIsoDate(effective, 'from');
  return (
    <section className="data-card" aria-labelledby="crosswalk-h" data-testid="crosswalk">
      <h3 id="crosswalk-h">{t('crosswalk.heading')}</h3>
      <p data-testid="crosswalk-recognised">{t('crosswalk.recognised', { file, links: n(c.links) })}</p>
      <p data-testid="crosswalk-counts">{t('crosswalk.counts', { whole: n(c.whole), partial: n(c.partial), withShare: n(c.partialWithShare), unchanged: n(c.unchanged), old: n(c.oldUnits), new: n(c.newUnits) })}</p>
      {noShare.length > 0 && <p className="notice notice-warning">{t('crosswalk.noShare', { units: noShare.map(nameOf).join(', ') })}</p>}
      {unknown.length > 0 && <p className="notice notice-warning" data-testid="crosswalk-unknown">{t('crosswalk.unknownNote', { n: unknown.length })}</p>}
      <details>
        <summary>{t('crosswalk.newUnits', { n: preview.newUnits.length })}</summary>
        <ul className="crosswalk-units" data-testid="crosswalk-units">
          {preview.newUnits.map((u) => (
            <li key={u.code}>{u.code} {u.name}{!u.known && <em> ({t('crosswalk.unknown')})</em>}</li>
          ))}
        </ul>
      </details>
      {preview.issues.length === 0 ? <p>{t('crosswalk.none')}</p> : (
        <details open>
          <summary>{t('crosswalk.issues', { n: preview.issues.length })}</summary>
          <ul data-testid="crosswalk-issues">
            {preview.issues.map((i) => <li key={`${i.row}${i.message}`}>{t(`crosswalk.issue.${i.message}`, { file, row: i.row, column: i.column, value: i.value ?? '' })}</li>)}
          </ul>
        </details>
      )}
      <label className="crosswalk-effective">{t('crosswalk.effective')}{' '}
        <input type="date" value={effective} onChange={(e) => setEffective(e.target.value)} data-testid="crosswalk-effective" required />
        {preview.effectiveGuess && effective === preview.effectiveGuess && <span className="muted"> ({t('crosswalk.effectiveGuess')})</span>}
      </label>
      {!date && <p className="notice notice-warning">{t('crosswalk.effectiveNeeded')}</p>}
      {replaced.length > 0 && <p data-testid="crosswalk-replaces">{t('crosswalk.replaces', { labels: replaced.map((x) => x.label[lang]).join(', ') })}</p>}
      <p className="muted">{t('crosswalk.ends')}</p>
      <button type="button" className="primary" data-testid="crosswalk-apply" disabled={busy || !date || cw.links.length === 0}
        onClick={() => { if (date) onApply({ ...cw, effective: date }); }}>{t('crosswalk.apply')}</button>
    </section>
  );
}

/** The crosswalks saved with the data (the built-in ones included). */
export const StoredCrosswalks = memo(function StoredCrosswalks({ dataset, lang }: { dataset: Dataset; lang: Lang }) {
  const { t } = useTranslation('data');
  const list = dataset.crosswalks ?? [];
  if (list.length === 0) return null;
  return (
    <section className="data-card" aria-labelledby="crosswalks-h" data-testid="stored-crosswalks">
      <h3 id="crosswalks-h">{t('crosswalk.stored', { n: list.length })}</h3>
      <ul>
        {list.map((x) => (
          <li key={x.id}>{t('crosswalk.item', { label: x.label[lang], effective: x.effective, links: formatNumber(x.links.length, lang), source: x.source })}</li>
        ))}
      </ul>
    </section>
  );
});
