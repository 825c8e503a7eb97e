// One truth per figure (issue 13): the status word of every built-in unit is the same in the
// overview, the map tooltip, the allocation table and the presenter; A Lưới 2024 reads as expected
// in each; the 2023 view gives the 2023 verdict; a self-contradicting import is flagged everywhere.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setup, OUT, rendered, viewShown, savedToStorage } from './harness.mjs';

const FIX = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'provenance');
const CODES = ['474', '476', '477', '478', '479', '480', '481', '482', '483'];
let s;
before(async () => { s = await setup(); });
after(async () => { await s?.close(); });

const word = (t) => t.replace(/^[^\p{L}]+/u, '').split(' — ')[0].trim();

/** code → status word on each of the four screens at 2024, plus what each says about A Lưới's figure. */
async function readScreens(page) {
  const out = { overview: {}, map: {}, allocation: {}, present: {}, prov: {}, flags: {} };
  await page.goto(s.baseUrl + '?view=overview&year=2024&lang=vi');
  await page.locator('.multiple[data-code]').first().waitFor();
  for (const c of CODES) out.overview[c] = word(await page.locator(`.multiple[data-code="${c}"] .badge`).innerText());
  out.flags.overview = await page.getByTestId('ranking-legend').innerText().catch(() => '');
  out.flags.overviewTable = await page.locator('#ranking table').textContent();
  await page.goto(s.baseUrl + '?view=overview&year=2024&unit=481&lang=vi');
  out.prov.overview = await page.getByTestId('kpi-latest').getAttribute('data-provenance');

  await page.goto(s.baseUrl + '?view=map&year=2024&lang=vi');
  await page.locator('.map-tile').first().waitFor();
  out.flags.map = {};
  for (const c of CODES) {
    // The tooltip is hoverable (it stays while the pointer is on it): leave it first, or it can cover the next tile.
    await page.mouse.move(0, 0);
    await page.locator('.map-tooltip').waitFor({ state: 'hidden' });
    await page.locator(`.map-tile[data-code="${c}"]`).hover();
    const tip = page.locator(`.map-tooltip[data-code="${c}"]`);
    await tip.waitFor();
    await tip.getByTestId('tooltip-status').waitFor();
    out.map[c] = word(await tip.getByTestId('tooltip-status').innerText());
    out.flags.map[c] = await tip.getByTestId('tooltip-flag').count();
    if (c === '481') out.prov.map = await tip.getByTestId('tooltip-provenance').getAttribute('data-provenance');
  }

  await page.goto(s.baseUrl + '?view=allocation&year=2024&lang=vi');
  await page.getByTestId('status-474').waitFor();
  out.flags.allocation = {};
  for (const c of CODES) {
    const cell = page.getByTestId(`status-${c}`);
    out.allocation[c] = word(await cell.locator('.badge').innerText());
    out.flags.allocation[c] = await cell.locator('.prov-flag').count();
  }
  out.prov.allocation = await page.getByTestId('status-481').getAttribute('data-provenance');
  await page.getByRole('button', { name: 'Thêm vào bản trình chiếu' }).click();
  await page.locator('.share-msg', { hasText: 'Đã thêm cảnh vào bản trình chiếu' }).waitFor();

  await page.goto(s.baseUrl + '?view=present&lang=vi');
  await viewShown(page);
  await page.keyboard.press('End');
  const table = page.getByTestId('p-status-table');
  await table.waitFor();
  assert.equal(await page.getByTestId('p-year').innerText(), '2024');
  const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => ({
    name: tr.querySelector('th')?.textContent ?? '', status: tr.querySelector('td:last-child .badge')?.textContent ?? '',
    prov: tr.querySelector('td[data-provenance]')?.getAttribute('data-provenance') ?? '', flag: tr.querySelectorAll('.p-prov-flag').length,
  })));
  out.presentRows = rows;
  return out;
}

const NAME = { 474: 'Thành phố Huế', 476: 'Huyện Phong Điền', 477: 'Huyện Quảng Điền', 478: 'Huyện Phú Vang', 479: 'Thị xã Hương Thủy',
  480: 'Thị xã Hương Trà', 481: 'Huyện A Lưới', 482: 'Huyện Phú Lộc', 483: 'Huyện Nam Đông' };

function presenterByCode(rows) {
  const out = {};
  for (const c of CODES) {
    const r = rows.find((x) => x.name.trim() === NAME[c]);
    assert.ok(r, `presenter row for ${NAME[c]} in ${rows.map((x) => x.name).join(' | ')}`);
    out[c] = r;
  }
  return out;
}

test('every built-in unit has the same status word in the overview, map tooltip, allocation table and presenter; A Lưới 2024 reads as expected in each', async () => {
  const page = await s.page({ viewport: { width: 1366, height: 900 } });
  const r = await readScreens(page);
  const pres = presenterByCode(r.presentRows);
  for (const c of CODES) {
    const words = [r.overview[c], r.map[c], r.allocation[c], word(pres[c].status)];
    assert.ok(words[0], `overview status for ${c}`);
    assert.deepEqual(words, [words[0], words[0], words[0], words[0]], `unit ${c}: overview / map / allocation / presenter`);
  }
  assert.deepEqual([r.prov.overview, r.prov.map, r.prov.allocation, pres['481'].prov], ['expected', 'expected', 'expected', 'expected']);
  await page.screenshot({ path: join(OUT, 'truth-present-status-1366.png') });
  assert.deepEqual(s.errors(page), []);
  await page.context().close();
});

test('the 2023 view gives the 2023 verdict (met, by how much) and the verdict table', async () => {
  const page = await s.page({ viewport: { width: 1366, height: 900 } });
  await page.goto(s.baseUrl + '?view=overview&year=2023&lang=en');
  const verdict = page.getByTestId('kpi-verdict');
  await verdict.waitFor();
  assert.match(await verdict.innerText(), /2023 target \(3\.17%\): met, 0\.90 pp below/);
  assert.match(await page.getByTestId('verdict-table').innerText(), /2023\s+3\.17%\s+2\.27%\s+✓ Met/);
  assert.match(await page.getByTestId('narrative').innerText(), /The 2023 target \(3\.17%\) was met/);
  // The stated cut and the data's reading are both shown next to the target.
  assert.match(await page.getByTestId('kpi-gap').innerText(), /cut of 0\.96 pp \(i\.e\. from 4\.13%\).*0\.39 pp.*1,287 households/s);
  assert.doesNotMatch(await page.locator('main').innerText(), /giảm −|cut of −/);
  assert.deepEqual(s.errors(page), []);
  await page.context().close();
});

test('a file that contradicts itself (22.59% given, 500 / 6,088 = 8.21%) flags the same unit on every screen', async () => {
  const page = await s.page({ viewport: { width: 1366, height: 900 } });
  await page.goto(`${s.baseUrl}?view=data&lang=vi`);
  await page.getByTestId('file-input').setInputFiles(join(FIX, 'contradiction.csv'));
  await page.getByTestId('report').waitFor();
  await page.getByTestId('apply').click();
  await page.getByTestId('applied').waitFor();
  // Applying saves the dataset and moves the view state; let that settle before navigating away
  // (a navigation racing it was aborted).
  await savedToStorage(page, 'contradiction.csv');
  await rendered(page);
  const r = await readScreens(page);
  const pres = presenterByCode(r.presentRows);
  assert.match(r.flags.overview, /Tỷ lệ mâu thuẫn với số hộ/);
  assert.match(r.flags.overviewTable, /Tỷ lệ theo nguồn: 22,59%/);
  const flagged = (m) => CODES.filter((c) => m[c] > 0);
  assert.deepEqual(flagged(r.flags.map), ['483']);
  assert.deepEqual(flagged(r.flags.allocation), ['483']);
  assert.deepEqual(CODES.filter((c) => pres[c].flag > 0), ['483']);
  // The counts win: 8.21% everywhere, never 22.59% as the value.
  await page.goto(s.baseUrl + '?view=map&year=2024&lang=vi');
  await page.locator('.map-tile[data-code="483"]').hover();
  assert.match(await page.locator('.map-tooltip-value').innerText(), /8,21/);
  await page.goto(s.baseUrl + '?view=overview&year=2024&unit=483&lang=vi');
  assert.match(await page.getByTestId('kpi-latest').innerText(), /8,21%[\s\S]*Tỷ lệ theo nguồn: 22,59%/);
  await page.getByTestId('kpi-flag').waitFor();
  await page.screenshot({ path: join(OUT, 'truth-contradiction-overview-1366.png'), fullPage: true });
  assert.deepEqual(s.errors(page), []);
  await page.context().close();
});

test('screenshots of overview, map and allocation at 390, 1366 and 1920 px', async () => {
  for (const width of [390, 1366, 1920]) {
    const page = await s.page({ viewport: { width, height: 900 } });
    for (const [name, q, ready] of [
      ['overview', '?view=overview&year=2024&lang=vi', '.multiple'],
      ['overview-2023', '?view=overview&year=2023&lang=vi', '[data-testid=verdict-table]'],
      ['map', '?view=map&year=2024&lang=vi', '.map-tile'],
      ['allocation', '?view=allocation&year=2024&lang=vi', '[data-testid=status-481]'],
    ]) {
      await page.goto(s.baseUrl + q);
      await page.locator(ready).first().waitFor();
      await viewShown(page);
      if (name === 'map') await page.locator('.map-tile[data-code="481"]').hover();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      await page.screenshot({ path: join(OUT, `truth-${name}-${width}.png`), fullPage: true });
      assert.ok(overflow <= 0, `${name} at ${width}px overflows by ${overflow}px`);
    }
    assert.deepEqual(s.errors(page), []);
    await page.context().close();
  }
});
