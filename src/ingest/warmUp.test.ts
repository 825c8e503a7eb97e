import { afterEach, describe, expect, it } from 'vitest';
import { KNOWN_UNITS, SAMPLE_UNITS, startWarmUp, warmSamples, type Posted, type Sample } from './warmUp.ts';
import { lastFallback, setLaterReader } from './stream.ts';
import { readLater } from './streamLater.ts';
import { splitting, type LaterRequest } from './streamSplit.ts';
import { PART_SIZE, ResultCollector } from './transfer.ts';

type Report = NonNullable<ReturnType<ResultCollector['accept']>>;

/** Each sample's report (and whether the streaming reader covered it), as the warm-up's session posted them. */
async function warmReports(samples: () => Sample[]) {
  const out: { file: string; report: Report; fallback: string }[] = [];
  let collector = new ResultCollector();
  const w = startWarmUp(samples, (file, m: Posted) => {
    if (m.type !== 'part' && m.type !== 'done') return;
    const r = collector.accept(m);
    if (r) { out.push({ file, report: r, fallback: lastFallback }); collector = new ResultCollector(); }
  });
  await w.done;
  return out;
}

describe('the import worker warm-up', () => {
  it('reads each sample cleanly on the streaming path, three rounds', async () => {
    const got = await warmReports(warmSamples);
    expect(got.map((g) => g.file)).toEqual(Array.from({ length: 3 }, () => ['mau-khoi-dong.csv', 'mau-khoi-dong-tidy.csv', 'mau-khoi-dong.json']).flat());
    for (const { file, report, fallback } of got) {
      expect(fallback, file).toBe('');
      expect(report.ok, file).toBe(true);
      expect(report.issues.filter((i) => i.severity === 'error'), file).toEqual([]);
      // 2,500 units over 2 years, 3 indicators; the made-up dataset knows 25 of them by code, the rest are new.
      expect(report.table.size, file).toBe(15_000);
      expect(report.unitMatches.filter((m) => m.status === 'code'), file).toHaveLength(KNOWN_UNITS);
      expect(report.units.length, file).toBe(SAMPLE_UNITS - KNOWN_UNITS);
      // More than one part's worth: the lists go packed in parts, as a large file's do.
      expect(report.units.length, file).toBeGreaterThan(PART_SIZE);
      expect(report.issues.some((i) => i.code === 'units_unmatched'), file).toBe(true);
    }
    const legacy = got[0]!.report;
    expect([legacy.encoding, legacy.delimiter, legacy.headerRow, legacy.titleRows.length]).toEqual(['windows-1258', ';', 4, 2]);
    // A total row per year, each the sum of its units; with no known units it has no parent to go to.
    expect(legacy.totals).toHaveLength(2);
    expect(legacy.issues.filter((i) => i.code === 'total_mismatch')).toEqual([]);
    expect(legacy.issues.filter((i) => i.code === 'total_no_parent').map((i) => i.row)).toEqual([2505, 5006]);
    expect(got[1]!.report.encoding).toBe('utf-8');
    expect(got[2]!.report.format).toBe('json');
  });

  afterEach(() => { setLaterReader(null); });

  it('reads each sample in two parts where the worker has a helper, then leaves large files alone again', async () => {
    const parts: string[] = [];
    setLaterReader({ read: async (req: LaterRequest) => { const r = readLater(req); parts.push('part' in r ? req.file : `stopped: ${r.stopped}`); return r; }, taken: () => {} });
    const min = splitting.min;
    const got = await warmReports(() => warmSamples().slice(0, 3));
    expect(parts).toEqual(['mau-khoi-dong.csv', 'mau-khoi-dong-tidy.csv', 'mau-khoi-dong.json']);
    // The same reports as read by one reader.
    setLaterReader(null);
    const one = await warmReports(() => warmSamples().slice(0, 3));
    expect(got.map((g) => g.report)).toEqual(one.map((g) => g.report));
    expect(splitting.min).toBe(min);
  });

  it('stops after the sample being read once asked', async () => {
    const small: Sample[] = warmSamples().slice(0, 3);
    let imports = 0;
    const w = startWarmUp(() => [...small, ...small], (_, m) => { if (m.type === 'done') imports++; });
    // Asked at once: the warm-up waits a task before its first sample, so none is read.
    await w.stop();
    expect(imports).toBe(0);
    const later = startWarmUp(() => [...small, ...small], (_, m) => { if (m.type === 'done') { imports++; if (imports === 1) void later.stop(); } });
    await later.done;
    expect(imports).toBe(1);
  });
});
