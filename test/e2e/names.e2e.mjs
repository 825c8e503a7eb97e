// Names are data, shown safely (issue 20): bidi controls are marked in the report and removed at
// import; a 10,000-character name never widens the page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { setup, OUT, applyConfirming, viewShown } from './harness.mjs';

let s;
before(async () => { s = await setup(); });
after(async () => { await s?.close(); });

const BIDI = 'Xã \u202Egnp.exe\u202C Đảo';
const LONG = 'Ẩ'.repeat(10_000);
const CSV = `Mã đơn vị,Đơn vị,Năm,Tổng số hộ,Số hộ nghèo\nX1,"${BIDI}",2023,1000,60\nX2,"${LONG}",2023,2000,40\nX1,"${BIDI}",2024,1000,50\nX2,"${LONG}",2024,2000,30\n`;

for (const width of [390, 1366]) {
  test(`bidi name marked in the report and removed at import; a 10,000-character name does not widen the page (${width} px)`, async () => {
    const page = await s.page({ viewport: { width, height: 900 } });
    await page.goto(`${s.baseUrl}?view=data`);
    await page.getByTestId('file-input').setInputFiles({ name: 'names.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
    await page.getByTestId('report').waitFor();
    const report = await page.getByTestId('report').innerText();
    assert.match(report, /Xã ⟨U\+202E⟩gnp\.exe⟨U\+202C⟩ Đảo/, 'the report shows the controls marked');
    assert.ok(!report.includes('\u202E'), 'no live bidi control in the report');
    await page.locator('input[name=apply-mode]').nth(1).check();
    await applyConfirming(page);
    await page.getByTestId('applied').waitFor();
    for (const view of ['Tổng quan', 'Bản đồ', 'Dữ liệu']) {
      await page.getByRole('link', { name: view }).first().click();
      await page.locator('nav.app-nav a[aria-current=page]', { hasText: view }).waitFor();
      await viewShown(page);
      const text = await page.locator('main').innerText();
      assert.ok(!text.includes('\u202E') && !text.includes('\u202C'), `${view}: no bidi control on screen`);
      const wide = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(wide <= width, `${view}: page ${wide} px wide at ${width} px`);
    }
    await page.getByRole('link', { name: 'Tổng quan' }).first().click();
    await page.locator('nav.app-nav a[aria-current=page]', { hasText: 'Tổng quan' }).waitFor();
    await viewShown(page);
    assert.match(await page.locator('main').innerText(), /Xã gnp\.exe Đảo/);
    await page.screenshot({ path: join(OUT, `names-overview-${width}.png`), fullPage: false });
    assert.deepEqual(s.errors(page), []);
  });
}
