// The national scale through the real app: the synthetic 1.06-million-row commune file (made-up
// data, test/bench/generate.mjs) is picked on the data screen, applied as a replacement, and the
// overview and the map show it. Timings are the benchmark's business (npm run bench); this test
// checks what a user sees: the progress bar, the counts, a household-weighted national headline,
// frames still being drawn while the worker applies, the data kept across a reload, and the map
// on canvas.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { setup, OUT, applyConfirming } from './harness.mjs';
import { ensureData, COMMUNE_FILE } from '../bench/generate.mjs';

let s;
before(async () => { await ensureData(); s = await setup(); });
after(async () => { await s?.close(); });

/** Σ poor ÷ Σ households × 100 over every commune in the latest year, read from the file itself. */
async function expectedHeadline() {
  const poor = new Map();
  const hh = new Map();
  const lines = createInterface({ input: createReadStream(COMMUNE_FILE, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    const parts = line.split(',');
    if (parts.length < 5) continue;
    const year = Number(parts[parts.length - 3]);
    const ind = parts[parts.length - 2];
    const v = Number(parts[parts.length - 1]);
    if (ind === 'poor_households') poor.set(year, (poor.get(year) ?? 0) + v);
    if (ind === 'total_households') hh.set(year, (hh.get(year) ?? 0) + v);
  }
  const year = Math.max(...hh.keys());
  return { year, rate: (100 * poor.get(year)) / hh.get(year) };
}

test('the national commune file: progress, report, apply in the worker while frames go on, overview and canvas map', async () => {
  const want = await expectedHeadline();
  const page = await s.page({ viewport: { width: 1366, height: 860 } });
  await page.goto(`${s.baseUrl}?view=data`);
  await page.getByTestId('file-input').waitFor({ state: 'attached' });
  await page.getByTestId('file-input').setInputFiles(COMMUNE_FILE);
  await page.getByTestId('import-progress').waitFor({ timeout: 20000 });
  await page.getByTestId('report').waitFor({ timeout: 180000 });
  assert.equal(await page.getByTestId('accepted-count').innerText(), '1.060.000');
  assert.equal(await page.getByTestId('rejected-count').innerText(), '0');
  assert.equal(await page.getByTestId('diff-added').innerText(), '1.060.000');

  await page.locator('input[name=apply-mode]').nth(1).check();
  // A frame counter: if the apply ran on the page, no frame could be drawn until it finished.
  await page.evaluate(() => {
    window.__frames = 0;
    const tick = () => { window.__frames++; requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
    // Whether the "saving" note was ever shown (it may come and go between two checks).
    window.__savingSeen = false;
    new MutationObserver(() => { if (document.querySelector('[data-testid=saving]')) window.__savingSeen = true; })
      .observe(document.body, { childList: true, subtree: true });
  });
  await applyConfirming(page);
  const busy = await page.getByTestId('apply').getAttribute('aria-busy').catch(() => null);
  await page.getByTestId('applied').waitFor({ timeout: 180000 });
  const frames = await page.evaluate(() => window.__frames);
  assert.ok(frames >= 3, `frames drawn while applying: ${frames}`);
  assert.equal(busy, 'true', 'the apply button shows that it is busy');
  // The data view says while it is saving to IndexedDB (a million rows take a moment), then stops.
  await page.getByTestId('saving').waitFor({ state: 'detached', timeout: 120000 });
  assert.equal(await page.evaluate(() => window.__savingSeen), true, 'the saving note was shown');

  await page.locator('nav.app-nav a').first().click();
  await page.getByTestId('kpi-latest').waitFor({ timeout: 60000 });
  const kpi = (await page.getByTestId('kpi-latest').innerText()).replace(/\s+/g, ' ');
  const shown = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(want.rate);
  assert.ok(kpi.includes(String(want.year)) && kpi.includes(`${shown}%`), `${kpi} vs ${shown}% (${want.year})`);
  assert.match(await page.getByTestId('compare-truncated').innerText(), /30 trên 10\.600/);
  await page.screenshot({ path: join(OUT, 'national-overview.png'), fullPage: false });

  // Saved in IndexedDB (the data view said so, above): a reload brings the national data back.
  await page.reload();
  await page.getByTestId('compare-truncated').waitFor({ timeout: 120000 });
  assert.match(await page.getByTestId('compare-truncated').innerText(), /30 trên 10\.600/);

  await page.locator('nav.app-nav a').nth(1).click();
  const frame = page.locator('.map-frame[data-renderer=canvas]');
  await frame.waitFor({ timeout: 60000 });
  assert.match(await frame.locator('canvas[role=img]').getAttribute('aria-label'), /10\.600/);
  await page.screenshot({ path: join(OUT, 'national-map.png'), fullPage: false });

  // The file has no national target: allocation asks for one instead of allocating a made-up 0%.
  await page.locator('nav.app-nav a').nth(2).click();
  await page.getByTestId('alloc-no-target').waitFor({ timeout: 60000 });
  await page.locator('input[name=tvalue]').fill('2.5');
  // Then its table pages 10,600 communes (100 a page); totals and exports cover them all.
  await page.getByTestId('alloc-pager').waitFor({ timeout: 60000 });
  assert.match(await page.getByTestId('parent-target').innerText(), /2,50%/);
  assert.equal(await page.locator('[data-testid=allocation-table] tbody tr').count(), 100);
  assert.match(await page.getByTestId('alloc-pager').innerText(), /Trang 1\/106/);

  // The presenter's map scene (third scene): one coloured tile per commune, no unreadable labels.
  await page.goto(`${s.baseUrl}?view=present&scene=3`);
  const tiles = page.locator('[data-testid=map-svg] rect[data-code]');
  await tiles.first().waitFor({ timeout: 60000 });
  assert.equal(await tiles.count(), 10600);
  assert.equal(await page.locator('[data-testid=map-svg] text').count(), 0);
  assert.deepEqual(s.errors(page), []);
});
