// Sharing what is on screen: the link and embed code, a scene's PNG/SVG/CSV, the printed brief,
// the offline report, the app offline after a first visit, and any overview chart's downloads.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setup, OUT } from './harness.mjs';

let s;
before(async () => { s = await setup(); });
after(async () => { await s?.close(); });

test('copy link puts the current URL on the clipboard; the embed code is read-only and keeps the source line', async () => {
  const page = await s.page();
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: s.baseUrl.replace(/\/$/, '') });
  await page.goto(s.baseUrl + '?view=overview&unit=481&lang=en');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await page.locator('.share-msg', { hasText: 'Link copied' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), page.url());
  await page.getByRole('button', { name: 'Embed code' }).click();
  const snippet = await page.locator('.share-embed textarea').inputValue();
  assert.match(snippet, /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?view=overview&amp;unit=481&amp;lang=en&amp;embed=1"/);
  await page.goto(s.baseUrl + '?view=overview&unit=481&lang=en&embed=1');
  await page.getByTestId('kpi-latest').waitFor();
  assert.equal(await page.locator('.app-nav, .share-bar, .lang-switch').count(), 0);
  assert.match(await page.locator('.embed-source').innerText(), /Source: .*Data status/);
  assert.deepEqual(s.errors(page), []);
});

test('downloaded PNG and SVG of a scene are valid images with the title in them; CSV has the data', async () => {
  const page = await s.present('?view=present&lang=en&scene=2');
  const save = async (name) => {
    const [dl] = await Promise.all([page.waitForEvent('download'), page.locator('.p-export').getByRole('button', { name }).click()]);
    return { name: dl.suggestedFilename(), body: readFileSync(await dl.path()) };
  };
  const png = await save('PNG image');
  assert.match(png.name, /\.png$/);
  assert.deepEqual([...png.body.subarray(0, 8)], [137, 80, 78, 71, 13, 10, 26, 10]);
  assert.ok(png.body.includes(Buffer.from('Trend against the target')), 'title in the PNG');
  const svg = await save('SVG image');
  const text = svg.body.toString('utf8');
  assert.match(text, /<title>Trend against the target<\/title>/);
  assert.match(text, /Data status: includes illustrative figures/);
  // Both decode as images in the browser, the PNG at twice the SVG's size.
  const dims = await page.evaluate(async ([p, s]) => {
    const load = (src) => new Promise((ok, bad) => { const i = new Image(); i.onload = () => ok([i.naturalWidth, i.naturalHeight]); i.onerror = bad; i.src = src; });
    return [await load(`data:image/png;base64,${p}`), await load(`data:image/svg+xml;base64,${s}`)];
  }, [png.body.toString('base64'), svg.body.toString('base64')]);
  assert.ok(dims[0][0] > 1000 && dims[1][0] > 500, JSON.stringify(dims));
  assert.equal(dims[0][0], dims[1][0] * 2);
  const csv = await save('CSV data');
  assert.match(csv.body.toString('utf8'), /^\uFEFFunit_code,unit_name,indicator,year,value,target,provenance\r\n46,/);
  assert.deepEqual(s.errors(page), []);
});

test('print: the leadership brief is one A4 page', async () => {
  const page = await s.page();
  await page.goto(s.baseUrl + '?view=overview&lang=vi&year=2024');
  await page.getByTestId('kpi-latest').waitFor();
  // On screen the brief is not rendered at all (it is work for nothing until someone prints).
  assert.equal(await page.getByTestId('brief').count(), 0);
  await page.emulateMedia({ media: 'print' });
  await page.getByTestId('brief').waitFor({ state: 'attached' });
  // null, not 'screen': a forced screen medium would also apply to page.pdf().
  await page.emulateMedia({ media: null });
  await page.getByTestId('brief').waitFor({ state: 'detached' });
  // A real print (page.pdf fires beforeprint) renders it in time.
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  writeFileSync(join(OUT, 'brief.pdf'), pdf);
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? [];
  assert.equal(pages.length, 1, `pages: ${pages.length}`);
  assert.match(pdf.toString('latin1'), /\/Type\s*\/Page/);
  await page.emulateMedia({ media: 'print' });
  const brief = await page.getByTestId('brief').innerText();
  assert.match(brief, /Năm 2024, tỷ lệ hộ nghèo của Thừa Thiên Huế là 1,40%/);
  assert.match(brief, /Huyện A Lưới/);
  assert.equal(await page.locator('[data-testid=brief] [data-testid=map-svg] [data-code]').count(), 9);
});

test('offline report: one HTML file that opens from file:// with every network request blocked', async () => {
  const page = await s.page();
  await page.goto(s.baseUrl + '?view=overview&lang=vi');
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByTestId('offline-report').click()]);
  const file = join(OUT, 'offline-report.html');
  writeFileSync(file, readFileSync(await dl.path()));
  const html = readFileSync(file, 'utf8');
  assert.doesNotMatch(html, /<script[^>]+src=|<link[^>]+href=/, 'nothing is loaded from outside the file');
  const off = await s.page();
  const requests = [];
  await off.route('**', (r) => {
    if (r.request().url().startsWith('file:')) return r.continue();
    requests.push(r.request().url());
    return r.abort();
  });
  await off.goto(pathToFileURL(file).href);
  await off.getByTestId('kpi-latest').waitFor();
  assert.match(await off.getByTestId('kpi-latest').innerText(), /1,20%/);
  await off.getByText(/Báo cáo ngoại tuyến, tạo ngày/).waitFor();
  await off.goto(`${pathToFileURL(file).href}?view=present&lang=vi&scene=3`);
  await off.getByTestId('map-svg').waitFor();
  assert.equal(await off.locator('[data-testid=map-svg] [data-code]').count(), 40);
  await off.goto(`${pathToFileURL(file).href}?view=map&lang=vi`);
  await off.locator('main svg').first().waitFor();
  assert.deepEqual(requests.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:')), []);
});

test('the served app works offline after the first visit (service worker)', async () => {
  const page = await s.page({ serviceWorkers: 'allow' });
  await page.goto(s.baseUrl + '?view=overview&lang=vi');
  await page.getByTestId('kpi-latest').waitFor();
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  // `ready` resolves once the worker is active, i.e. after its install step cached the app: check the cache holds it.
  const cached = await page.evaluate(async () => {
    let n = 0;
    for (const k of await caches.keys()) n += (await (await caches.open(k)).keys()).length;
    return n;
  });
  assert.ok(cached > 1, `the service worker cached the app (${cached} entries)`);
  await page.context().setOffline(true);
  await page.goto(s.baseUrl + '?view=present&lang=vi&scene=3');
  await page.getByTestId('map-svg').waitFor();
  await page.goto(s.baseUrl + '?view=overview&lang=en');
  await page.getByTestId('kpi-latest').waitFor();
  await page.context().setOffline(false);
});

test('any chart of the overview downloads as PNG/SVG/CSV from the share menu', async () => {
  const page = await s.page();
  await page.goto(s.baseUrl + '?view=overview&lang=en');
  await page.getByTestId('kpi-latest').waitFor();
  // The two SVG charts mount a frame apart, after the cards; the menu lists drawn charts.
  await page.locator('#ranking svg.ranking').waitFor();
  await page.locator('.chart-downloads > button').click();
  const items = page.locator('.chart-downloads-list li');
  assert.ok(await items.count() >= 2);
  const first = items.first();
  const title = (await first.locator('.chart-downloads-title').innerText()).trim();
  const [dl] = await Promise.all([page.waitForEvent('download'), first.getByRole('button', { name: 'SVG image' }).click()]);
  const svg = readFileSync(await dl.path(), 'utf8');
  assert.ok(svg.includes(`<title>${title}</title>`), title);
  const [png] = await Promise.all([page.waitForEvent('download'), first.getByRole('button', { name: 'PNG image' }).click()]);
  const body = readFileSync(await png.path());
  assert.deepEqual([...body.subarray(1, 4)], [80, 78, 71]);
  assert.ok(body.includes(Buffer.from(title)));
  const [csv] = await Promise.all([page.waitForEvent('download'), first.getByRole('button', { name: 'CSV data' }).click()]);
  assert.match(readFileSync(await csv.path(), 'utf8'), /2024/);
  assert.deepEqual(s.errors(page), []);
});
