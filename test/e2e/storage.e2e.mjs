// Issue 20 in Chromium against the built app: simultaneous applies in two tabs (replace and merge,
// 10 rounds each) lose nothing and the tabs agree; damaged records are quarantined with a notice
// and the app stays usable; a throwing indexedDB getter leaves every view working in memory; a
// quota failure at every put index leaves pointer, records and history consistent with a true
// notice.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, viewShown } from './harness.mjs';

const ROUNDS = Number(process.env.E2E_RACE_ROUNDS ?? 10);
const VIEWPORT = { width: 1366, height: 860 };
let s;
before(async () => { s = await setup(); });
after(async () => { await s?.close(); });

async function tab(context, errors) {
  const page = await context.newPage();
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  return page;
}

const csv = (name, unit, value) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(`unit_code,year,indicator,value\n${unit},2024,poor_households,${value}\n`) });

/** What IndexedDB holds: the stored chain's labels, the history's files, the current values by unit. */
function readStorage() {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('poverty-dashboard-data');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const st = db.transaction('kv').objectStore('kv');
      const keys = st.getAllKeys();
      const values = st.getAll();
      st.transaction.oncomplete = () => {
        const m = new Map(keys.result.map((k, i) => [k, values.result[i]]));
        const p = m.get('pointer');
        const label = (k) => (k === 'builtin' ? 'builtin' : m.get(k)?.label ?? `MISSING ${k}`);
        const cur = p && p.current !== 'builtin' ? m.get(p.current) : null;
        const byUnit = {};
        if (cur) {
          const c = cur.dataset.columns;
          const ind = c.indicators.indexOf('poor_households');
          for (let i = 0; i < c.unit.length; i++) if (c.indicator[i] === ind && c.year[i] === 2024) byUnit[c.units[c.unit[i]]] = c.value[i];
        }
        const live = new Set(p ? [p.current, ...p.past] : []);
        resolve({
          chain: p ? [...p.past, p.current].map(label) : ['builtin'],
          history: (m.get('imports') ?? []).map((r) => r?.file),
          orphans: [...m.keys()].filter((k) => String(k).startsWith('ds:') && !live.has(k)).length,
          values: byUnit,
        });
        db.close();
      };
    };
  });
}

const currentLabel = (page) => page.locator('.data-card p', { hasText: 'Dữ liệu hiện tại' }).first().innerText();

async function settled(page) {
  await page.getByTestId('applied').waitFor();
  await page.getByTestId('saving').waitFor({ state: 'detached' });
}

for (const mode of ['replace', 'merge']) {
  test(`simultaneous Apply in two tabs (${mode}), ${ROUNDS} rounds: nothing lost, both tabs agree and say so`, async () => {
    const context = await s.browser.newContext({ viewport: VIEWPORT });
    const errors = [];
    const a = await tab(context, errors);
    const b = await tab(context, errors);
    for (const p of [a, b]) { await p.goto(`${s.baseUrl}?view=data`); await p.getByTestId('file-input').waitFor({ state: 'attached' }); }
    let raced = 0;
    for (let round = 1; round <= ROUNDS; round++) {
      const fa = `A${round}.csv`;
      const fb = `B${round}.csv`;
      await a.getByTestId('file-input').setInputFiles(csv(fa, '474', 10_000 + round));
      await b.getByTestId('file-input').setInputFiles(csv(fb, '481', 20_000 + round));
      for (const p of [a, b]) {
        // Only the tab in front draws frames at full rate, and Playwright waits for frames before
        // it clicks: each tab comes to the front while it is driven (b ends in front, as it
        // started, so the race runs with one tab in the background as before).
        await p.bringToFront();
        await p.getByTestId('apply').waitFor();
        if (mode === 'replace') await p.locator('input[name=apply-mode]').nth(1).check();
      }
      // Both clicks at the same instant: each tab clicks Apply when one broadcast message arrives
      // (armed in both first, then sent once; it reaches both tabs alike).
      await Promise.all([a, b].map((p) => p.evaluate(() => {
        const go = new BroadcastChannel('e2e-race-go');
        go.onmessage = () => { go.close(); document.querySelector('[data-testid=apply]').click(); };
      })));
      await a.evaluate(() => { const go = new BroadcastChannel('e2e-race-go'); go.postMessage('go'); go.close(); });
      await settled(a);
      await settled(b);
      let stored;
      for (let i = 0; i < 50; i++) {
        stored = await a.evaluate(readStorage);
        const [la, lb] = [await currentLabel(a), await currentLabel(b)];
        if (la === lb && la.endsWith(stored.chain.at(-1))) break;
        await a.waitForTimeout(100); // poll interval
      }
      assert.equal(await currentLabel(a), await currentLabel(b), `round ${round}: the tabs agree`);
      assert.ok(stored.chain.some((l) => l.endsWith(fa)) && stored.chain.some((l) => l.endsWith(fb)), `round ${round}: both imports stored (${stored.chain.join(' | ')})`);
      assert.ok(stored.history.includes(fa) && stored.history.includes(fb), `round ${round}: both in the import history`);
      assert.equal(stored.orphans, 0);
      if (mode === 'merge') assert.deepEqual([stored.values['474'], stored.values['481']], [10_000 + round, 20_000 + round], `round ${round}: both values in the data`);
      const notices = await Promise.all([a, b].map((p) => p.locator('.notice').first().innerText()));
      for (const n of notices) assert.match(n, /thẻ khác/);
      if (notices.some((n) => /cùng lúc|vừa áp dụng|vừa gộp/.test(n))) raced++;
    }
    console.log(`# ${mode}: ${raced} of ${ROUNDS} rounds were a true race (both saves based on the same version)`);
    if (ROUNDS >= 10) assert.ok(raced > 0, 'the clicks really raced at least once');
    assert.deepEqual(errors.filter((e) => !/persistence/.test(e)), []);
    await context.close();
  });
}

// The import worker writes the dataset record itself (src/store/staged.ts); when its write is
// refused, the page writes the record as before. Both ways, a failure at any of the page's puts
// leaves storage as it was, with no record left over.
for (const worker of ['writes the record', 'is refused (quota)']) {
  test(`quota failure at every put index, the import worker ${worker}: pointer, records and history stay consistent; the notice says what was saved`, async () => {
    const refused = worker.startsWith('is refused');
    for (let failAt = 0; ; failAt++) {
      const context = await s.browser.newContext({ viewport: VIEWPORT });
      const errors = [];
      const page = await tab(context, errors);
      await page.addInitScript(() => {
        const put = IDBObjectStore.prototype.put;
        window.__puts = 0;
        IDBObjectStore.prototype.put = function (...args) {
          if (window.__failAt !== undefined && window.__puts++ === window.__failAt) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          return put.apply(this, args);
        };
      });
      // Each import's worker, stubbed before its apply is clicked.
      const stubbed = [];
      if (refused) {
        // A worker ended before its stub landed (a spare replaced) needs none.
        page.on('worker', (w) => stubbed.push(w.evaluate(() => {
          IDBObjectStore.prototype.put = () => { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
        }).catch(() => {})));
      }
      await page.goto(`${s.baseUrl}?view=data`);
      await page.getByTestId('file-input').setInputFiles(csv('A.csv', '474', 111));
      await page.getByTestId('apply').click();
      await settled(page);
      await page.evaluate((n) => { window.__failAt = n; }, failAt);
      await page.getByTestId('file-input').setInputFiles(csv('B.csv', '481', 222));
      await page.getByTestId('apply').waitFor();
      await Promise.all(stubbed);
      await page.getByTestId('apply').click();
      await settled(page);
      const stored = await page.evaluate(readStorage);
      const puts = await page.evaluate(() => window.__puts);
      assert.equal(stored.orphans, 0, `fail at ${failAt}: no orphan record`);
      if (failAt >= puts) {
        assert.ok(stored.chain.at(-1).endsWith('B.csv') && stored.history.includes('B.csv'));
        // The page writes the pointer, the history and the mappings, and the record when the worker could not.
        assert.equal(puts, refused ? 4 : 3, 'the puts of the page');
        await context.close();
        break;
      }
      assert.ok(stored.chain.at(-1).endsWith('A.csv'), `fail at ${failAt}: the pointer still names A`);
      assert.deepEqual(stored.history, ['A.csv'], `fail at ${failAt}: the history lacks B`);
      const notice = await page.locator('.notice').first().innerText();
      assert.match(notice, /Bộ nhớ trình duyệt đã đầy: “Nhập tệp: B\.csv” chỉ có trong thẻ này, chưa được lưu; tải lại trang sẽ hiện “Nhập tệp: A\.csv”/);
      await page.evaluate(() => { window.__failAt = undefined; });
      await page.reload();
      await page.locator('.data-card p', { hasText: 'Dữ liệu hiện tại: Nhập tệp: A.csv' }).first().waitFor(); // as the notice said
      assert.deepEqual(errors.filter((e) => !/persistence|QuotaExceeded/.test(e)), []);
      await context.close();
    }
  });
}

/** Writes into the app's database before a reload (a damaged record, a dangling pointer …). */
async function damage(page, f) {
  await page.evaluate(`new Promise((resolve, reject) => {
    const open = indexedDB.open('poverty-dashboard-data');
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction('kv', 'readwrite');
      const st = tx.objectStore('kv');
      const ptr = st.get('pointer');
      ptr.onsuccess = () => {
        const p = ptr.result;
        const rec = st.get(p.current);
        rec.onsuccess = () => { (${f})(st, p, rec.result); };
      };
      tx.oncomplete = () => { db.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
  })`);
}

const DAMAGE = {
  'a dataset without a title': `(st, p, r) => { delete r.dataset.title; st.put(r, p.current); }`,
  'a dataset with sources: null': `(st, p, r) => { r.dataset.sources = null; st.put(r, p.current); }`,
  'an import history of [null]': `(st) => { st.put([null], 'imports'); }`,
  'a pointer to missing records': `(st, p) => { st.put({ current: 'ds:gone', past: [], version: p.version }, 'pointer'); }`,
};

for (const [name, f] of Object.entries(DAMAGE)) {
  test(`${name}: quarantined with a notice, every screen usable, "repair storage" instead of clearing site data`, async () => {
    const context = await s.browser.newContext({ viewport: VIEWPORT });
    const errors = [];
    const page = await tab(context, errors);
    await page.goto(`${s.baseUrl}?view=data`);
    for (const [file, value] of [['A.csv', 111], ['B.csv', 222]]) {
      await page.getByTestId('file-input').setInputFiles(csv(file, '474', value));
      await page.getByTestId('apply').click();
      await settled(page);
    }
    await damage(page, f);
    await page.reload();
    const notice = page.locator('.notice-error, .notice-warning').first();
    await notice.waitFor();
    await page.getByTestId('file-input').waitFor({ state: 'attached' });
    assert.equal(await page.locator('.error-panel').count(), 0, 'the data screen is not behind an error boundary');
    if (name.startsWith('a dataset')) assert.match(await currentLabel(page), /A\.csv/, 'the newest readable version loads');
    if (name.startsWith('a pointer')) {
      await page.getByRole('button', { name: 'Sửa bộ nhớ' }).click();
      await page.locator('.notice', { hasText: 'Đã sửa bộ nhớ' }).waitFor();
      assert.match(await currentLabel(page), /B\.csv/, 'the orphaned versions are back');
      await page.getByTestId('undo').click();
      assert.match(await currentLabel(page), /A\.csv/);
    }
    for (const view of ['overview', 'map', 'allocation', 'present']) {
      await page.goto(`${s.baseUrl}?view=${view}`);
      await viewShown(page);
      assert.equal(await page.locator('.error-panel').count(), 0, `${view} works`);
    }
    assert.deepEqual(errors.filter((e) => !/persistence/.test(e)), []);
    await context.close();
  });
}

test('a throwing indexedDB getter (blocked storage): every view works in memory, the presenter keeps its navigation', async () => {
  const context = await s.browser.newContext({ viewport: VIEWPORT });
  const errors = [];
  const page = await tab(context, errors);
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { configurable: true, get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });
  });
  await page.goto(`${s.baseUrl}?view=data`);
  await page.locator('.notice', { hasText: 'chỉ giữ đến khi đóng trang' }).waitFor();
  await page.getByTestId('file-input').setInputFiles(csv('A.csv', '474', 111));
  await page.getByTestId('apply').click();
  await page.getByTestId('applied').waitFor();
  for (const view of ['overview', 'map', 'allocation', 'data']) {
    await page.getByRole('link', { name: { overview: 'Tổng quan', map: 'Bản đồ', allocation: 'Phân bổ', data: 'Dữ liệu' }[view] }).first().click();
    await page.locator('nav.app-nav a[aria-current=page]', { hasText: { overview: 'Tổng quan', map: 'Bản đồ', allocation: 'Phân bổ', data: 'Dữ liệu' }[view] }).waitFor();
    await viewShown(page);
    assert.equal(await page.locator('.error-panel').count(), 0, `${view} works`);
  }
  await page.goto(`${s.baseUrl}?view=present`);
  await viewShown(page);
  assert.equal(await page.locator('.error-panel').count(), 0, 'the presenter works');
  const before = page.url();
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction((u) => location.href !== u, before);
  assert.deepEqual(errors.filter((e) => !/persistence/.test(e)), []);
  await context.close();
});
