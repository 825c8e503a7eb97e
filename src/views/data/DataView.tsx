/**
 * The data screen: upload (picker, drag-and-drop), options, mapping, report, dry-run diff, apply
 * (merge or replace), undo, the table of every observation, and exports.
 */
import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataStore, useDataset, useViewStore, useReadOnly } from '../../store/index.ts';
import { useImportStore } from '../../store/importStore.ts';
import { commitImport, dropStaged, stageImport, startPersistence } from '../../store/persist.ts';
import type { Dataset } from '../../domain/dataset.ts';
import type { MergeMode } from '../../domain/tableBuilder.ts';
import { refuseOversize } from '../../ingest/pipeline.ts';
import type { IngestOptions, ImportReport } from '../../ingest/types.ts';
import { applyImport, type ImportDiff } from '../../ingest/apply.ts';
import { nextTask, runImport, type ImportJob } from './runImport.ts';
import { UploadPanel } from './UploadPanel.tsx';
import { MappingPanel, MAPPING_FIXES } from './MappingPanel.tsx';
import { UnitsPanel } from './UnitsPanel.tsx';
import { ReportPanel } from './ReportPanel.tsx';
import { ApplyPanel } from './ApplyPanel.tsx';
import { ObservationsTable } from './ObservationsTable.tsx';
import { ExportPanel } from './ExportPanel.tsx';
import { HouseholdPanel } from './HouseholdPanel.tsx';
import { CrosswalkPanel, StoredCrosswalks } from './CrosswalkPanel.tsx';
import { addCrosswalk } from '../../domain/crosswalkApply.ts';
import type { Crosswalk } from '../../domain/crosswalk.ts';
import { focusFirst } from '../../ui/focus.ts';
import { announce } from '../../ui/announce.ts';
import './data.css';

interface Input { name: string; file: Blob }

export default function DataView() {
  const { t } = useTranslation('data');
  const { t: tc } = useTranslation();
  const lang = useViewStore((s) => s.lang);
  const ds = useDataset();
  const readOnly = useReadOnly();
  const saving = useDataStore((st) => st.saving);
  const [input, setInput] = useState<Input | null>(null);
  const [opts, setOpts] = useState<IngestOptions>({});
  const [result, setResult] = useState<ImportReport | null>(null);
  // The dry-run diff and the dataset it was computed against (recomputed if that changes).
  const [diff, setDiff] = useState<{ of: Dataset; diff: ImportDiff | null } | null>(null);
  const [applying, setApplying] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  // What was applied last: the message key (data or crosswalk) and the file.
  const [applied, setApplied] = useState<{ key: 'diff.applied' | 'crosswalk.applied'; file: string } | null>(null);
  const [rememberedUsed, setRememberedUsed] = useState(false);
  // The import whose report is open; its worker holds the parsed table until apply or cancel.
  const running = useRef<ImportJob | null>(null);

  // Normally started at boot (main.tsx); a no-op then. Keeps imports safe if it was not wired.
  useEffect(() => { startPersistence(); }, []);
  useEffect(() => () => running.current?.cancel(), []);

  const start = (inp: Input, o: IngestOptions) => {
    running.current?.cancel();
    setInput(inp);
    setOpts(o);
    setProgress(0);
    setError(null);
    // The progress bar is not read out as it moves: say once that reading has started.
    announce(t('upload.reading', { file: inp.name }));
    const base = useDataStore.getState().current.dataset;
    const job = runImport(inp.file, inp.name, o, base, setProgress);
    running.current = job;
    job.result.then((done) => {
      if (running.current !== job) return;
      if (!done) { setProgress(null); return; }
      const r = done.result;
      // Same header set as before: use the mapping the user chose then.
      const remembered = useImportStore.getState().mappings.get(r.headerKey);
      if (!o.mapping && remembered && remembered.length === r.headers.length && remembered.join() !== r.mapping.join()) {
        setRememberedUsed(true);
        start(inp, { ...o, mapping: remembered });
        return;
      }
      // A transition: the report of a national file is thousands of elements, built in slices
      // between frames (the progress bar stays until it is shown).
      startTransition(() => {
        setProgress(null);
        setResult(r);
        setDiff({ of: base, diff: done.diff });
      });
      announce(tc(r.fatal ? 'a11y.reportFatal' : 'a11y.reportReady', { file: r.file }));
    }, (e: Error) => { if (running.current === job) { setProgress(null); setError(e.message); } });
  };
  // Stable identity (the panels are memoised); always runs with the latest input and options.
  const latest = useRef({ input, opts, start });
  useEffect(() => { latest.current = { input, opts, start }; });
  const updateOpts = useCallback((f: (o: IngestOptions) => IngestOptions) => {
    const { input: inp, opts: o, start: run } = latest.current;
    if (inp) run(inp, f(o));
  }, []);

  const onFile = (file: File) => {
    setApplied(null);
    setResult(null);
    setRememberedUsed(false);
    // Refused before reading: a file over the size limit never enters memory.
    const refused = refuseOversize(file.name, file.size);
    if (refused) { setInput(null); setResult(refused); announce(tc('a11y.reportFatal', { file: file.name })); return; }
    start({ name: file.name, file }, {});
  };
  const cancel = () => {
    running.current?.cancel();
    running.current = null;
    setProgress(null);
    setInput(null);
  };
  // The loaded data changed under an open report (undo, another tab): diff again, in the worker.
  useEffect(() => {
    const job = running.current;
    if (!job || !result || result.fatal || applying || !diff || diff.of === ds) return;
    let live = true;
    job.diff(ds).then((d) => { if (live) setDiff({ of: ds, diff: d }); }, () => {});
    return () => { live = false; };
  }, [ds, result, diff, applying]);

  const apply = (mode: MergeMode) => {
    const job = running.current;
    const shown = diff?.diff;
    if (!job || !result || result.fatal || applying) return;
    setApplying(true);
    setError(null);
    const base = useDataStore.getState().current;
    const label = `${t('diff.label')}: ${result.file}`;
    const at = new Date().toISOString();
    // The worker writes the new dataset to storage itself (store/staged.ts): the page then saves
    // only the small records, and never clones a national dataset.
    const staged = stageImport(label, at);
    const run = job.apply(base.dataset, mode, staged?.target);
    staged?.settle(run.written);
    run.dataset.then(async (next) => {
      if (running.current !== job) { if (staged) void dropStaged(staged); return; }
      running.current = null;
      const record = { file: result.file, at, mode, added: shown?.added ?? 0, changed: shown?.changed ?? 0, unchanged: shown?.unchanged ?? 0, rejected: shown?.rejected ?? 0 };
      // Building the dataset (runImport), closing the report and drawing the new data are three
      // tasks: with a national file they were one long task together.
      await nextTask();
      afterApply('diff.applied', result.file);
      await nextTask();
      // Data, history and mapping are saved in one transaction; after a race with another tab a
      // merge is re-based on that tab's data (persist/commit.ts).
      void commitImport({
        dataset: next, label, base, record, headerKey: result.headerKey, mapping: result.mapping, staged,
        rebase: async (onto) => applyImport(onto, await run.imported(), 'merge'),
      });
    }, (e: Error) => {
      if (staged) void dropStaged(staged);
      // The job stays: its worker still holds the import, so the user can try again.
      if (running.current !== job) return;
      setError(t('diff.applyFailed', { file: result.file, message: e.message }));
    }).finally(() => setApplying(false));
  };

  /** After an apply: say so (on screen and to screen readers) and close the report. */
  const afterApply = (key: 'diff.applied' | 'crosswalk.applied', file: string) => {
    setApplied({ key, file });
    announce(t(key, { file }));
    // The Apply button goes away with the report: focus the line that says what happened.
    focusFirst(() => document.querySelector('[data-testid="applied"]'));
    setResult(null);
    setDiff(null);
    setInput(null);
  };

  // A conversion table is saved on the page: nothing of it is in the worker's table.
  const applyCrosswalk = (cw: Crosswalk) => {
    if (!result?.crosswalk || applying) return;
    running.current?.cancel();
    running.current = null;
    const base = useDataStore.getState().current;
    const next = addCrosswalk(base.dataset, cw);
    const record = { file: result.file, at: new Date().toISOString(), mode: 'merge' as const, added: cw.links.length, changed: next.ended.length, unchanged: 0, rejected: result.crosswalk.issues.length };
    void commitImport({
      dataset: next.dataset, label: `${t('crosswalk.label')}: ${result.file}`, base, record, headerKey: result.headerKey, mapping: result.mapping,
      rebase: async (onto) => addCrosswalk(onto, cw).dataset,
    });
    afterApply('crosswalk.applied', result.file);
  };
  const crosswalk = result?.crosswalk;

  return (
    <div className="data-view">
      <h2>{t('title')}</h2>
      <p className="data-intro">{t('intro')}</p>
      {!readOnly && <UploadPanel
        onFile={onFile} opts={opts} setOpts={updateOpts} result={result} fileName={input?.name ?? null}
        progress={progress} onCancel={cancel} error={error}
      />}
      {applied && (
        <p className="notice notice-info" data-testid="applied">
          {t(applied.key, { file: applied.file })}{saving && <span data-testid="saving"> {t('diff.saving')}</span>}
        </p>
      )}
      {/* The mapping screen also opens when a column choice can fix what stopped the file. */}
      {crosswalk && result && !result.fatal && !readOnly && (
        <CrosswalkPanel file={result.file} preview={crosswalk} dataset={ds} lang={lang} busy={applying} onApply={applyCrosswalk} />
      )}
      {result && !crosswalk && (!result.fatal || (MAPPING_FIXES[result.fatal.code] && result.headers.length > 0 && !readOnly)) && (
        <MappingPanel result={result} setOpts={updateOpts} remembered={rememberedUsed} />
      )}
      {result && !result.fatal && !crosswalk && (
        <>
          {result.households && <HouseholdPanel summary={result.households} lang={lang} />}
          <UnitsPanel result={result} opts={opts} setOpts={updateOpts} units={ds.units} />
          <ReportPanel result={result} setOpts={updateOpts} opts={opts} lang={lang} units={ds.units} />
          {diff?.diff && <ApplyPanel diff={diff.diff} result={result} onApply={apply} lang={lang} units={ds.units} busy={applying} />}
        </>
      )}
      <StoredCrosswalks dataset={ds} lang={lang} />
      {!readOnly && <ExportPanel lang={lang} />}
      <ObservationsTable lang={lang} />
    </div>
  );
}
