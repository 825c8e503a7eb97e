import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, viewShown } from './harness.mjs';

let s;
before(async () => { s = await setup(); });
after(async () => { await s?.close(); });

test('the built page carries a strict CSP, every view runs under it, and nothing leaves the origin', async () => {
  // With the service worker: its precache requests and its control of the page are checked too.
  const page = await s.page({ serviceWorkers: 'allow' });
  const foreign = [];
  page.on('request', (r) => { if (!r.url().startsWith(s.baseUrl) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) foreign.push(r.url()); });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(s.baseUrl);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.match(csp, /script-src 'self'(;|$)/);
  assert.doesNotMatch(csp, /unsafe-eval|script-src[^;]*unsafe-inline/);
  for (const view of ['overview', 'map', 'allocation', 'data', 'present']) {
    await page.goto(`${s.baseUrl}?view=${view}`);
    await viewShown(page);
    await page.waitForLoadState('networkidle'); // every request the view makes has been seen
    assert.deepEqual(await page.evaluate(() => window.__cspViolations), [], `no CSP violation on ${view}`);
  }
  assert.deepEqual(foreign, []);
  assert.deepEqual(s.errors(page), []);
});

test('an embedded view (?embed=1) is read-only: no navigation, no upload, no edits', async () => {
  const page = await s.page();
  await page.goto(`${s.baseUrl}?view=data&embed=1`);
  await page.locator('.data-view').waitFor();
  assert.equal(await page.locator('nav.app-nav').count(), 0);
  assert.equal(await page.locator('input[type=file]').count(), 0);
  await page.goto(`${s.baseUrl}?view=allocation&embed=1`);
  await page.locator('.alloc table').first().waitFor();
  assert.equal(await page.locator('.alloc .icon-btn:visible').count(), 0);
  await page.goto(`${s.baseUrl}?view=map&embed=1`);
  await viewShown(page);
  assert.equal(await page.locator('input[type=file]').count(), 0);
  await page.goto(`${s.baseUrl}?view=allocation`);
  await page.locator('.alloc table').first().waitFor();
  assert.ok(await page.locator('.alloc .icon-btn:visible').count() > 0, 'edits are there when not embedded');
  assert.deepEqual(s.errors(page), []);
});
