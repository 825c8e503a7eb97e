// Conversion tables (crosswalks) on the data screen, in Chromium: a SYNTHETIC table of made-up
// communes is recognised as a crosswalk, its bad rows are reported with file, row and column, its
// links previewed; applied, it is saved with the data (survives a reload), "today's units" carries
// the old communes' figures into the new unit through it, and undo removes it. The published Huế
// table (../shared, tests only) is recognised too: 133 links to the 40 known units.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { setup, sharedFile, applyConfirming, OUT } from './harness.mjs';

let s;
before(async () => { s = await setup(); });
after(async () => { await s?.close(); });

// Made-up communes (codes 99xxx exist nowhere): three old ones with 2024 figures, two new ones with 2025 figures.
const FIGURES = [
  'Mã đơn vị,Tên đơn vị,Năm,Tổng số hộ,Số hộ nghèo',
  '99001,Xã Tổng Hợp Một,2024,1000,40',
  '99002,Xã Tổng Hợp Hai,2024,1500,60',
  '99003,Xã Tổng Hợp Ba,2024,900,90',
  '99100,Xã Tổng Hợp Mới,2025,2600,80',
  '99101,Xã Tổng Hợp Núi,2025,950,70',
].join('\n');
const TABLE = [
  'Mã xã mới,Tên xã mới,Mã xã cũ,Tên xã cũ,Nhập toàn bộ,Nhập một phần,Giữ nguyên',
  '99100,Xã Tổng Hợp Mới,99001,Xã Tổng Hợp Một,x,,',
  '99100,Xã Tổng Hợp Mới,99002,Xã Tổng Hợp Hai,x,,',
  '99101,Xã Tổng Hợp Núi,99003,Xã Tổng Hợp Ba,,x,',
  ',Xã Tổng Hợp Mới,99004,Xã Tổng Hợp Bốn,x,,',
].join('\n');
const csv = (name, text) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });

test('a conversion table is recognised, reported, previewed, saved with the data, used by today\'s units and undone', async () => {
  const page = await s.page();
  await page.goto(`${s.baseUrl}?view=data&lang=vi`);
  await page.getByTestId('file-input').setInputFiles(csv('synthetic-communes.csv', FIGURES));
  await page.getByTestId('report').waitFor();
  await applyConfirming(page);
  await page.getByTestId('applied').waitFor();
  await page.getByTestId('saving').waitFor({ state: 'detached', timeout: 60000 });

  await page.getByTestId('file-input').setInputFiles(csv('bang-chuyen-doi.csv', TABLE));
  const panel = page.getByTestId('crosswalk');
  await panel.waitFor();
  // Not read as figures: no mapping, no report of observations.
  assert.equal(await page.getByTestId('report').count(), 0);
  assert.match(await page.getByTestId('crosswalk-recognised').innerText(), /bang-chuyen-doi\.csv.*3 liên kết/);
  assert.match(await page.getByTestId('crosswalk-counts').innerText(), /2 nhập toàn bộ, 1 nhập một phần \(0 có tỷ lệ hộ\), 0 giữ nguyên; 3 đơn vị cũ → 2 đơn vị mới/);
  assert.match(await page.getByTestId('crosswalk-issues').innerText(), /bang-chuyen-doi\.csv, dòng 5, cột “Mã xã mới”: thiếu mã đơn vị mới/);
  await panel.getByText(/Đơn vị mới \(2\)/).click();
  assert.match(await page.getByTestId('crosswalk-units').innerText(), /99100 Xã Tổng Hợp Mới[\s\S]*99101 Xã Tổng Hợp Núi/);
  // The new units were imported without a start date: the user gives the date before saving.
  const applyButton = page.getByTestId('crosswalk-apply');
  assert.equal(await applyButton.isDisabled(), true);
  await page.getByTestId('crosswalk-effective').fill('2025-07-01');
  await page.screenshot({ path: join(OUT, 'crosswalk-preview-1366.png'), fullPage: true });
  await applyButton.click();
  await page.getByTestId('applied').filter({ hasText: 'bảng chuyển đổi bang-chuyen-doi.csv' }).waitFor();
  await page.getByTestId('saving').waitFor({ state: 'detached', timeout: 60000 });

  // Saved with the data: still there after a reload (the built-in Huế crosswalk stays beside it).
  await page.reload();
  const stored = page.getByTestId('stored-crosswalks');
  await stored.filter({ hasText: 'bang-chuyen-doi.csv' }).waitFor({ timeout: 15000 });
  assert.match(await stored.innerText(), /bang-chuyen-doi\.csv: hiệu lực từ 2025-07-01, 3 liên kết/);
  assert.match(await stored.innerText(), /\(2\)/);

  // Today's units: 99100's 2024 figure is the sum of the two communes merged whole into it (40 + 60);
  // 99101 took part of 99003 with no household share, so it is listed as not comparable.
  await page.goto(`${s.baseUrl}?view=overview&units=today&unit=99100&indicator=poor_households&year=2025&lang=vi`);
  const nc = page.getByTestId('not-comparable');
  await nc.waitFor({ timeout: 15000 });
  await nc.locator('summary').click();
  assert.match(await nc.innerText(), /Xã Tổng Hợp Núi/);
  assert.match(await page.getByTestId('kpi-latest').innerText(), /80/);
  assert.match(await page.getByTestId('kpi-change').innerText(), /−20/, 'change from 2024 (40 + 60 = 100) to 2025 (80)');
  assert.match(await page.locator('main').innerText(), /Xã Tổng Hợp Mới, số hộ nghèo: 2024: 100; 2025: 80/);
  await page.screenshot({ path: join(OUT, 'crosswalk-today-1366.png'), fullPage: true });

  // Undo takes the table away again.
  await page.goto(`${s.baseUrl}?view=data&lang=vi`);
  await page.waitForSelector('[data-testid=undo]:not([disabled])', { timeout: 15000 });
  await page.getByTestId('undo').click();
  await page.getByTestId('saving').waitFor({ state: 'detached', timeout: 30000 });
  await stored.filter({ hasText: 'bang-chuyen-doi.csv' }).waitFor({ state: 'detached', timeout: 15000 });
  assert.deepEqual(s.errors(page), []);
});

test('the published Huế conversion table is recognised: 133 links to the 40 known units, effective 1 Jul 2025', async () => {
  const file = sharedFile('data/reform/hue-crosswalk-2025.csv');
  const page = await s.page();
  await page.goto(`${s.baseUrl}?view=data&lang=en`);
  await page.getByTestId('file-input').setInputFiles(file);
  await page.getByTestId('crosswalk').waitFor();
  assert.match(await page.getByTestId('crosswalk-counts').innerText(), /132 merged whole, 0 partial \(0 with a household share\), 1 unchanged; 133 old units → 40 new units/);
  assert.equal(await page.getByTestId('crosswalk-unknown').count(), 0);
  assert.equal(await page.getByTestId('crosswalk-effective').inputValue(), '2025-07-01');
  // It describes the same change as the built-in crosswalk, so saving it would replace that one.
  assert.match(await page.getByTestId('crosswalk-replaces').innerText(), /Huế/);
  assert.deepEqual(s.errors(page), []);
});
