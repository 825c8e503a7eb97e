/**
 * Download buttons for one chart: PNG and SVG (title, source line and data status baked in) and
 * the CSV of the data behind it. `getSvg` returns the live chart element when asked.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dataset } from '../../domain/dataset.ts';
import type { Lang } from '../../i18n/format.ts';
import { buildExportSvg, serializeSvg } from './svgExport.ts';
import { svgToPng } from './png.ts';
import { writeCsv, type CsvCell as Cell } from '../../ingest/papa.ts';
import { downloadBlob, fileSlug } from './download.ts';
import { sourceParts } from './sourceLine.ts';

export interface ExportMenuProps {
  /** The live chart; without it only the CSV button is shown. */
  getSvg?: () => SVGSVGElement | null;
  title: string;
  subtitle?: string;
  dataset: Dataset;
  lang: Lang;
  csv?: () => { columns: string[]; rows: Cell[][] };
  className?: string;
}

export function exportSvgText(svg: SVGSVGElement, p: Pick<ExportMenuProps, 'title' | 'subtitle' | 'dataset' | 'lang'>): { text: string; width: number; height: number } {
  const { source, status } = sourceParts(p.dataset, p.lang);
  const out = buildExportSvg(svg, { title: p.title, ...(p.subtitle ? { subtitle: p.subtitle } : {}), source, status });
  return { text: serializeSvg(out), width: Number(out.getAttribute('width')), height: Number(out.getAttribute('height')) };
}

export function ExportMenu(props: ExportMenuProps) {
  const { t } = useTranslation('present');
  const [busy, setBusy] = useState(false);
  const name = fileSlug(props.subtitle ? `${props.title} ${props.subtitle}` : props.title);
  const svgFile = () => {
    const svg = props.getSvg?.();
    return svg ? exportSvgText(svg, props) : null;
  };
  return (
    <span className={`export-menu ${props.className ?? ''}`} role="group" aria-label={`${t('export.menu')}: ${props.title}`}>
      {props.getSvg && (<>
      <button type="button" disabled={busy} onClick={async () => {
        const f = svgFile();
        if (!f) return;
        setBusy(true);
        try { downloadBlob(`${name}.png`, await svgToPng(f.text, f.width, f.height, props.title)); } finally { setBusy(false); }
      }}>{t('export.png')}</button>
      <button type="button" onClick={() => {
        const f = svgFile();
        if (f) downloadBlob(`${name}.svg`, new Blob([f.text], { type: 'image/svg+xml' }));
      }}>{t('export.svg')}</button>
      </>)}
      {props.csv && (
        <button type="button" onClick={() => {
          const d = props.csv!();
          downloadBlob(`${name}.csv`, new Blob([writeCsv([d.columns, ...d.rows], { bom: true })], { type: 'text/csv;charset=utf-8' }));
        }}>{t('export.csv')}</button>
      )}
    </span>
  );
}
