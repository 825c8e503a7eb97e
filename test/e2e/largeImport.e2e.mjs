// A file of more than 16 MB is read in two parts at once in the app (the import worker and the
// helper it starts: src/ingest/streamSplit.ts): the report counts every value, names a rejected row
// of the later part by its own row number and a unit met only there, and the helper read its part.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setup } from './harness.mjs';

let s;
let dir;
before(async () => { s = await setup(); dir = mkdtempSync(join(tmpdir(), 'large-import-')); });
after(async () => { await s?.close(); rmSync(dir, { recursive: true, force: true }); });

const UNITS = 8000;
const YEARS = 50;

/** Rows by year, each commune every year (as district reports come); one negative count late in the file; one commune only in the last years. */
function file() {
  const lines = ['Mã xã,Đơn vị hành chính,Năm,Tổng số hộ,Số hộ nghèo'];
  let bad = 0;
  for (let y = 0; y < YEARS; y++) {
    for (let u = 0; u < UNITS; u++) {
      const poor = y === 45 && u === 777 ? -5 : 50 + ((u * 7 + y) % 400);
      lines.push(`${100000 + u},Xã Thử Nghiệm Số ${String(u).padStart(5, '0')},${1990 + y},${1000 + (u % 900)},${poor}`);
      if (poor < 0) bad = lines.length;
    }
    if (y >= 47) lines.push(`199999,Xã Mới Tách Ra,${1990 + y},800,40`);
  }
  return { text: `${lines.join('\n')}\n`, rows: lines.length - 1, bad };
}

/** A number as the report may write it (a thousands separator or none). */
const shown = (n) => new RegExp(String(n).replace(/(\d)(?=(\d{3})+$)/g, '$1[.,]?'));

/**
 * Imports the file in the app and checks what every large file must give: read in two parts (the
 * helper read the later part), every value but the rejected row's counted (two a row), the rejected
 * row named by its own number. Returns the report's issues' text.
 */
async function importLarge(name, { text, rows, bad }) {
  const path = join(dir, name);
  writeFileSync(path, text);
  assert.ok(Buffer.byteLength(text) > 16 << 20, 'the file is above the size read in two parts');
  const page = await s.page();
  const workers = [];
  page.on('worker', (w) => workers.push(w));
  await page.goto(`${s.baseUrl}?view=data`);
  await page.getByTestId('file-input').setInputFiles(path);
  await page.getByTestId('report').waitFor({ timeout: 90000 });
  const accepted = Number((await page.getByTestId('accepted-count').innerText()).replace(/\D/g, ''));
  assert.equal(accepted, 2 * (rows - 1));
  assert.equal(await page.getByTestId('rejected-count').innerText(), '1');
  const issues = await page.getByTestId('issues').innerText();
  assert.match(issues, shown(bad), 'the rejected row by its own number');
  const helper = workers.find((w) => w.url().includes('later.worker'));
  assert.ok(helper, 'the import worker started its helper');
  assert.equal(await helper.evaluate(() => performance.getEntriesByName('later-part').length), 1, 'the helper read the later part');
  return issues;
}

test('a file of more than 16 MB: read in two parts, every value counted, a late rejected row named by its row', { timeout: 120000 }, async () => {
  const issues = await importLarge('ca-nuoc-lon.csv', file());
  // Every commune as new, the one met only in the later part too.
  assert.match(issues, shown(UNITS + 1));
});

/** The same communes as JSON records (keys as the CSV's header), one negative count late in the file. */
function jsonFile(years) {
  const records = [];
  let bad = 0;
  for (let y = 0; y < years; y++) {
    for (let u = 0; u < UNITS; u++) {
      const poor = y === years - 2 && u === 777 ? -5 : 50 + ((u * 7 + y) % 400);
      records.push({ 'Mã xã': String(100000 + u), 'Đơn vị hành chính': `Xã Thử Nghiệm Số ${String(u).padStart(5, '0')}`, Năm: 1990 + y, 'Tổng số hộ': 1000 + (u % 900), 'Số hộ nghèo': poor });
      // Record i is file row i + 2: the keys are row 1 (json.ts).
      if (poor < 0) bad = records.length + 1;
    }
  }
  return { text: JSON.stringify(records), rows: records.length, bad };
}

test('a JSON file of more than 16 MB: read in two parts from its text, every value counted, a late rejected record named by its row', { timeout: 120000 }, async () => {
  const issues = await importLarge('ca-nuoc-lon.json', jsonFile(20));
  assert.match(issues, shown(UNITS));
});
