// Units and standards through time (issue 12) in Chromium: a 2025 file of Huế's new units by name
// lands on the 40 units (none on a district); the 2025 overview is "Huế" with the expected city
// figure labelled expected; a synthetic 2026–2027 file shows the break at the change of standard;
// the map draws the 40 units from the 2025 boundaries (../shared, tests only).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setup, sharedFile, OUT } from './harness.mjs';

const FIX = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'import');
let s;
before(async () => { s = await setup(); });
after(async () => { await s?.close(); });

test('the 2025 overview names the city Huế, compares its 40 new units and shows the expected figure as expected', async () => {
  const page = await s.page();
  await page.goto(`${s.baseUrl}?view=overview&year=2025&lang=vi`);
  await page.getByTestId('kpi-latest').waitFor();
  const main = await page.locator('main').innerText();
  assert.match(main, /Huế/);
  assert.equal(await page.locator('.subtitle').innerText(), 'Huế, 2021–2025');
  assert.match(await page.getByTestId('kpi-latest').innerText(), /1,20%/);
  assert.match(await page.getByTestId('kpi-latest').innerText(), /dự kiến/i);
  assert.match(main, /40 đơn vị|40\b/);
  // A verdict on the expected figure says it is not a result, in the KPI card and the verdict table.
  assert.match(await page.getByTestId('kpi-verdict').innerText(), /đạt.*theo số liệu dự kiến, chưa phải kết quả/);
  // The table names the figure's provenance under it, and its verdict reads as a forecast, as the badge does.
  assert.match(await page.getByTestId('verdict-table').locator('tr', { hasText: /^2025/ }).innerText(), /Số liệu dự kiến \(chưa phải kết quả\)[\s\S]*✓ Dự kiến đạt/);
  await page.getByTestId('trend-break-units').waitFor();
  // The 2026–2030 goal as stated (words, from the data, with its source); no number until the user sets one.
  const goal = await page.getByTestId('period-goal').innerText();
  assert.match(goal, /2026–2030/);
  assert.match(goal, /Cơ bản không còn hộ nghèo theo chuẩn nghèo đa chiều quốc gia/);
  assert.match(goal, /nld\.com\.vn/);
  assert.match(await page.getByTestId('goal-no-target').innerText(), /Chưa có chỉ tiêu bằng số/);
  await page.screenshot({ path: join(OUT, 'vintages-overview-2025-1366.png'), fullPage: true });
  // 2024 still belongs to the province of its time.
  await page.goto(`${s.baseUrl}?view=overview&year=2024&lang=vi`);
  await page.getByTestId('kpi-latest').waitFor();
  assert.match(await page.locator('main').innerText(), /Thừa Thiên Huế/);
  assert.equal(await page.locator('.subtitle').innerText(), 'Thừa Thiên Huế, 2021–2025');
  assert.equal(await page.getByTestId('period-goal').count(), 0);
  assert.deepEqual(s.errors(page), []);
});

test('a 2025 file of the 40 new units by name only lands on the 40 units, none on a district', async () => {
  const page = await s.page();
  await page.goto(`${s.baseUrl}?view=data`);
  await page.getByTestId('file-input').setInputFiles(join(FIX, 'hue-2025-new-units-by-name.csv'));
  await page.getByTestId('report').waitFor();
  assert.equal(await page.getByTestId('rejected-count').innerText(), '0');
  const report = await page.getByTestId('report').innerText();
  assert.doesNotMatch(report, /Thị xã Hương Trà|Huyện Nam Đông|Huyện A Lưới/);
  await page.getByTestId('apply').click();
  // Apply may ask first when names were matched by name (the guard); confirm when it does.
  const confirm = page.getByRole('button', { name: /Vẫn nạp|Nạp|Apply anyway|Load anyway/ });
  if (await confirm.count()) await confirm.first().click();
  await page.getByTestId('applied').waitFor();
  await page.getByTestId('saving').waitFor({ state: 'detached', timeout: 60000 });
  await page.goto(`${s.baseUrl}?view=map&year=2025&lang=vi`);
  await page.locator('.map-frame').waitFor();
  const tiles = await page.locator('.map-frame [data-code]').evaluateAll((els) => els.map((e) => e.getAttribute('data-code')));
  assert.equal(new Set(tiles).size, 40);
  assert.ok(tiles.every((c) => /^\d{5}$/.test(c)), `every tile is a new commune-level unit: ${tiles.join(',')}`);
  assert.deepEqual(s.errors(page), []);
});

test('the trend breaks at the 2026|2027 change of standard (synthetic 2026–2027 figures)', async () => {
  const page = await s.page();
  await page.goto(`${s.baseUrl}?view=data`);
  const csv = 'Mã đơn vị,Tên đơn vị,Năm,Tỷ lệ hộ nghèo (%)\n46,Huế,2026,0.9\n46,Huế,2027,2.8\n';
  await page.getByTestId('file-input').setInputFiles({ name: 'synthetic-2027.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByTestId('report').waitFor();
  await page.getByTestId('apply').click();
  const confirm = page.getByRole('button', { name: /Vẫn nạp|Nạp|Apply anyway|Load anyway/ });
  if (await confirm.count()) await confirm.first().click();
  await page.getByTestId('applied').waitFor();
  await page.getByTestId('saving').waitFor({ state: 'detached', timeout: 60000 });
  await page.goto(`${s.baseUrl}?view=overview&year=2027&lang=en`);
  const note = page.getByTestId('trend-break-standard');
  await note.waitFor();
  assert.match(await note.innerText(), /2026\|2027.*2022-2025 → 2026-2030/);
  // No change is computed across the break.
  assert.doesNotMatch(await page.getByTestId('kpi-change').innerText(), /1\.90/);
  await page.screenshot({ path: join(OUT, 'vintages-break-2027-1366.png'), fullPage: true });
  assert.deepEqual(s.errors(page), []);
});

test('the map draws the 40 units of 2025 from their boundaries', async () => {
  const page = await s.page();
  await page.goto(`${s.baseUrl}?view=map&year=2025&lang=vi`);
  await page.setInputFiles('[data-testid=boundary-file]', sharedFile('data/reform/hue-communes-2025.topo.json'));
  await page.locator('path.map-unit').first().waitFor();
  assert.equal(await page.locator('.map-frame').getAttribute('data-mode'), 'geo');
  assert.equal(await page.locator('path.map-unit').count(), 40);
  assert.match(await page.getByTestId('join-summary').innerText(), /40\/40/);
  await page.screenshot({ path: join(OUT, 'vintages-map-2025-1366.png'), fullPage: true });
  assert.deepEqual(s.errors(page), []);
});
