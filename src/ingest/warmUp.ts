/**
 * A new import worker's first import runs code the engine has not compiled yet: in the bench the
 * legacy file's first import took about twice its fourth, and its second and third were still slow
 * while the optimising compiler caught up. So a worker, once started (the page starts one ahead of
 * the pick, runImport.ts), first imports a few small made-up files through the same session, as
 * the user's would go (read, checks, report, diff), and drops them: the user's import then runs
 * code already compiled. Nothing of them is kept, shown or posted.
 *
 * The samples are the shapes most files take: a district report in Windows-1258 with title and
 * total rows, ';' and decimal commas; the app's own tidy CSV (UTF-8, long, one indicator column);
 * the same as JSON records. They are read against a made-up dataset of 50 communes, 25 of them the
 * samples' own (found by code), so the paths for known units and suggestions run too; each has more
 * units than a report's list part, so the parts are packed as a large file's are (the bench's
 * legacy file, 6 page sessions: first import 254 → 229 ms, median of five 1.33 → 1.26 × the bare parse).
 * A request that arrives waits for the sample being read, then the rest are skipped.
 */
import { importSession, type Session } from './session.ts';
import { toPlain, emptyDataset, type PlainDataset } from '../domain/dataset.ts';
import { makeUnit, UnitRegistry } from '../domain/units.ts';
import { TIDY_HEADERS } from './export.ts';
import { cp1258 } from './cp1258.ts';
import { splitting } from './streamSplit.ts';

export interface Sample { file: string; bytes: Uint8Array }

/** How many times each sample is imported: enough calls for the per-row and per-unit code to be optimised. */
const ROUNDS = 3;
/** Units per sample, and how many of them the made-up dataset the samples are read against knows. */
export const SAMPLE_UNITS = 2500;
export const KNOWN_UNITS = 25;

interface Row { code: string; name: string; year: number; total: number; poor: number }

/** `units` made-up communes over `years` years (deterministic; the values vary as real ones do). */
export function sampleRows(units: number, years: number): Row[] {
  const rows: Row[] = [];
  for (let y = 0; y < years; y++) {
    for (let u = 0; u < units; u++) {
      const total = 800 + ((u * 7919 + y * 104729) % 9000);
      const poor = Math.floor((total * ((u * 31 + y * 17) % 160)) / 1000);
      rows.push({ code: String(90000 + u), name: `${u % 4 ? 'Xã' : 'Phường'} Mẫu Thử ${u}`, year: 2019 + y, total, poor });
    }
  }
  return rows;
}

/** 100 × poor / total to two decimals, with a decimal comma when asked. */
const rate = (poor: number, total: number, comma: boolean) => { const s = ((100 * poor) / total).toFixed(2); return comma ? s.replace('.', ',') : s; };

/** A district report as older offices export it: Windows-1258, title rows, ';', decimal commas, a total row per year. */
export function legacyReport(rows: Row[]): Uint8Array {
  const lines = ['UBND TỈNH MẪU;;;;;;', 'BÁO CÁO KẾT QUẢ RÀ SOÁT HỘ NGHÈO (mẫu khởi động);;;;;;', ';;;;;;', 'STT;Mã xã;Đơn vị hành chính;Năm;Tổng số hộ;Số hộ nghèo;Tỷ lệ hộ nghèo (%)'];
  let year = rows[0]?.year ?? 0, total = 0, poor = 0, k = 0;
  const totalRow = () => lines.push(`;;Tổng cộng;${year};${total};${poor};${rate(poor, total, true)}`);
  for (const r of rows) {
    if (r.year !== year) { totalRow(); year = r.year; total = 0; poor = 0; }
    total += r.total; poor += r.poor;
    lines.push(`${++k};${r.code};${r.name};${r.year};${r.total};${r.poor};${rate(r.poor, r.total, true)}`);
  }
  totalRow();
  return cp1258(lines.join('\r\n') + '\r\n');
}

const tidy = (rows: Row[]) => rows.flatMap((r) => [
  [r.code, r.name, r.year, 'total_households', r.total],
  [r.code, r.name, r.year, 'poor_households', r.poor],
  [r.code, r.name, r.year, 'poverty_rate', Number(rate(r.poor, r.total, false))],
] as const);

/** The app's tidy CSV (export.ts), UTF-8. */
export function tidyCsv(rows: Row[]): Uint8Array {
  const head = TIDY_HEADERS.slice(0, 5).join(',');
  return new TextEncoder().encode([head, ...tidy(rows).map((c) => c.join(','))].join('\n') + '\n');
}

/** The same records as JSON. */
export function tidyJson(rows: Row[]): Uint8Array {
  const keys = TIDY_HEADERS.slice(0, 5);
  return new TextEncoder().encode(JSON.stringify(tidy(rows).map((c) => Object.fromEntries(keys.map((k, i) => [k, c[i]])))));
}

/** The samples, in the order they are read. */
export function warmSamples(): Sample[] {
  // More units than a report's list part (transfer.ts PART_SIZE): their parts are packed as a large file's are.
  const rows = sampleRows(SAMPLE_UNITS, 2);
  const one = [
    { file: 'mau-khoi-dong.csv', bytes: legacyReport(rows) },
    { file: 'mau-khoi-dong-tidy.csv', bytes: tidyCsv(rows) },
    { file: 'mau-khoi-dong.json', bytes: tidyJson(rows) },
  ];
  return Array.from({ length: ROUNDS }, () => one).flat();
}

/**
 * The dataset the samples are read against: made-up communes, the first of the samples' own (found
 * by code) and as many more whose names are close to theirs (compared for suggestions), as a user's
 * dataset would be to a file of new units.
 */
export function sampleBase(): PlainDataset {
  const units = sampleRows(KNOWN_UNITS, 1).flatMap((r, k) => [
    makeUnit({ code: r.code, level: 'commune', nameVi: r.name }),
    makeUnit({ code: String(80000 + k), level: 'commune', nameVi: `Xã Mẫu Khác ${k}` }),
  ]);
  return toPlain({ ...emptyDataset(), units: new UnitRegistry(units) });
}

/** Each sample's import, with what it posted (tests check the samples take the usual path). */
export type Posted = Parameters<Parameters<typeof importSession>[0]>[0];

const nextTask = () => new Promise<void>((r) => { setTimeout(r, 0); });

/**
 * Starts warming up; `stop()` resolves once no sample is being read (later ones are skipped), and
 * `done` once all are read or stopped. `seen` hears what each import posted.
 */
export function startWarmUp(samples: () => Sample[] = warmSamples, seen: (file: string, m: Posted) => void = () => {}): { stop: () => Promise<void>; done: Promise<void> } {
  let stopped = false;
  const done = (async () => {
    await nextTask();
    if (stopped) return;
    const base = sampleBase();
    let file = '';
    const session: Session = importSession((m) => seen(file, m));
    for (const s of samples()) {
      if (stopped) break;
      file = s.file;
      // Its own copy: the session may keep or move the buffer it is given. Read in two parts, as a
      // large file is, so that the helper worker warms up too (streamSplit.ts): in the bench, the
      // JSON file's second import took 361 ms with a cold helper, 249 with a warm one (6 sessions).
      const min = splitting.min;
      splitting.min = 0;
      try { await session({ type: 'ingest', id: 0, bytes: s.bytes.slice().buffer, file: s.file, opts: {}, base }); } finally { splitting.min = min; }
      session.drop();
      // A request that came in meanwhile is heard before the next sample.
      await nextTask();
    }
  })().catch(() => {}); // a sample that fails costs only the speed it was for: requests are served as by a cold worker
  return { stop: () => { stopped = true; return done; }, done };
}
