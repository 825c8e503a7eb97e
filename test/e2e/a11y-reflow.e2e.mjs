// The presenter at 320 px and at 200% zoom (1.4.10, 1.4.4): no text box is cut (scrollWidth ≤
// clientWidth, scrollHeight ≤ clientHeight), no ellipsis, and the source line wraps instead of "…".
// 200% zoom is a 683×384 CSS-px viewport at deviceScaleFactor 2: what a 1366×768 screen shows at
// 200%, and unlike CSS `zoom` it leaves layout, media queries and scrollWidth in CSS pixels as the
// browser's own zoom does.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, rendered } from './harness.mjs';

let s;
before(async () => { s = await setup(); });
after(async () => { await s?.close(); });

async function clipped(page) {
  return page.evaluate(() => {
    const bad = [];
    for (const el of document.querySelectorAll('.present *')) {
      if (el.closest('.sr-only, svg') || el instanceof SVGElement) continue;
      const cs = getComputedStyle(el);
      if (cs.display === 'none' || !el.textContent?.trim()) continue;
      if (cs.textOverflow === 'ellipsis') bad.push(`${el.className}: ellipsis`);
      const hidesX = cs.overflowX !== 'visible'; const hidesY = cs.overflowY !== 'visible';
      if ((hidesX && el.scrollWidth > el.clientWidth + 1) || (hidesY && el.scrollHeight > el.clientHeight + 1 && !/auto|scroll/.test(cs.overflowY))) {
        bad.push(`${el.tagName.toLowerCase()}.${el.className}: ${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight}`);
      }
      const r = el.getBoundingClientRect();
      if (r.width > 0 && (r.right > innerWidth + 1 || r.left < -1)) bad.push(`${el.tagName.toLowerCase()}.${el.className}: off-screen (${Math.round(r.left)}–${Math.round(r.right)})`);
    }
    return [...new Set(bad)].slice(0, 12);
  });
}

for (const [label, viewport, dpr] of [['320 px', { width: 320, height: 640 }, 1], ['200% zoom', { width: 683, height: 384 }, 2]]) {
  test(`presenter at ${label}: no text cut, no ellipsis, every control on screen`, async () => {
    const page = await s.page({ viewport, deviceScaleFactor: dpr });
    const found = [];
    for (const lang of ['vi', 'en']) {
      await page.goto(`${s.baseUrl}?view=present&lang=${lang}&scene=1`);
      await page.getByTestId('present').waitFor();
      for (let scene = 1; scene <= 6; scene++) {
        if (scene > 1) await page.keyboard.press('ArrowRight');
        await page.waitForFunction((n) => document.querySelector('[data-testid=present]')?.getAttribute('data-scene') === String(n), scene);
        await rendered(page);
        for (const b of await clipped(page)) found.push(`${lang} scene ${scene}: ${b}`);
      }
    }
    assert.deepEqual(found, []);
  });
}
