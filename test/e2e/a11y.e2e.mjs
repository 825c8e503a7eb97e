// axe-core with the WCAG 2.2 A/AA rules and best practices (issue 19) on every view, the presenter's
// scenes and the open states (deck editor, keys help, import report), in vi and en, at 320, 1366
// and 1920 px: zero violations of any impact. 390 px is not run again here: no style or script
// changes between 320 and 600 px, so it is the same page as 320 for axe (its overflow and
// screenshots are other tests'). To keep the run short, one page per language visits each screen
// once and steps through the widths with setViewportSize (no reloads).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setup, applyConfirming, rendered } from './harness.mjs';
import { syntheticCommunes } from './synthetic.mjs';
import { axeViolations } from './a11y-lib.mjs';

const FIX = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'import');
const WIDTHS = [320, 1366, 1920];
const height = (w) => (w < 500 ? 740 : w < 1500 ? 860 : 1080);
let s;
before(async () => { s = await setup(); });
after(async () => { await s?.close(); });

// bypassCSP only so axe-core can be injected; the app itself runs under its CSP.
const open = (viewport = { width: 1366, height: 860 }) => s.page({ viewport, bypassCSP: true });

/** Runs axe at each width on what is on screen now; collects "where: violation" lines. */
async function atEveryWidth(page, where, found) {
  for (const w of WIDTHS) {
    await page.setViewportSize({ width: w, height: height(w) });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    for (const v of await axeViolations(page)) found.push(`${where} @${w}: ${v}`);
  }
}

const SCREENS = ['overview', 'map', 'allocation', 'data', 'deprivation', 'scorecard'];
const SCENES = [1, 2, 3, 4, 5, 6];

for (const lang of ['vi', 'en']) {
  test(`every screen, scene and open state in ${lang} at ${WIDTHS.join(', ')} px: no axe violations`, async () => {
    const page = await open();
    const found = [];
    await page.goto(`${s.baseUrl}?view=overview&lang=${lang}`);
    await page.getByTestId('kpi-latest').waitFor();
    for (const view of SCREENS) {
      // In-app navigation (no reload): the tab links.
      await page.locator(`nav.app-nav a[href*="view=${view}"]`).click();
      await page.waitForFunction((v) => new URLSearchParams(location.search).get('view') === v, view);
      await page.locator('main h2, main h3').first().waitFor();
      await rendered(page);
      await atEveryWidth(page, view, found);
    }
    // The import report open (a file with errors, so the issue list shows).
    await page.locator('nav.app-nav a[href*="view=data"]').click();
    await page.getByTestId('file-input').setInputFiles(join(FIX, 'errors.csv'));
    await page.getByTestId('report').waitFor();
    await atEveryWidth(page, 'data + report', found);
    await page.locator('nav.app-nav a[href*="view=present"]').click();
    await page.getByTestId('present').waitFor();
    for (const scene of SCENES) {
      await page.keyboard.press(scene === 1 ? 'Home' : 'ArrowRight');
      await page.waitForFunction((n) => document.querySelector('[data-testid=present]')?.getAttribute('data-scene') === String(n), scene);
      await rendered(page);
      await atEveryWidth(page, `presenter scene ${scene}`, found);
    }
    await page.locator('.p-edit-button').click();
    await page.getByRole('dialog').waitFor();
    await atEveryWidth(page, 'deck editor', found);
    await page.keyboard.press('Escape');
    await page.locator('.p-help-button').click();
    await page.getByTestId('p-help').waitFor();
    await atEveryWidth(page, 'keys help', found);
    await page.keyboard.press('Escape');
    assert.deepEqual(found, []);
  });
}

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
  assert.deepEqual(await axeViolations(page), []);
});
