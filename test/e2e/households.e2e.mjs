// Household review list in Chromium (SYNTHETIC households, test/households/generate.mjs): upload a
// list with a title row; the data screen names the dropped personal columns, the duplicates and
// the totals; apply; the deprivation view shows the heat table and a unit's profile. Then every
// output — IndexedDB, the CSV/JSON exports, the deprivation CSV, the offline report, the console —
// is scanned for the generated names and ID numbers, and none may appear.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setup, OUT, applyConfirming } from './harness.mjs';
import { households, csvLines } from '../households/generate.mjs';

const N = 2000;
const recs = [...households({ n: N, seed: 42, duplicateEvery: 250 })];
const DUPS = recs.filter((r) => r.duplicate).length;
const FILE = join(OUT, 'danh-sach-ho-2024.csv');
writeFileSync(FILE, [...csvLines(recs, { year: 2024 })].join('\n'));
const NAME = /Hộ Tổng Hợp \d{6}/;
const ID = /0990\d{8}/;
const PHONE = /0900\d{6}/;
const personal = (text) => [NAME, ID, PHONE].filter((re) => re.test(text)).map(String);
// The scan can fail: the uploaded file itself holds all three.
assert.equal(personal(readFileSync(FILE, 'utf8')).length, 3);

let s;
before(async () => { s = await setup(); });
after(async () => { await s?.close(); });

async function download(page, click) {
  const [dl] = await Promise.all([page.waitForEvent('download'), click()]);
  return readFileSync(await dl.path(), 'utf8');
}

test('a household list is aggregated, shown without personal data, applied, and drives the deprivation view', async () => {
  const page = await s.page();
  const consoleText = [];
  page.on('console', (m) => consoleText.push(m.text()));
  await page.goto(`${s.baseUrl}?view=data&lang=vi`);
  await page.getByTestId('file-input').setInputFiles(FILE);
  await page.getByTestId('household-panel').waitFor();
  const dropped = await page.getByTestId('hh-dropped').innerText();
  for (const col of ['Họ tên chủ hộ', 'Số CCCD', 'Ngày sinh', 'Số điện thoại']) assert.match(dropped, new RegExp(col));
  assert.match(await page.getByTestId('hh-duplicates').innerText(), new RegExp(`^${DUPS} `));
  assert.match(await page.getByTestId('hh-counted').innerText(), new RegExp(`${(N - DUPS).toLocaleString('vi-VN')} hộ ở 5 đơn vị`));
  await page.screenshot({ path: join(OUT, 'households-report-1366.png'), fullPage: true });
  assert.deepEqual(personal(await page.locator('main').innerText()), []);

  await page.locator('input[name=apply-mode]').nth(1).check();
  // The synthetic communes are new units: the app asks before applying them.
  await applyConfirming(page);
  await page.getByTestId('applied').waitFor();
  await page.getByTestId('saving').waitFor({ state: 'detached', timeout: 60000 });

  await page.goto(`${s.baseUrl}?view=deprivation&lang=vi`);
  await page.getByTestId('dep-heat').waitFor();
  const heat = page.getByTestId('dep-heat');
  assert.equal(await heat.locator('tbody tr').count(), 6, 'the parent and the 5 communes');
  assert.match(await heat.locator('tbody tr').first().innerText(), /\(chung\)/);
  await heat.getByRole('button', { name: /Xã Tổng Hợp Hai/ }).click();
  await page.getByTestId('dep-profile').waitFor();
  assert.match(await page.getByTestId('dep-profile').innerText(), /Xã Tổng Hợp Hai/);
  assert.match(page.url(), /unit=99002/);
  // Sorting by an indicator puts the largest share first (the parent stays on top).
  await heat.getByRole('button', { name: /Bảo hiểm y tế/ }).click();
  await page.waitForURL(/ds=-dep_health_insurance/);
  assert.match(await page.getByTestId('dep-narrative').innerText(), /Xã Tổng Hợp/);
  for (const w of [390, 1366, 1920]) {
    await page.setViewportSize({ width: w, height: 900 });
    await page.screenshot({ path: join(OUT, `deprivation-${w}.png`), fullPage: true });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 1, `no horizontal page overflow at ${w}px (got ${overflow})`);
  }
  await page.setViewportSize({ width: 1366, height: 900 });

  // Every output, scanned.
  const outputs = {};
  await page.getByLabel(/Ẩn số hộ nhỏ hơn/).fill('5');
  outputs.deprivationCsv = await download(page, () => page.getByTestId('dep-csv').click());
  assert.match(outputs.deprivationCsv, /dep_water/);
  await page.goto(`${s.baseUrl}?view=data&lang=vi`);
  await page.getByTestId('template').waitFor();
  const exportButtons = page.locator('section[aria-labelledby=export-h] button:not([data-testid])');
  for (let k = 0; k < await exportButtons.count(); k++) outputs[`export${k}`] = await download(page, () => exportButtons.nth(k).click());
  assert.ok(Object.keys(outputs).length >= 4);
  outputs.offline = await download(page, () => page.getByTestId('offline-report').click());
  outputs.indexedDb = await page.evaluate(async () => {
    const dump = [];
    for (const info of await indexedDB.databases()) {
      const db = await new Promise((ok, fail) => { const r = indexedDB.open(info.name); r.onsuccess = () => ok(r.result); r.onerror = () => fail(r.error); });
      for (const store of db.objectStoreNames) {
        const all = await new Promise((ok) => { const r = db.transaction(store).objectStore(store).getAll(); r.onsuccess = () => ok(r.result); });
        dump.push(JSON.stringify(all, (_k, v) => (ArrayBuffer.isView(v) ? Array.from(v) : v)));
        // Strings inside typed columns would not show in JSON: the dictionaries are plain arrays, so they do.
      }
      db.close();
    }
    return dump.join('\n');
  });
  assert.ok(outputs.indexedDb.includes('dep_water'), 'the aggregated figures are stored');
  outputs.console = consoleText.join('\n');
  outputs.url = page.url();
  for (const [where, text] of Object.entries(outputs)) assert.deepEqual(personal(text), [], `${where} holds personal data`);
  assert.deepEqual(s.errors(page), []);
});

test('the built-in data shows Huế’s 40 units with an illustrative deprivation profile, and the overview panel', async () => {
  const page = await s.page();
  await page.goto(`${s.baseUrl}?view=deprivation&lang=en`);
  await page.getByTestId('dep-heat').waitFor();
  assert.equal(await page.getByTestId('dep-heat').locator('tbody tr').count(), 41);
  await page.getByTestId('dep-illustrative').waitFor();
  for (const w of [390, 1366, 1920]) {
    await page.setViewportSize({ width: w, height: 900 });
    await page.screenshot({ path: join(OUT, `deprivation-builtin-${w}.png`), fullPage: w !== 1920 });
  }
  await page.goto(`${s.baseUrl}?view=overview&lang=en&year=2025`);
  await page.getByTestId('dep-drives').waitFor();
  assert.match(await page.getByTestId('dep-drives').innerText(), /What drives poverty here/);
  assert.deepEqual(s.errors(page), []);
});
