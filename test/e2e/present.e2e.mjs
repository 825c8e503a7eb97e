import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setup, sharedFile, OUT, rendered, viewShown } from './harness.mjs';

let s;
before(async () => { s = await setup(); });
after(async () => { await s?.close(); });

/** Nothing scrolls and nothing inside the deck sticks out of the screen. */
async function overflow(page) {
  return page.evaluate(() => {
    const w = innerWidth; const h = innerHeight;
    const bad = [];
    if (document.documentElement.scrollWidth > w || document.documentElement.scrollHeight > h) bad.push('document');
    for (const el of document.querySelectorAll('.present *')) {
      if (el.closest('.sr-only')) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.right > w + 1 || r.bottom > h + 1 || r.left < -1 || r.top < -1) bad.push(`${el.tagName}.${el.className?.baseVal ?? el.className}`);
    }
    const stage = document.querySelector('.p-stage');
    if (stage.scrollHeight > stage.clientHeight + 1 || stage.scrollWidth > stage.clientWidth + 1) bad.push('stage scrolls');
    return bad.slice(0, 5);
  });
}

for (const [width, height] of [[1920, 1080], [1280, 720], [1024, 768]]) {
  test(`presenter at ${width}×${height}: no overflow on any scene, in both themes`, async () => {
    for (const theme of ['', '&theme=light']) {
      const page = await s.present(`?view=present&lang=vi${theme}`, { width, height });
      const n = Number((await page.locator('.p-count').innerText()).match(/\/(\d+)/)[1]);
      assert.ok(n >= 6, 'default deck has six scenes');
      for (let i = 1; i <= n; i++) {
        assert.equal(await page.getByTestId('present').getAttribute('data-scene'), String(i));
        assert.deepEqual(await overflow(page), [], `scene ${i}`);
        await page.keyboard.press('ArrowRight');
      }
      if (width === 1920) {
        const px = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.present')).fontSize));
        assert.ok(px >= 24, `body ${px}px`);
      }
      assert.deepEqual(s.errors(page), []);
      await page.context().close();
    }
  });
}

test('keys: → / PageDown / space next, ← / PageUp back, End, Home; the scene is in the URL', async () => {
  const page = await s.present();
  const scene = async () => {
    await rendered(page); // the key has been handled and the scene drawn
    return page.getByTestId('present').getAttribute('data-scene');
  };
  await page.keyboard.press('ArrowRight');
  assert.equal(await scene(), '2');
  await page.waitForURL(/scene=2/);
  await page.keyboard.press('PageDown');
  await page.keyboard.press(' ');
  assert.equal(await scene(), '4');
  await page.keyboard.press('PageUp');
  await page.keyboard.press('ArrowLeft');
  assert.equal(await scene(), '2');
  await page.keyboard.press('End');
  assert.equal(await scene(), '6');
  await page.keyboard.press('Home');
  assert.equal(await scene(), '1');
  // The first scene's notes are the generated narrative.
  // The built-in data ends with the expected end-2025 figure of the city, now called Huế.
  assert.match(await page.getByTestId('p-notes').textContent(), /Năm 2025, tỷ lệ hộ nghèo của Huế là 1,20%/);
  const again = await s.present('?view=present&lang=vi&scene=3');
  assert.equal(await again.getByTestId('present').getAttribute('data-scene'), '3');
  assert.deepEqual(s.errors(page), []);
});

test('P plays the map scene through the years and stops at the last', async () => {
  const page = await s.present('?view=present&lang=vi&scene=3');
  const root = page.getByTestId('present');
  // The scene opens on the latest year, 2025: the 40 units of that year.
  assert.equal(await root.getAttribute('data-year'), '2025');
  assert.equal(await page.locator('[data-code="481"]').count(), 0);
  await page.keyboard.press('p');
  assert.equal(await root.getAttribute('data-year'), '2021');
  assert.equal(await root.getAttribute('data-playing'), 'true');
  // 2021 draws the districts of its time, A Lưới among them.
  await page.locator('[data-code="481"]').first().waitFor();
  const seen = new Set();
  for (let i = 0; i < 40 && (await root.getAttribute('data-playing')) === 'true'; i++) {
    const year = await root.getAttribute('data-year');
    seen.add(year);
    // The next year, or the end of playback.
    await page.waitForFunction((y) => {
      const el = document.querySelector('[data-testid=present]');
      return el.getAttribute('data-year') !== y || el.getAttribute('data-playing') !== 'true';
    }, year, { timeout: 10000 });
  }
  assert.ok(seen.has('2022') && seen.has('2023'), `years seen: ${[...seen]}`);
  // The last year is 2025 (the new units' first year).
  assert.equal(await root.getAttribute('data-year'), '2025');
  assert.equal(await page.getByTestId('p-year').innerText(), '2025');
});

test('Esc leaves the presenter for the overview', async () => {
  const page = await s.present();
  await page.keyboard.press('Escape');
  await page.getByTestId('kpi-latest').waitFor();
  assert.match(page.url(), /view=overview/);
});

test('the URL of every view round-trips (reload and a fresh page restore it)', async () => {
  const urls = [
    '?view=overview&year=2023&indicator=poor_households&unit=481&lang=en',
    '?view=map&year=2022&lang=vi&class=jenks&k=4&palette=purples',
    '?view=allocation&year=2023&lang=en&method=equal-pp&tr=1.84&ty=2025',
    '?view=data&lang=en',
    '?view=present&lang=en&scene=4&theme=light',
  ];
  for (const q of urls) {
    const page = await s.page();
    await page.goto(s.baseUrl + q);
    await viewShown(page);
    const want = Object.fromEntries(new URLSearchParams(q));
    const got = () => Object.fromEntries(new URL(page.url()).searchParams);
    for (const [k, v] of Object.entries(want)) assert.equal(got()[k], v, `${q}: ${k}`);
    await page.reload();
    await viewShown(page);
    for (const [k, v] of Object.entries(want)) assert.equal(got()[k], v, `${q} after reload: ${k}`);
    assert.equal(await page.evaluate(() => document.documentElement.lang), want.lang);
    await page.context().close();
  }
});

test('add the current view to the deck; it persists and can be presented', async () => {
  const page = await s.page();
  await page.goto(s.baseUrl + '?view=overview&unit=481&year=2023&lang=en');
  await page.getByTestId('kpi-latest').waitFor();
  await page.getByRole('button', { name: 'Add to the deck' }).click();
  await page.locator('.share-msg', { hasText: 'Scene added to the deck' }).waitFor();
  await page.goto(s.baseUrl + '?view=present&lang=en');
  await viewShown(page);
  await page.keyboard.press('End');
  await rendered(page);
  assert.equal(await page.getByTestId('present').getAttribute('data-scene'), '7');
  assert.equal(await page.getByTestId('p-year').innerText(), '2023');
  assert.match(await page.locator('[data-testid=trend-svg]').getAttribute('aria-label'), /Trend against the target/);
  await page.context().close();
});

test('with real boundaries loaded on the map screen, the map scene and the offline report draw them', async () => {
  const page = await s.page({ viewport: { width: 1280, height: 720 } });
  // The 2021–2024 district boundaries, on the map of 2024; the scene added from there keeps the year.
  await page.goto(s.baseUrl + '?view=map&lang=vi&year=2024');
  await page.setInputFiles('[data-testid=boundary-file]', sharedFile('data/boundaries/tth-districts.topo.json'));
  await page.locator('path.map-unit').first().waitFor();
  await page.getByRole('button', { name: 'Thêm vào bản trình chiếu' }).click();
  await page.locator('.share-msg', { hasText: 'Đã thêm cảnh vào bản trình chiếu' }).waitFor();
  await page.goto(s.baseUrl + '?view=present&lang=vi&scene=7');
  await page.locator('[data-testid=map-svg] path[data-code]').first().waitFor();
  assert.equal(await page.locator('[data-testid=map-svg] path[data-code]').count(), 9);
  assert.deepEqual(await overflow(page), []);
  await page.goto(s.baseUrl + '?view=overview&lang=vi');
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByTestId('offline-report').click()]);
  const file = join(OUT, 'offline-report-geo.html');
  writeFileSync(file, readFileSync(await dl.path()));
  const off = await s.page();
  await off.route('**', (r) => (r.request().url().startsWith('file:') ? r.continue() : r.abort()));
  await off.goto(`${pathToFileURL(file).href}?view=present&lang=vi&scene=7`);
  await off.locator('[data-testid=map-svg] path[data-code]').first().waitFor();
  assert.equal(await off.locator('[data-testid=map-svg] path[data-code]').count(), 9);
  // The deck travels with the report: six default scenes and the added map view.
  assert.match(await off.locator('.p-count').innerText(), /Cảnh 7\/7/);
});

test('N opens the speaker notes in a separate window that follows the scene; the editor reorders and removes', async () => {
  const page = await s.present('?view=present&lang=en');
  const [popup] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('n')]);
  await popup.getByText(/In 2025, the poor-household rate of Hue City was 1\.20%/).waitFor();
  await page.bringToFront();
  await page.keyboard.press('ArrowRight');
  await popup.getByText(/The solid line is the observed rate/).waitFor();
  assert.match(await popup.locator('body').innerText(), /Next: The map over the years/);
  await page.getByRole('button', { name: 'Edit the deck' }).click();
  await page.getByRole('button', { name: 'Down 2' }).click();
  await page.getByRole('button', { name: 'Remove 1' }).click();
  // The removed row's button had focus: focus stays in the editor, on the control now in its place.
  await page.waitForFunction(() => document.querySelector('.p-editor')?.contains(document.activeElement));
  const titles = await page.locator('.p-scene-go').allInnerTexts();
  assert.deepEqual(titles.map((t) => t.replace(/^\d+\.\s*/, '')).slice(0, 2), ['The map over the years', 'Trend against the target']);
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('.p-editor').count(), 0);
  assert.deepEqual(s.errors(page), []);
});
