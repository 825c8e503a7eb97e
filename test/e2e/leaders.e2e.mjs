// Issue 17: scorecard, PowerPoint export, timeline events, slides that read from the back, offline locator.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync, strFromU8 } from 'fflate';
import { setup, OUT, viewShown, storedText } from './harness.mjs';

let s;
before(async () => { s = await setup(); });
after(async () => { await s?.close(); });

const KINDS = ['kpis', 'trend', 'map', 'ranking', 'status', 'offtrack', 'scorecard'];
const DECK = {
  version: 1, id: 'all-kinds', name: 'all kinds',
  scenes: KINDS.map((kind) => ({ id: `t-${kind}`, kind, state: '?view=present&lang=vi', title: '', notes: `notes ${kind}` })),
};

/** Load a deck with one scene of every kind through the editor's JSON import. */
async function loadDeck(page) {
  await page.getByRole('button', { name: 'Sửa bản trình chiếu' }).click();
  await page.getByTestId('deck-import').setInputFiles({ name: 'deck.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(DECK)) });
  await page.getByText(`Đã nhập ${KINDS.length} cảnh.`).waitFor();
  await page.getByRole('button', { name: 'Đóng' }).click();
}

/** Strip the icon (aria-hidden) from a badge's text. */
const word = (t) => t.replace(/^[✓↘!✕–]\s*/u, '').trim();

test('scorecard: a row per unit (parent first) with status words identical to the overview', async () => {
  const page = await s.page({ viewport: { width: 1366, height: 900 } });
  // 2024: the nine districts (from 2025 the units are the new communes).
  await page.goto(`${s.baseUrl}?view=overview&lang=vi&year=2024`);
  await page.locator('#ranking table tbody tr').first().waitFor({ state: 'attached' });
  const overview = Object.fromEntries(await page.locator('#ranking table tbody tr').evaluateAll((rows) =>
    rows.map((r) => [r.querySelector('th').textContent.trim(), r.querySelectorAll('td')[2].textContent.trim()])));
  const parentWord = word(await page.getByTestId('kpi-status').locator('.badge').innerText());
  assert.equal(Object.keys(overview).length, 9);

  await page.goto(`${s.baseUrl}?view=scorecard&lang=vi&year=2024`);
  const table = page.getByTestId('scorecard');
  await table.waitFor();
  const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((r) => ({
    name: r.querySelector('th').textContent.trim(),
    parent: r.classList.contains('sc-parent'),
    status: r.querySelector('.sc-status .badge').textContent.trim(),
  })));
  assert.equal(rows.length, 10, 'the parent and nine districts');
  assert.ok(rows[0].parent);
  assert.equal(word(rows[0].status), parentWord);
  for (const r of rows.slice(1)) assert.equal(word(r.status), overview[r.name], r.name);
  // The latest year's units (the communes of 2025): the same statuses as the overview's ranking.
  await page.goto(`${s.baseUrl}?view=overview&lang=vi`);
  await page.locator('#ranking table tbody tr').first().waitFor({ state: 'attached' });
  const latest = Object.fromEntries(await page.locator('#ranking table tbody tr').evaluateAll((rs) =>
    rs.map((r) => [r.querySelector('th').textContent.trim(), r.querySelectorAll('td')[2].textContent.trim()])));
  await page.goto(`${s.baseUrl}?view=scorecard&lang=vi`);
  await table.waitFor();
  const latestRows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((r) => [r.querySelector('th').textContent.trim(), r.querySelector('.sc-status .badge').textContent.trim()]));
  const shown = latestRows.filter(([n]) => n in latest);
  assert.ok(shown.length >= Math.min(9, Object.keys(latest).length), `${shown.length} units compared`);
  for (const [n, st] of shown) assert.equal(word(st), latest[n], n);
  await page.goto(`${s.baseUrl}?view=scorecard&lang=vi&year=2024`);
  await table.waitFor();
  // Sort and filter are in the URL and survive a reload.
  await page.getByRole('combobox', { name: /Lọc/ }).selectOption('above');
  await page.waitForURL(/filter=above/);
  const above = await table.locator('tbody tr').count();
  assert.ok(above >= 2 && above < 10, `${above} rows above the parent`);
  await page.reload();
  await table.waitFor();
  assert.equal(await table.locator('tbody tr').count(), above);
  // XLSX download.
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Excel/ }).click()]);
  assert.match(dl.suggestedFilename(), /\.xlsx$/);
  const zip = unzipSync(new Uint8Array(readFileSync(await dl.path())));
  assert.ok(zip['xl/worksheets/sheet1.xml'], 'a worksheet');
  // One A4 page when printed.
  await page.evaluate(() => document.documentElement.classList.add('print-scorecard'));
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  assert.equal(pages, 1, 'the scorecard prints on one page');
  assert.deepEqual(s.errors(page), []);
  await page.context().close();
});

test('the deck downloads as .pptx: one slide per scene, native charts, each scene title, notes', async () => {
  const page = await s.page({ viewport: { width: 1366, height: 768 } });
  await page.goto(`${s.baseUrl}?view=present&lang=vi`);
  await page.getByTestId('present').waitFor();
  await loadDeck(page);
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'PowerPoint' }).click()]);
  assert.match(dl.suggestedFilename(), /\.pptx$/);
  const buf = readFileSync(await dl.path());
  writeFileSync(join(OUT, 'deck.pptx'), buf);
  const zip = unzipSync(new Uint8Array(buf));
  const slides = Object.keys(zip).filter((k) => /^ppt\/slides\/slide\d+\.xml$/.test(k));
  assert.equal(slides.length, KINDS.length);
  const charts = Object.keys(zip).filter((k) => /^ppt\/charts\/chart\d+\.xml$/.test(k));
  assert.ok(charts.length >= 2, `native charts: ${charts.join(', ')}`);
  assert.ok(charts.some((c) => strFromU8(zip[c]).includes('<c:lineChart>')), 'a line chart');
  assert.ok(charts.some((c) => strFromU8(zip[c]).includes('<c:barChart>')), 'a bar chart');
  const titles = ['Các chỉ số chính', 'Diễn biến so với chỉ tiêu', 'Bản đồ qua các năm', 'Xếp hạng các đơn vị', 'Tiến độ và chỉ tiêu phân bổ', 'Những nơi chậm tiến độ', 'Bảng điểm các đơn vị'];
  for (let i = 1; i <= KINDS.length; i++) {
    const xml = strFromU8(zip[`ppt/slides/slide${i}.xml`]);
    assert.ok(xml.includes(titles[i - 1]), `slide ${i} has its title`);
    assert.ok(xml.includes('Tình trạng dữ liệu'), `slide ${i} has the data status`);
    assert.ok(xml.includes('<a:tbl>') || strFromU8(zip[`ppt/slides/_rels/slide${i}.xml.rels`]).includes('chart') || KINDS[i - 1] === 'kpis', `slide ${i} has a native chart or table`);
  }
  const notes = Object.keys(zip).filter((k) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(k)).map((k) => strFromU8(zip[k])).join('\n');
  assert.ok(notes.includes('notes scorecard'), 'speaker notes');
  assert.match(strFromU8(zip['ppt/presentation.xml']), /<p:sldSz cx="9144000" cy="5143500"/, '16:9');
  assert.deepEqual(s.errors(page), []);
  await page.context().close();
});

test('events: the built-in reform on the trend; a user event appears on the trend and survives a reload', async () => {
  const page = await s.page({ viewport: { width: 1920, height: 1080 } });
  await page.goto(`${s.baseUrl}?view=present&lang=vi&scene=2`);
  await page.getByTestId('trend-svg').waitFor();
  assert.equal(await page.locator('[data-event=districts-end-2025]').count(), 1);
  await page.getByRole('button', { name: 'Sửa bản trình chiếu' }).click();
  await page.getByLabel('Ngày').fill('2023-09-15');
  await page.getByLabel('Tên sự kiện').fill('Bão số 4');
  await page.getByRole('button', { name: 'Thêm sự kiện' }).click();
  await page.getByTestId('user-event').waitFor();
  await page.getByRole('button', { name: 'Đóng' }).click();
  const label = page.locator('[data-testid=trend-svg] .p-event-user text');
  await label.waitFor();
  assert.equal(await label.textContent(), 'Bão số 4');
  // The store writes to IndexedDB after a change: wait until the event is stored.
  for (const end = Date.now() + 10000; !(await storedText(page)).includes('Bão số 4');) {
    assert.ok(Date.now() < end, 'the event is stored within 10 s');
    await page.evaluate(() => new Promise((r) => setTimeout(r, 50))); // poll interval
  }
  await page.reload();
  await page.getByTestId('trend-svg').waitFor();
  assert.equal(await page.locator('[data-testid=trend-svg] .p-event-user text').textContent(), 'Bão số 4');
  assert.deepEqual(s.errors(page), []);
  await page.context().close();
});

/** Every text box on the slide (text-node ranges and SVG text), overlaps between them, and clipped text. */
async function layoutProblems(page) {
  return page.evaluate(() => {
    const root = document.querySelector('.present');
    const boxes = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!n.textContent.trim() || el.closest('.sr-only, svg, .p-editor, title, desc, [hidden]')) continue;
      if (getComputedStyle(el).visibility === 'hidden') continue;
      const r = document.createRange();
      r.selectNodeContents(n);
      for (const b of r.getClientRects()) if (b.width > 0 && b.height > 0) boxes.push({ t: n.textContent.trim().slice(0, 30), b });
    }
    for (const t of root.querySelectorAll('svg text')) {
      const b = t.getBoundingClientRect();
      if (b.width > 0 && t.textContent.trim()) boxes.push({ t: t.textContent.trim().slice(0, 30), b, svg: true });
    }
    const bad = [];
    const TOL = 3;
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i].b; const c = boxes[j].b;
        const w = Math.min(a.right, c.right) - Math.max(a.left, c.left);
        const h = Math.min(a.bottom, c.bottom) - Math.max(a.top, c.top);
        if (w > TOL && h > TOL) bad.push(`overlap: "${boxes[i].t}" × "${boxes[j].t}"`);
      }
    }
    for (const el of root.querySelectorAll('*')) {
      if (el.closest('.sr-only, svg, .p-editor')) continue;
      const cs = getComputedStyle(el);
      if (cs.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth + 1) bad.push(`ellipsis: ${el.className}`);
      if ((cs.overflowX === 'hidden' || cs.overflow === 'hidden') && el.scrollWidth > el.clientWidth + 1 && el.textContent.trim()) bad.push(`clipped: ${el.tagName}.${el.className}`);
    }
    const status = document.querySelector('[data-testid=p-data-status]').getBoundingClientRect();
    if (status.bottom > innerHeight || status.right > innerWidth || status.width === 0) bad.push('data status not visible');
    return bad.slice(0, 8);
  });
}

for (const [width, height] of [[1920, 1080], [1280, 720], [1024, 768]]) {
  // Known defect (session 3 note): at 1024×768 the status slide's stage clips since the status
  // columns of issue 13 were added; the other sizes are checked.
  test(`slides at ${width}×${height}: no overlapping text, no ellipsis, data status visible, tables ≥ 24 px at 1920`, async () => {
    const page = await s.page({ viewport: { width, height } });
    await page.goto(`${s.baseUrl}?view=present&lang=vi`);
    await page.getByTestId('present').waitFor();
    await loadDeck(page);
    for (let i = 1; i <= KINDS.length; i++) {
      await page.goto(`${s.baseUrl}?view=present&lang=vi&scene=${i}`);
      await viewShown(page);
      assert.deepEqual(await layoutProblems(page), [], `scene ${i} (${KINDS[i - 1]})`);
      if (width === 1920 && (KINDS[i - 1] === 'status' || KINDS[i - 1] === 'scorecard')) {
        const px = await page.locator('.p-table td').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
        assert.ok(px >= 24, `table text ${px}px`);
      }
      if (width === 1920) await page.screenshot({ path: join(OUT, `slide-${i}-${KINDS[i - 1]}-${width}.png`) });
    }
    if (width === 1920) {
      // The check can fail: a target label moved onto a point label is reported.
      await page.goto(`${s.baseUrl}?view=present&lang=vi&scene=2`);
      await page.getByTestId('trend-svg').waitFor();
      await page.evaluate(() => {
        const svg = document.querySelector('[data-testid=trend-svg]');
        const v = [...svg.querySelectorAll('text.p-value')].pop();
        const l = svg.querySelector('.p-target text');
        l.setAttribute('x', v.getAttribute('x')); l.setAttribute('y', v.getAttribute('y')); l.setAttribute('text-anchor', 'middle');
      });
      assert.match((await layoutProblems(page)).join('\n'), /overlap: .*Chỉ tiêu/);
    }
    assert.deepEqual(s.errors(page), []);
    await page.context().close();
  });
}

test('the offline report shows the locator map from file:// with the network blocked', async () => {
  const page = await s.page();
  await page.goto(`${s.baseUrl}?view=map&lang=vi`);
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByTestId('offline-report').click()]);
  const file = join(OUT, 'offline-report-locator.html');
  writeFileSync(file, readFileSync(await dl.path()));
  const off = await s.page();
  const blocked = [];
  await off.route('**', (r) => {
    const url = r.request().url();
    if (url.startsWith('file:') && url.split('?')[0] === pathToFileURL(file).href) return r.continue();
    if (url.startsWith('data:') || url.startsWith('blob:')) return r.continue();
    blocked.push(url);
    return r.abort();
  });
  await off.goto(`${pathToFileURL(file).href}?view=map&lang=vi`);
  await off.locator('.map-locator svg path').first().waitFor();
  assert.ok(await off.locator('.map-locator .map-locator-on').count() >= 1, 'the province is lit');
  assert.deepEqual(blocked, []);
});

test('allocation at 1366 px: the whole table fits, the target shows a decimal comma in Vietnamese; map legend says classes are pooled', async () => {
  const page = await s.page({ viewport: { width: 1366, height: 900 } });
  await page.goto(`${s.baseUrl}?view=allocation&lang=vi`);
  await page.locator('.alloc-scroll').waitFor();
  const [sw, cw] = await page.locator('.alloc-scroll').evaluate((e) => [e.scrollWidth, e.clientWidth]);
  assert.ok(sw <= cw + 1, `table ${sw}px in ${cw}px`);
  assert.match(await page.locator('input[name=tvalue]').inputValue(), /^\d+,\d+$/);
  await page.goto(`${s.baseUrl}?view=map&lang=vi&year=2023`);
  const scope = page.getByTestId('legend-scope');
  await scope.waitFor();
  assert.match(await scope.innerText(), /chung cho mọi năm 2021–2024/);
  await scope.getByRole('button').click();
  await page.waitForURL(/cscope=year/);
  assert.match(await scope.innerText(), /riêng cho năm 2023/);
  assert.match(await page.locator('select').filter({ hasText: 'Xanh dương' }).innerText(), /Xanh dương/);
  assert.deepEqual(s.errors(page), []);
  await page.context().close();
});
