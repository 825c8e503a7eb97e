// Import that never guesses silently, in Chromium: an unknown unit header opens the mapping screen
// and the chosen column imports; a ward is never matched to the district of the same name; new
// units get a parent and are drawn on the map; Apply asks before loading a file with most rows rejected.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { setup, OUT } from './harness.mjs';

let s;
before(async () => { s = await setup(); });
after(async () => { await s?.close(); });

const csv = (name, text) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });

async function open(page) {
  await page.goto(`${s.baseUrl}?view=data`);
  await page.getByTestId('file-input').waitFor({ state: 'attached' });
}

test('unknown unit header → mapping screen → choose → import works', async () => {
  const page = await s.page();
  await open(page);
  await page.getByTestId('file-input').setInputFiles(csv('noi-chon.csv', 'Nơi chốn,Năm,Số hộ nghèo\nHuyện A Lưới,2023,3485\nHuyện Nam Đông,2023,410\n'));
  await page.getByTestId('mapping-missing').waitFor();
  // Every column with a preview of its first values.
  assert.match(await page.getByRole('row', { name: /Nơi chốn/ }).innerText(), /Huyện A Lưới/);
  for (const w of [390, 1366, 1920]) {
    await page.setViewportSize({ width: w, height: 900 });
    await page.screenshot({ path: join(OUT, `mapping-missing-${w}.png`), fullPage: true });
  }
  await page.getByLabel('Ý nghĩa của cột Nơi chốn').selectOption('unit_name');
  await page.getByTestId('report').waitFor();
  assert.equal(await page.getByTestId('accepted-count').innerText(), '2');
  await page.getByTestId('apply').click();
  await page.getByTestId('applied').waitFor();
  await page.close();
});

test('a ward is never matched to a district; new units get a parent and are drawn on the map', async () => {
  const page = await s.page();
  await page.setViewportSize({ width: 1366, height: 900 });
  await open(page);
  await page.getByTestId('file-input').setInputFiles(csv('phuong-2025.csv', 'Đơn vị,Năm,Tổng số hộ,Số hộ nghèo\nPhường Hương Trà,2025,15000,120\nXã Hồng Thái Mới,2025,7000,300\n'));
  await page.getByTestId('units').waitFor();
  // Matched by name to the ward of 1 Jul 2025, never to the abolished district "Thị xã Hương Trà"; shown for confirmation.
  const named = page.getByTestId('matched-by-name');
  assert.match(await named.innerText(), /Phường Hương Trà\s*→\s*Phường Hương Trà/);
  assert.doesNotMatch(await named.innerText(), /Thị xã/);
  await named.getByRole('button', { name: 'Xác nhận: Phường Hương Trà' }).click();
  await page.waitForSelector('[data-testid=matched-by-name] li[data-state=accepted]');
  // The unknown commune is new: level from its prefix, parent chosen here.
  assert.match(await page.getByTestId('new-units').innerText(), /Xã Hồng Thái Mới/);
  assert.equal(await page.getByLabel('Cấp của Xã Hồng Thái Mới').inputValue(), 'commune');
  await page.getByLabel('Cấp trên của Xã Hồng Thái Mới').selectOption('46');
  await page.waitForFunction(() => document.querySelector('select[aria-label="Cấp trên của Xã Hồng Thái Mới"]')?.value === '46');
  await page.screenshot({ path: join(OUT, 'mapping-new-units-1366.png'), fullPage: true });
  // The diff names the new unit, not its id.
  await page.locator('[data-testid=diff] summary').click();
  const diff = await page.getByTestId('diff-examples').innerText();
  assert.match(diff, /Xã Hồng Thái Mới/);
  assert.doesNotMatch(diff, /new-/);
  await page.getByTestId('apply').click();
  await page.getByTestId('applied').waitFor();
  // Let the save finish before leaving the page (the app holds navigation while it writes).
  await page.getByTestId('saving').waitFor({ state: 'detached', timeout: 15000 });
  await page.goto(`${s.baseUrl}?view=map&year=2025&indicator=poverty_rate`);
  await page.locator('.map-tile').first().waitFor();
  const labels = await page.locator('.map-tile').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
  assert.ok(labels.some((l) => /Xã Hồng Thái Mới/.test(l)), labels.join(' | '));
  assert.ok(!labels.some((l) => /Thị xã Hương Trà/.test(l)), labels.join(' | '));
  await page.screenshot({ path: join(OUT, 'mapping-new-units-map-1366.png'), fullPage: true });
  await page.close();
});

test('Apply asks when most units match no known unit', async () => {
  const page = await s.page();
  await open(page);
  await page.getByTestId('file-input').setInputFiles(csv('new-units.csv', 'Đơn vị,Năm,Số hộ nghèo\nXã Một Mới,2025,5\nXã Hai Mới,2025,6\nPhường Hương Trà,2025,7\n'));
  await page.getByTestId('diff').waitFor();
  await page.getByTestId('apply').click();
  await page.getByTestId('apply-guard').waitFor();
  assert.match(await page.getByTestId('apply-guard').innerText(), /2\/3 đơn vị/);
  await page.getByTestId('apply-confirm').click();
  await page.getByTestId('applied').waitFor();
  await page.close();
});

test('Apply asks before loading a file with most rows rejected', async () => {
  const page = await s.page();
  await open(page);
  await page.getByTestId('file-input').setInputFiles(csv('bad.csv', 'Mã đơn vị,Năm,Tỷ lệ hộ nghèo (%)\n481,2023,abc\n483,2023,xyz\n482,2023,150\n477,2023,4.2\n'));
  await page.getByTestId('diff').waitFor();
  await page.getByTestId('apply').click();
  const guard = page.getByRole('alertdialog');
  await guard.waitFor();
  assert.match(await guard.innerText(), /3\/4 dòng bị loại/);
  for (const w of [390, 1366]) {
    await page.setViewportSize({ width: w, height: 900 });
    await page.screenshot({ path: join(OUT, `apply-guard-${w}.png`), fullPage: true });
  }
  // Nothing loaded until confirmed; "Xem lại" closes the question.
  assert.equal(await page.getByTestId('applied').count(), 0);
  await guard.getByRole('button', { name: 'Xem lại' }).click();
  assert.equal(await page.getByRole('alertdialog').count(), 0);
  await page.close();
});
