/** File picker and drop zone, detection overrides, progress with cancel, and what was detected. */
import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ENCODINGS, isEncoding } from '../../ingest/decode.ts';
import { isDelimiter } from '../../ingest/papa.ts';
import { INDICATOR_IDS, INDICATORS, type IndicatorId } from '../../domain/indicators.ts';
import type { IngestOptions, ImportReport } from '../../ingest/types.ts';
import { headerRowsText } from './model.ts';

interface Props {
  onFile: (f: File) => void;
  opts: IngestOptions;
  setOpts: (f: (o: IngestOptions) => IngestOptions) => void;
  result: ImportReport | null;
  fileName: string | null;
  progress: number | null;
  onCancel: () => void;
  error: string | null;
}

const DELIMS: [string, string][] = [[',', 'comma'], [';', 'semicolon'], ['\t', 'tab'], ['|', 'pipe']];

export function UploadPanel({ onFile, opts, setOpts, result, fileName, progress, onCancel, error }: Props) {
  const { t, i18n } = useTranslation('data');
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const [over, setOver] = useState(false);
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const f = e.dataTransfer.files[0];
    if (f) onFile(f);
  };
  const fatal = result?.fatal;
  return (
    <section className="data-card" aria-labelledby="upload-h">
      <h3 id="upload-h">{t('upload.heading')}</h3>
      <div className={`drop-zone${over ? ' is-over' : ''}`} onDragOver={(e) => { e.preventDefault(); setOver(true); }} onDragLeave={() => setOver(false)} onDrop={drop} data-testid="drop-zone">
        <label className="file-pick">
          <span>{t('upload.choose')}</span>
          <input type="file" data-testid="file-input" accept=".csv,.tsv,.txt,.json,.xlsx,text/csv,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => { const f = e.target.files?.[0]; if (f) onFile(f); e.target.value = ''; }} />
        </label>
        <p className="drop-hint">{t('upload.drop')}</p>
      </div>
      {fileName && (
        <div className="toolbar upload-options">
          <label>{t('upload.encoding')}
            <select value={opts.encoding ?? ''} onChange={(e) => { const v = e.target.value; setOpts((o) => ({ ...o, encoding: isEncoding(v) ? v : undefined })); }}>
              <option value="">{t('upload.auto')}{result?.encoding ? ` (${result.encoding})` : ''}</option>
              {ENCODINGS.map((x) => <option key={x} value={x}>{x}</option>)}
            </select>
          </label>
          <label>{t('upload.delimiter')}
            <select value={opts.delimiter ?? ''} onChange={(e) => { const v = e.target.value; setOpts((o) => ({ ...o, delimiter: isDelimiter(v) ? v : undefined })); }}>
              <option value="">{t('upload.auto')}</option>
              {DELIMS.map(([d, k]) => <option key={k} value={d}>{t(`upload.${k}`)}</option>)}
            </select>
          </label>
          {result && result.sheets.length > 1 && (
            <label>{t('upload.sheet')}
              <select value={String(opts.sheet ?? result.sheets[0])} onChange={(e) => { const v = e.target.value; setOpts((o) => ({ ...o, sheet: v })); }}>
                {result.sheets.map((s) => <option key={s} value={s}>{s}</option>)}
              </select>
            </label>
          )}
          <label>{t('upload.headerRow')}
            <input type="number" min={1} value={opts.headerRow ?? result?.headerRow ?? ''} style={{ width: '5em' }}
              onChange={(e) => { const n = Number(e.target.value); setOpts((o) => ({ ...o, headerRow: n >= 1 ? n : undefined, mapping: undefined })); }} />
          </label>
          <label>{t('upload.defaultYear')}
            <input type="number" min={1900} max={2100} value={opts.year ?? ''} style={{ width: '6em' }}
              onChange={(e) => { const n = Number(e.target.value); setOpts((o) => ({ ...o, year: n >= 1900 && n <= 2100 ? n : undefined })); }} />
          </label>
          <label>{t('upload.defaultIndicator')}
            <select value={opts.indicator ?? ''} onChange={(e) => { const v = e.target.value as IndicatorId | ''; setOpts((o) => ({ ...o, indicator: v || undefined })); }}>
              <option value="">{t('upload.auto')}</option>
              {INDICATOR_IDS.map((id) => <option key={id} value={id}>{INDICATORS[id].label[lang]}</option>)}
            </select>
          </label>
        </div>
      )}
      {progress !== null && (
        <div className="progress-row">
          <label>{t('upload.reading', { file: fileName ?? '' })}
            <progress value={progress} max={1} data-testid="import-progress">{Math.round(progress * 100)}%</progress>
          </label>
          <button type="button" onClick={onCancel} data-testid="import-cancel">{t('upload.cancel')}</button>
        </div>
      )}
      {error && <p className="notice notice-error" role="alert">{t('upload.failed', { message: error })}</p>}
      {fatal && <p className="notice notice-error" role="alert" data-testid="import-fatal">{t(`issue.${fatal.code}`, { file: result.file, ...fatal.params })} {fatal.code === 'unreadable' ? fatal.message : ''}</p>}
      {result && !fatal && (
        <p className="detected" data-testid="detected">
          {t('upload.detected', { file: result.file, format: result.format, encoding: result.encoding ?? '–', delimiter: result.delimiter === '\t' ? 'TAB' : result.delimiter ?? '–', row: headerRowsText(result) })}
        </p>
      )}
    </section>
  );
}
