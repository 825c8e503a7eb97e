import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup } from './harness.mjs';

let s;
before(async () => { s = await setup(); });
after(async () => { await s?.close(); });

test('the built page carries a strict CSP, every view runs under it, and nothing leaves the origin', async () => {
  const page = await s.page();
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
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    assert.deepEqual(await page.evaluate(() => window.__cspViolations), [], `no CSP violation on ${view}`);
  }
  assert.deepEqual(foreign, []);
  assert.deepEqual(s.errors(page), []);
});
