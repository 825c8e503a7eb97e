/**
 * The data screen: upload (picker, drag-and-drop), options, mapping, report, dry-run diff, apply
 * (merge or replace), undo, the table of every observation, and exports.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataStore, useDataset, useViewStore, useReadOnly } from '../../store/index.ts';
import { useImportStore } from '../../store/importStore.ts';
import { startPersistence } from '../../store/persist.ts';
import type { Unit } from '../../domain/units.ts';
import type { MergeMode } from '../../domain/observations.ts';
import { refuseOversize, type IngestOptions, type IngestResult } from '../../ingest/pipeline.ts';
import { applyImport, diffTables } from '../../ingest/apply.ts';
import { runImport, type RunningImport } from './runImport.ts';
import { UploadPanel } from './UploadPanel.tsx';
import { MappingPanel } from './MappingPanel.tsx';
import { ReportPanel } from './ReportPanel.tsx';
import { ApplyPanel } from './ApplyPanel.tsx';
import { ObservationsTable } from './ObservationsTable.tsx';
import { ExportPanel } from './ExportPanel.tsx';
import './data.css';

interface Input { name: string; bytes: Uint8Array; units: Unit[] }

export default function DataView() {
  const { t } = useTranslation('data');
  const lang = useViewStore((s) => s.lang);
  const ds = useDataset();
  const readOnly = useReadOnly();
  const [input, setInput] = useState<Input | null>(null);
  const [opts, setOpts] = useState<IngestOptions>({});
  const [result, setResult] = useState<IngestResult | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [applied, setApplied] = useState<string | null>(null);
  const [rememberedUsed, setRememberedUsed] = useState(false);
  const running = useRef<RunningImport | null>(null);

  // Normally started at boot (main.tsx); a no-op then. Keeps imports safe if it was not wired.
  useEffect(() => { startPersistence(); }, []);
  useEffect(() => () => running.current?.cancel(), []);

  const start = (inp: Input, o: IngestOptions) => {
    running.current?.cancel();
    setInput(inp);
    setOpts(o);
    setProgress(0);
    setError(null);
    const job = runImport(inp.bytes, inp.name, o, inp.units, setProgress);
    running.current = job;
    job.result.then((r) => {
      if (running.current !== job) return;
      running.current = null;
      setProgress(null);
      if (!r) return;
      // Same header set as before: use the mapping the user chose then.
      const remembered = useImportStore.getState().mappings.get(r.headerKey);
      if (!o.mapping && remembered && remembered.length === r.headers.length && remembered.join() !== r.mapping.join()) {
        setRememberedUsed(true);
        start(inp, { ...o, mapping: remembered });
        return;
      }
      setResult(r);
    }, (e: Error) => { setProgress(null); setError(e.message); });
  };
  const updateOpts = (f: (o: IngestOptions) => IngestOptions) => { if (input) start(input, f(opts)); };

  const onFile = async (file: File) => {
    setApplied(null);
    setResult(null);
    setRememberedUsed(false);
    // Refused before reading: a file over the size limit never enters memory.
    const refused = refuseOversize(file.name, file.size);
    if (refused) { setInput(null); setResult(refused); return; }
    start({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()), units: useDataStore.getState().current.dataset.units.all() }, {});
  };
  const cancel = () => {
    running.current?.cancel();
    running.current = null;
    setProgress(null);
    setInput(null);
  };
  const diff = useMemo(() => (result && !result.fatal ? diffTables(ds.table, result.table, result.rejected.length) : null), [result, ds.table]);

  const apply = (mode: MergeMode) => {
    if (!result || result.fatal) return;
    const next = applyImport(ds, result, mode);
    useDataStore.getState().apply(next, `${t('diff.label')}: ${result.file}`);
    const imports = useImportStore.getState();
    imports.remember(result.headerKey, result.mapping);
    if (diff) imports.addHistory({ file: result.file, at: new Date().toISOString(), mode, added: diff.added, changed: diff.changed, unchanged: diff.unchanged, rejected: diff.rejected });
    setApplied(result.file);
    setResult(null);
    setInput(null);
  };

  return (
    <div className="data-view">
      <h2>{t('title')}</h2>
      <p className="data-intro">{t('intro')}</p>
      {!readOnly && <UploadPanel
        onFile={onFile} opts={opts} setOpts={updateOpts} result={result} fileName={input?.name ?? null}
        progress={progress} onCancel={cancel} error={error}
      />}
      {applied && <p className="notice notice-info" role="status" data-testid="applied">{t('diff.applied', { file: applied })}</p>}
      {result && !result.fatal && (
        <>
          <MappingPanel result={result} opts={opts} setOpts={updateOpts} remembered={rememberedUsed} units={ds.units} />
          <ReportPanel result={result} setOpts={updateOpts} opts={opts} lang={lang} units={ds.units} />
          {diff && <ApplyPanel diff={diff} onApply={apply} lang={lang} units={ds.units} />}
        </>
      )}
      {!readOnly && <ExportPanel lang={lang} />}
      <ObservationsTable lang={lang} />
    </div>
  );
}
