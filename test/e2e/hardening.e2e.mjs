// Hardening in Chromium: hostile names stay text (data table, overview, map tooltip, exported SVG);
// IndexedDB missing or full; two tabs in sync; cancel terminates the import worker; limits named.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setup, OUT, applyConfirming } from './harness.mjs';

const FIX = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'import');
const IMG = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script>alert(1)</script>';
const HOSTILE_CSV = `Mã đơn vị,Đơn vị,Năm,Tổng số hộ,Số hộ nghèo\nX1,"${IMG}",2023,1000,60\nX2,"${SCRIPT}",2023,2000,40\nX1,"${IMG}",2024,1000,50\nX2,"${SCRIPT}",2024,2000,30\n`;

let s;
before(async () => { s = await setup(); });
after(async () => { await s?.close(); });

/** Another page in the same browser context (a second tab), recording errors like the harness. */
async function tab(context, errors) {
  const page = await context.newPage();
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('dialog', (d) => { errors.push(`unexpected dialog: ${d.message()}`); void d.dismiss(); });
  return page;
}

async function importAndApply(page, file, { replace = false } = {}) {
  await page.getByTestId('file-input').setInputFiles(typeof file === 'string' ? join(FIX, file) : file);
  await page.getByTestId('report').waitFor();
  if (replace) await page.locator('input[name=apply-mode]').nth(1).check();
  // Hostile files are mostly new units: the app asks before applying them.
  await applyConfirming(page);
  await page.getByTestId('applied').waitFor();
}

const noInjected = async (page) => {
  assert.equal(await page.$('img[src=x]'), null, 'no injected <img>');
  assert.equal(await page.evaluate(() => [...document.scripts].some((x) => x.textContent.includes('alert(1)'))), false, 'no injected <script>');
};

test('hostile unit names are text in the data table, overview, map tooltip and exported SVG', async () => {
  const page = await s.page();
  await page.goto(`${s.baseUrl}?view=data`);
  await importAndApply(page, { name: 'hostile.csv', mimeType: 'text/csv', buffer: Buffer.from(HOSTILE_CSV) }, { replace: true });
  // The table shows the new data a task after "applied" (DataView.tsx: the apply's work is split in tasks).
  await page.getByTestId('observations').getByText(SCRIPT).first().waitFor();
  const table = await page.getByTestId('observations').innerText();
  assert.ok(table.includes(IMG) && table.includes(SCRIPT), 'names shown literally in the data table');
  await noInjected(page);

  await page.getByRole('link', { name: 'Tổng quan' }).click();
  await page.getByTestId('kpi-latest').waitFor();
  const overview = await page.locator('main').innerText();
  assert.ok(overview.includes(IMG) || overview.includes('<img src=x'), 'overview shows the name as text');
  await noInjected(page);

  await page.getByRole('link', { name: 'Bản đồ' }).click();
  await page.locator('.map-tile[data-code="X1"]').hover();
  const tip = page.locator('.map-tooltip');
  await tip.waitFor();
  assert.ok((await tip.innerText()).includes(IMG), 'map tooltip shows the name as text');
  await page.locator('.map-tile[data-code="X2"]').hover();
  await page.waitForFunction((n) => document.querySelector('.map-tooltip')?.textContent.includes(n), SCRIPT);
  await noInjected(page);
  await page.screenshot({ path: join(OUT, 'hardening-hostile-map-1366.png') });

  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải ảnh SVG' }).click()]);
  const svg = readFileSync(await dl.path(), 'utf8');
  assert.ok(svg.includes('&lt;img src=x onerror=alert(1)&gt;'), 'the name is escaped text in the SVG');
  assert.ok(svg.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
  assert.doesNotMatch(svg, /<script/i);
  assert.doesNotMatch(svg, /<img/i);
  assert.doesNotMatch(svg, /<foreignObject/i);
  // Parsed as SVG: no element carries an event-handler attribute or a javascript: link.
  const bad = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    if (doc.querySelector('parsererror')) return ['parsererror'];
    return [...doc.querySelectorAll('*')].flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name) || /^\s*javascript:/i.test(a.value)).map((a) => `${e.tagName} ${a.name}`));
  }, svg);
  assert.deepEqual(bad, []);
  assert.deepEqual(s.errors(page), []);
});

test('IndexedDB missing (private window) or refusing to open: the app imports, shows the data and a notice', async () => {
  for (const breakIdb of [
    () => Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true }),
    () => { IDBFactory.prototype.open = () => { throw new DOMException('blocked', 'SecurityError'); }; },
  ]) {
    const page = await s.page();
    await page.addInitScript(breakIdb);
    await page.goto(`${s.baseUrl}?view=data`);
    await page.locator('.notice', { hasText: 'Không lưu được vào bộ nhớ trình duyệt' }).waitFor();
    await importAndApply(page, 'wide-indicator-semicolon.csv');
    await page.getByTestId('obs-filter').fill('Huyện A Lưới');
    await page.getByTestId('observations').getByText('wide-indicator-semicolon.csv').first().waitFor();
    assert.match(await page.locator('.notice').first().innerText(), /chỉ giữ đến khi đóng trang/);
    assert.deepEqual(s.errors(page).filter((e) => !/persistence/.test(e)), []);
    await page.context().close();
  }
});

test('storage full: a message, and the data saved before is kept', async () => {
  const context = await s.browser.newContext({ viewport: { width: 1366, height: 860 } });
  const errors = [];
  const first = await tab(context, errors);
  await first.goto(`${s.baseUrl}?view=data`);
  await importAndApply(first, 'wide-indicator-semicolon.csv');
  const saved = await first.locator('.data-card', { hasText: 'Dữ liệu hiện tại' }).locator('p').first().innerText();
  await first.getByTestId('saving').waitFor({ state: 'detached' }); // the write has finished
  await first.close();

  const full = await tab(context, errors);
  await full.addInitScript(() => {
    const quota = () => { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
    IDBObjectStore.prototype.put = quota;
    IDBObjectStore.prototype.add = quota;
  });
  await full.goto(`${s.baseUrl}?view=data`);
  await full.getByText(saved).waitFor(); // restored from storage
  await importAndApply(full, 'excel-unicode-utf16le.txt');
  await full.locator('.notice', { hasText: 'Bộ nhớ trình duyệt đã đầy' }).waitFor();
  await full.screenshot({ path: join(OUT, 'hardening-quota-1366.png') });
  await full.close();

  const after = await tab(context, errors);
  await after.goto(`${s.baseUrl}?view=data`);
  await after.getByText(saved).waitFor();
  await after.getByTestId('obs-filter').fill('Nam Đông');
  assert.doesNotMatch(await after.getByTestId('observations').innerText(), /excel-unicode-utf16le/);
  assert.deepEqual(errors.filter((e) => !/persistence|QuotaExceeded/.test(e)), []);
  await context.close();
});

test('two tabs: an import in one shows in the other', async () => {
  const context = await s.browser.newContext({ viewport: { width: 1366, height: 860 } });
  const errors = [];
  const a = await tab(context, errors);
  const b = await tab(context, errors);
  await a.goto(`${s.baseUrl}?view=data`);
  await b.goto(`${s.baseUrl}?view=data`);
  await b.getByTestId('file-input').waitFor({ state: 'attached' });
  await importAndApply(a, 'wide-indicator-semicolon.csv');
  await b.locator('.notice', { hasText: 'thẻ khác' }).waitFor();
  await b.getByText('Dữ liệu hiện tại: Nhập tệp: wide-indicator-semicolon.csv').waitFor();
  // And back: undo in B reaches A.
  await b.getByTestId('undo').click();
  await a.locator('.notice', { hasText: 'thẻ khác' }).waitFor();
  await a.waitForFunction(() => !document.body.innerText.includes('Dữ liệu hiện tại: Nhập tệp: wide-indicator-semicolon.csv'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('cancel terminates the import worker; a limit is named with the file', async () => {
  const page = await s.page();
  // Listened to before the page loads: the data screen starts its import worker ahead of the pick,
  // often before the screen is ready, and that worker is the one the import takes and cancel ends.
  const closed = new Promise((resolve) => page.on('worker', (w) => w.on('close', () => resolve(true))));
  await page.goto(`${s.baseUrl}?view=data`);
  await page.getByTestId('file-input').waitFor({ state: 'attached' });
  const rows = ['Mã đơn vị,Đơn vị,Năm,Chỉ tiêu,Giá trị'];
  for (let i = 0; i < 1_200_000; i++) rows.push(`${474 + (i % 10)},Đơn vị ${i % 5000},${2000 + (i % 25)},Số hộ nghèo,${i % 997}`);
  const big = join(tmpdir(), 'hardening-big.csv');
  writeFileSync(big, rows.join('\n'));
  await page.getByTestId('file-input').setInputFiles(big);
  await page.getByTestId('import-cancel').click();
  const stopped = await Promise.race([closed, new Promise((r) => setTimeout(() => r(false), 5000))]);
  assert.equal(stopped, true, 'the worker was terminated');
  assert.equal(await page.getByTestId('import-progress').count(), 0);
  // A terminated worker posts nothing more; a message it posted before terminating would already be
  // queued. Let the page run its queued tasks and render twice, then look: no sleep of a guessed length.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(() => requestAnimationFrame(() => setTimeout(r, 0)), 0))));
  assert.equal(await page.getByTestId('report').count(), 0, 'no result arrives after cancel');

  // Over the size limit (a sparse 201 MB file): refused from File.size, never read.
  const huge = join(tmpdir(), 'hardening-huge.csv');
  writeFileSync(huge, 'x');
  truncateSync(huge, 201 * 1024 * 1024);
  await page.getByTestId('file-input').setInputFiles(huge);
  assert.match(await page.getByTestId('import-fatal').innerText(), /hardening-huge\.csv quá lớn \(201 MB\); giới hạn là 200 MB/);

  const longLine = `Đơn vị,Năm\n${'x'.repeat(150_000)}\n`;
  await page.getByTestId('file-input').setInputFiles({ name: 'một-dòng-dài.csv', mimeType: 'text/csv', buffer: Buffer.from(longLine) });
  const fatal = await page.getByTestId('import-fatal').innerText();
  assert.match(fatal, /một-dòng-dài\.csv/);
  assert.match(fatal, /150000|150\.000/);
  assert.deepEqual(s.errors(page), []);
});
