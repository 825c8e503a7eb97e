// Import in Chromium: a Windows-1258 CSV and a UTF-16 Excel "Unicode text" export, both with title
// and total rows; mapping and report shown; apply; the overview shows the new figures; reload keeps
// them (IndexedDB); undo restores the previous data.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setup, OUT } from './harness.mjs';

const FIX = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'import');
let s;
before(async () => { s = await setup(); });
after(async () => { await s?.close(); });

async function importFile(page, name) {
  await page.getByTestId('file-input').setInputFiles(join(FIX, name));
  await page.getByTestId('report').waitFor();
  await page.getByTestId('mapping').waitFor();
}

test('import Windows-1258 and UTF-16 files, apply, reload, undo', async () => {
  const page = await s.page();
  await page.goto(`${s.baseUrl}?view=data`);
  await page.getByTestId('file-input').waitFor({ state: 'attached' });

  await importFile(page, 'wide-indicator-windows-1258.csv');
  const detected = await page.getByTestId('detected').innerText();
  assert.match(detected, /windows-1258/);
  assert.match(detected, /dòng tiêu đề 4/);
  const mapping = await page.getByTestId('mapping').innerText();
  assert.match(mapping, /Đơn vị hành chính/);
  assert.match(mapping, /Tỷ lệ hộ nghèo \(%\)/);
  assert.match(await page.getByTestId('totals').innerText(), /Tổng cộng.*Huế/);
  assert.equal(await page.getByTestId('rejected-count').innerText(), '0');
  assert.equal(await page.getByTestId('accepted-count').innerText(), '15');
  await page.screenshot({ path: join(OUT, 'import-report-1366.png'), fullPage: true });
  await page.getByTestId('apply').click();
  await page.getByTestId('applied').waitFor();

  await importFile(page, 'excel-unicode-utf16le.txt');
  assert.match(await page.getByTestId('detected').innerText(), /utf-16le/);
  assert.match(await page.getByTestId('totals').innerText(), /Toàn tỉnh/);
  await page.getByTestId('apply').click();
  // The first file's 'applied' line is still on screen: wait for the one naming this file.
  await page.getByTestId('applied').filter({ hasText: 'excel-unicode-utf16le.txt' }).waitFor();
  // The data table lists the imported values with their file and row.
  await page.getByTestId('obs-filter').fill('Nam Đông');
  assert.match(await page.getByTestId('observations').innerText(), /excel-unicode-utf16le\.txt/);

  // The files are end-2024 figures; the built-in data now runs to the expected end-2025 figure, so look at 2024.
  await page.getByTestId('saving').waitFor({ state: 'detached', timeout: 15000 });
  await page.goto(`${s.baseUrl}?view=overview&year=2024`);
  await page.getByTestId('kpi-latest').filter({ hasText: '2,62%' }).waitFor({ timeout: 15000 });

  await page.reload();
  // Restored from IndexedDB: the screens wait for the saved data (never the built-in figures first),
  // so the first KPI drawn is already the stored one.
  await page.getByTestId('kpi-latest').waitFor({ timeout: 15000 });
  assert.match(await page.getByTestId('kpi-latest').innerText(), /2,62%/);
  await page.goto(`${s.baseUrl}?view=data`);
  await page.waitForSelector('[data-testid=undo]:not([disabled])', { timeout: 15000 });
  await page.getByRole('link', { name: 'Tổng quan' }).click();
  await page.goto(`${s.baseUrl}?view=overview&year=2024`);
  await page.getByTestId('kpi-latest').waitFor({ timeout: 15000 });
  assert.match(await page.getByTestId('kpi-latest').innerText(), /2,62%/);

  await page.getByRole('link', { name: 'Dữ liệu' }).click();
  await page.getByTestId('undo').click();
  // The undo is saved before the page is reloaded (the data view says while it saves).
  await page.getByTestId('saving').waitFor({ state: 'detached', timeout: 30000 });
  await page.getByRole('link', { name: 'Tổng quan' }).click();
  await page.getByTestId('kpi-latest').waitFor();
  await page.goto(`${s.baseUrl}?view=overview&year=2024`);
  await page.getByTestId('kpi-latest').filter({ hasText: '1,99%' }).waitFor({ timeout: 15000 });
  assert.deepEqual(s.errors(page), []);
});

test('errors are listed with rows and the rejected rows download as CSV with a reason', async () => {
  const page = await s.page({ viewport: { width: 360, height: 740 } });
  await page.goto(`${s.baseUrl}?view=data&lang=en`);
  await importFile(page, 'errors.csv');
  const issues = await page.getByTestId('issues').innerText();
  assert.match(issues, /Not a number: "abc"/);
  assert.match(issues, /Rate outside 0–100/);
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-rejected').click()]);
  const text = await (await import('node:fs/promises')).readFile(await dl.path(), 'utf8');
  assert.match(text, /Reason/);
  assert.match(text, /Not a number/);
  await page.screenshot({ path: join(OUT, 'import-errors-360.png'), fullPage: true });
  // XLSX is read in the worker (lazy read-excel-file); a second sheet can be chosen.
  await importFile(page, 'book.xlsx');
  assert.match(await page.getByTestId('detected').innerText(), /format xlsx.*header row 3/);
  assert.equal(await page.getByTestId('accepted-count').innerText(), '9');
  assert.deepEqual(s.errors(page), []);
});
