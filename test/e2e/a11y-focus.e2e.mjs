// Keyboard and screen-reader behaviour the axe rules cannot see (issue 19): where focus goes after
// each open, close, apply and undo (visible and not covered), what the live region says, the
// presenter's keys and help dialog, and the measured contrast of the focus ring.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setup, rendered } from './harness.mjs';
import { announced, assertFocusVisible, contrast, focusState, ringColours } from './a11y-lib.mjs';

const FIX = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'import');
let s; let page;
// One page for the whole file (one context, no reloads between most steps).
before(async () => {
  s = await setup();
  page = await s.page({ viewport: { width: 1366, height: 860 } });
});
after(async () => { await s?.close(); });

/**
 * Puts keyboard focus on the first shown match: one real Tab press (so the browser is in keyboard
 * mode and draws :focus-visible), then focus() — a walk of 100 Tab presses would cost seconds.
 */
const keyFocus = async (selector) => {
  await page.keyboard.press('Tab');
  const ok = await page.evaluate((sel) => {
    const el = [...document.querySelectorAll(sel)].find((e) => e.getClientRects().length > 0 && !e.disabled);
    el?.focus();
    return Boolean(el) && document.activeElement === el;
  }, selector);
  if (!ok) throw new Error(`could not focus ${selector}`);
};
const tabTo = async (selector, max = 30) => {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((sel) => document.activeElement?.matches(sel), selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
};

test('the focus ring is ≥ 3:1 against every background it appears on', async () => {
  await page.goto(`${s.baseUrl}?view=overview&lang=vi`);
  await page.getByTestId('kpi-latest').waitFor();
  const cases = [
    ['.app-nav a', 'page'], ['.lang-switch button', 'header'], ['.banner summary', 'banner'], ['.multiples button', 'card'],
  ];
  const seen = [];
  for (const [sel, where] of cases) {
    await keyFocus(sel);
    const c = await ringColours(page);
    assert.equal(c.style, 'solid', `${where}: outline style`);
    assert.ok(c.outerWidth >= 2, `${where}: outline ${c.outerWidth}px`);
    const outer = contrast(c.outer, c.bg); const pair = c.inner ? contrast(c.outer, c.inner) : 0;
    seen.push(`${where} ${c.bg}: ${outer.toFixed(2)}:1`);
    assert.ok(outer >= 3, `${where}: ring ${c.outer} on ${c.bg} is ${outer.toFixed(2)}:1`);
    assert.ok(pair >= 3, `${where}: the two rings ${c.outer}/${c.inner} differ by ${pair.toFixed(2)}:1`);
  }
  for (const theme of ['', '&theme=light']) {
    await page.goto(`${s.baseUrl}?view=present&lang=vi&scene=1${theme}`);
    await page.getByTestId('present').waitFor();
    await keyFocus('.p-controls button');
    const c = await ringColours(page);
    const outer = contrast(c.outer, c.bg);
    seen.push(`presenter${theme || ' dark'} ${c.bg}: ${outer.toFixed(2)}:1`);
    assert.ok(outer >= 3 && contrast(c.outer, c.inner) >= 3, `presenter${theme}: ring ${c.outer} on ${c.bg} is ${outer.toFixed(2)}:1`);
  }
  console.log(`focus ring contrast: ${seen.join('; ')}`);
});

test('deck editor: focus moves in, Tab stays inside, Esc closes and returns focus; Space presses a focused button', async () => {
  await page.goto(`${s.baseUrl}?view=present&lang=vi&scene=2`);
  await page.getByTestId('present').waitFor();
  await tabTo('.p-edit-button');
  await page.keyboard.press(' ');
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  // Space pressed the button; the scene did not change.
  assert.equal(await page.getByTestId('present').getAttribute('data-scene'), '2');
  assert.ok(await dialog.evaluate((d) => d.contains(document.activeElement)), 'focus moved into the editor');
  await assertFocusVisible(assert, page, 'editor opened');
  for (let i = 0; i < 16; i++) {
    await page.keyboard.press(i % 5 === 4 ? 'Shift+Tab' : 'Tab');
    assert.ok(await dialog.evaluate((d) => d.contains(document.activeElement)), `Tab ${i} left the editor for ${(await focusState(page)).where}`);
  }
  // Typing in the editor's fields moves no scene.
  await page.getByRole('textbox').first().focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type('p');
  assert.equal(await page.getByTestId('present').getAttribute('data-scene'), '2');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  await page.waitForFunction(() => document.activeElement?.classList.contains('p-edit-button'));
  await assertFocusVisible(assert, page, 'editor closed');
  // Enter on a focused button presses it (next scene button), not the deck's "next".
  await page.locator('.p-controls button').first().focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.getByTestId('present').getAttribute('data-scene'), '1');
});

test('keys help dialog: ? opens it, single-letter keys can be switched off, scene changes are announced', async () => {
  await page.goto(`${s.baseUrl}?view=present&lang=en&scene=3`);
  await page.getByTestId('present').waitFor();
  await page.keyboard.press('?');
  const help = page.getByTestId('p-help');
  await help.waitFor();
  assert.match(await help.innerText(), /Play or stop the years/);
  await assertFocusVisible(assert, page, 'help opened');
  await help.getByTestId('p-letter-keys').uncheck();
  await page.waitForURL(/keys=off/);
  await page.keyboard.press('Escape');
  await help.waitFor({ state: 'detached' });
  await assertFocusVisible(assert, page, 'help closed');
  await page.evaluate(() => document.activeElement?.blur());
  await page.keyboard.press('p');
  await rendered(page); // P, were it on, would have started playback by now
  assert.equal(await page.getByTestId('present').getAttribute('data-playing'), 'false', 'P is off');
  await page.keyboard.press('?');
  assert.equal(await help.count(), 0, '? is off too');
  // The button still opens the list; switch the keys back on.
  await page.getByRole('button', { name: /Keyboard keys/ }).click();
  await help.getByTestId('p-letter-keys').check();
  await page.keyboard.press('Escape');
  await page.evaluate(() => document.activeElement?.blur());
  await page.keyboard.press('ArrowRight');
  assert.match(await announced(page, /Scene 4 of 6/), /Scene 4 of 6: /);
  assert.match(await page.title(), /Scene 4 of 6/);
  // Leaving the presenter puts focus on the current screen's tab.
  await page.keyboard.press('Escape');
  await page.getByTestId('kpi-latest').waitFor();
  await page.waitForFunction(() => document.activeElement?.matches('.app-nav a[aria-current=page]'));
  await assertFocusVisible(assert, page, 'left the presenter');
  await page.waitForFunction(() => /^Overview · /.test(document.title)); // set in a task after the render
  assert.match(await page.title(), /^Overview · /);
});

test('data screen: the report, the import and Undo are announced; focus stays visible after Apply and Undo', async () => {
  await page.goto(`${s.baseUrl}?view=data&lang=vi`);
  await page.getByTestId('file-input').setInputFiles(join(FIX, 'wide-indicator-windows-1258.csv'));
  await page.getByTestId('report').waitFor();
  assert.match(await announced(page, /wide-indicator-windows-1258\.csv/), /báo cáo kiểm tra đã sẵn sàng/);
  await page.getByTestId('apply').focus();
  await page.keyboard.press('Enter');
  await page.getByTestId('applied').waitFor();
  assert.match(await announced(page, /Đã nạp/), /Đã nạp wide-indicator-windows-1258\.csv/);
  await page.waitForFunction(() => document.activeElement?.matches('[data-testid=applied]'));
  await assertFocusVisible(assert, page, 'after Apply');
  await page.waitForSelector('[data-testid=undo]:not([disabled])', { timeout: 15000 });
  await page.getByTestId('undo').focus();
  await page.keyboard.press('Enter');
  assert.match(await announced(page, /Đã hoàn tác/), /Đã hoàn tác: /);
  await page.waitForFunction(() => document.activeElement && document.activeElement !== document.body);
  await assertFocusVisible(assert, page, 'after Undo');
  // The message does not stay: it is gone some seconds later.
  await page.waitForFunction(() => document.querySelector('[data-testid=announcer]')?.textContent === '', null, { timeout: 12000 });
});

test('the Download list closes on Esc and when focus moves on, never covering the focused tab', async () => {
  await page.goto(`${s.baseUrl}?view=overview&lang=vi`);
  await page.getByTestId('kpi-latest').waitFor();
  const toggle = page.locator('.chart-downloads > button');
  await toggle.focus();
  await page.keyboard.press('Enter');
  await page.locator('.chart-downloads-list').waitFor();
  await page.keyboard.press('Escape');
  await page.locator('.chart-downloads-list').waitFor({ state: 'detached' });
  assert.ok(await toggle.evaluate((b) => b === document.activeElement), 'focus back on the Download button');
  await page.keyboard.press('Enter');
  await page.locator('.chart-downloads-list').waitFor();
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const inList = await page.evaluate(() => Boolean(document.activeElement?.closest('.chart-downloads')));
    if (!inList) break;
  }
  await page.locator('.chart-downloads-list').waitFor({ state: 'detached' });
  await tabTo('.app-nav a');
  await assertFocusVisible(assert, page, 'tab after the Download list');
  assert.deepEqual(s.errors(page).filter((e) => !/Failed to load resource/.test(e)), []);
});
