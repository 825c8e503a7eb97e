// axe-core on the screens the overview and allocation tests do not cover: the map (SVG tiles and
// the canvas used for thousands of units), the data screen with an import report open, and the
// presenter. Serious and critical violations fail the test.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setup, applyConfirming } from './harness.mjs';
import { syntheticCommunes } from './synthetic.mjs';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const FIX = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'import');
let s;
before(async () => { s = await setup(); });
after(async () => { await s?.close(); });

async function violations(page, selector = 'body') {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async (sel) => await window.axe.run(document.querySelector(sel), { resultTypes: ['violations'] }), selector);
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

// bypassCSP only so axe-core can be injected; the app itself runs under its CSP.
const open = (viewport = { width: 1366, height: 860 }) => s.page({ viewport, bypassCSP: true });

test('map with SVG tiles, and the data screen with a report of errors open', async () => {
  const page = await open();
  await page.goto(`${s.baseUrl}?view=map`);
  await page.locator('.map-tile').first().waitFor();
  assert.deepEqual(await violations(page), []);
  await page.goto(`${s.baseUrl}?view=data`);
  await page.getByTestId('file-input').setInputFiles(join(FIX, 'errors.csv'));
  await page.getByTestId('report').waitFor();
  assert.ok(await page.locator('[data-testid=issues] tbody tr').count() > 0);
  assert.deepEqual(await violations(page), []);
});

test('canvas map for 2,500 communes, with the find box in use', async () => {
  const page = await open();
  const { csv } = syntheticCommunes(2500);
  await page.goto(`${s.baseUrl}?view=data`);
  await page.getByTestId('file-input').setInputFiles({ name: 'synthetic-communes.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.locator('input[name=apply-mode]').nth(1).check({ timeout: 60000 });
  await applyConfirming(page);
  await page.getByTestId('applied').waitFor({ timeout: 60000 });
  await page.locator('nav.app-nav a[href*="view=map"]').click();
  await page.locator('canvas.map-canvas-over').waitFor({ timeout: 30000 });
  await page.getByTestId('map-find').fill('Xã Giả Lập 0007');
  await page.getByTestId('map-find').press('Enter');
  await page.waitForURL(/unit=/);
  assert.deepEqual(await violations(page), []);
});

test('presenter scenes in the dark projector theme', async () => {
  const page = await open({ width: 1280, height: 720 });
  for (const scene of [1, 2, 3, 5]) {
    await page.goto(`${s.baseUrl}?view=present&scene=${scene}`);
    await page.waitForTimeout(600);
    assert.deepEqual(await violations(page), [], `scene ${scene}`);
  }
});
