/**
 * "Download a chart" for any view without touching its code: lists the figures in <main> that
 * hold an SVG, and offers PNG/SVG (title, source line, data status baked in) and, when the figure
 * carries its data table, CSV of that table.
 */
import { useRef, useState } from 'react';
import { usePopup } from '../focus.ts';
import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../domain/dataset.ts';
import type { Lang } from '../../i18n/format.ts';
import { ExportMenu } from './ExportMenu.tsx';

interface Found { key: string; title: string; figure: HTMLElement }

function largestSvg(fig: HTMLElement): SVGSVGElement | null {
  let best: SVGSVGElement | null = null;
  let area = 0;
  fig.querySelectorAll('svg').forEach((s) => {
    const r = s.getBoundingClientRect();
    if (r.width * r.height > area) { area = r.width * r.height; best = s; }
  });
  return best;
}

export function findFigures(root: ParentNode = document): Found[] {
  const out: Found[] = [];
  root.querySelectorAll<HTMLElement>('main figure').forEach((figure, i) => {
    if (!largestSvg(figure)) return;
    const title = figure.querySelector('h2, h3, figcaption')?.textContent?.trim() || `#${i + 1}`;
    out.push({ key: `${i}`, title, figure });
  });
  return out;
}

export function tableData(figure: HTMLElement): { columns: string[]; rows: string[][] } | null {
  const table = figure.querySelector('table');
  if (!table) return null;
  const text = (c: Element) => (c.textContent ?? '').trim();
  const columns = [...table.querySelectorAll('thead th')].map(text);
  const rows = [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map(text));
  return { columns, rows };
}

export function ChartDownloads({ dataset, lang }: { dataset: Dataset; lang: Lang }) {
  const { t } = useTranslation('present');
  const [found, setFound] = useState<Found[] | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  // Esc closes the list (focus back on its button); so does moving focus out, so it never covers the tabs.
  usePopup(box, found !== null, () => setFound(null), () => button.current);
  return (
    <div className="chart-downloads" ref={box}>
      <button type="button" ref={button} aria-expanded={found !== null} onClick={() => setFound(found ? null : findFigures())}>{t('export.menu')}</button>
      {found && (
        <ul className="chart-downloads-list">
          {found.length === 0 && <li>{t('export.none')}</li>}
          {found.map((f) => {
            const table = tableData(f.figure);
            return (
              <li key={f.key}>
                <span className="chart-downloads-title">{f.title}</span>
                <ExportMenu title={f.title} dataset={dataset} lang={lang} getSvg={() => largestSvg(f.figure)}
                  {...(table ? { csv: () => table } : {})} />
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
