import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup } from './harness.mjs';

let s;
before(async () => { s = await setup(); });
after(async () => { await s?.close(); });

async function present(query = '?view=present&lang=vi', viewport = { width: 1920, height: 1080 }) {
  const page = await s.page({ viewport });
  await page.goto(s.baseUrl + query);
  await page.getByTestId('present').waitFor();
  return page;
}

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
      const page = await present(`?view=present&lang=vi${theme}`, { width, height });
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
  const page = await present();
  const scene = () => page.getByTestId('present').getAttribute('data-scene');
  await page.keyboard.press('ArrowRight');
  assert.equal(await scene(), '2');
  assert.match(page.url(), /scene=2/);
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
  assert.match(await page.getByTestId('p-notes').textContent(), /Năm 2024, tỷ lệ hộ nghèo của Thừa Thiên Huế là 1,40%/);
  const again = await present('?view=present&lang=vi&scene=3');
  assert.equal(await again.getByTestId('present').getAttribute('data-scene'), '3');
  assert.deepEqual(s.errors(page), []);
});

test('P plays the map scene through the years and stops at the last', async () => {
  const page = await present('?view=present&lang=vi&scene=3');
  const root = page.getByTestId('present');
  assert.equal(await root.getAttribute('data-year'), '2024');
  const before = await page.locator('[data-code="481"] text').nth(1).textContent();
  await page.keyboard.press('p');
  assert.equal(await root.getAttribute('data-year'), '2021');
  assert.equal(await root.getAttribute('data-playing'), 'true');
  const first = await page.locator('[data-code="481"] text').nth(1).textContent();
  assert.notEqual(first, before, 'the map shows the first year');
  const seen = new Set();
  for (let i = 0; i < 40 && (await root.getAttribute('data-playing')) === 'true'; i++) {
    seen.add(await root.getAttribute('data-year'));
    await page.waitForTimeout(150);
  }
  assert.ok(seen.has('2022') && seen.has('2023'), `years seen: ${[...seen]}`);
  assert.equal(await root.getAttribute('data-year'), '2024');
  assert.equal(await page.getByTestId('p-year').innerText(), '2024');
});

test('Esc leaves the presenter for the overview', async () => {
  const page = await present();
  await page.keyboard.press('Escape');
  await page.getByTestId('kpi-latest').waitFor();
  assert.match(page.url(), /view=overview/);
});
