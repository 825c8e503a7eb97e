// A workbook that lies (issue 20): a 42 MB XLSX with 5.2 million one-cell rows is refused by the
// row limit while it streams, with the tab's renderer (page + import worker) under 1 GB; a zip
// whose directory under-declares a part is refused as soon as it inflates past it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { Zip, ZipDeflate } from 'fflate';
import { setup, OUT } from './harness.mjs';

let s;
before(async () => { s = await setup(); });
after(async () => { await s?.close(); });

const ROWS = 5_200_000;

/** The big workbook, built once per machine (streamed through fflate, never whole in memory). */
function bigWorkbook() {
  const path = join(tmpdir(), `rows-${ROWS}.xlsx`);
  if (existsSync(path)) return path;
  const out = [];
  const zip = new Zip((err, chunk) => { if (err) throw err; out.push(chunk); });
  const add = (name, text) => { const f = new ZipDeflate(name, { level: 6 }); zip.add(f); f.push(Buffer.from(text), true); };
  add('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>');
  add('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>');
  add('xl/workbook.xml', '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>');
  add('xl/_rels/workbook.xml.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>');
  const sheet = new ZipDeflate('xl/worksheets/sheet1.xml', { level: 6 });
  zip.add(sheet);
  sheet.push(Buffer.from('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'));
  for (let r = 1; r <= ROWS; r += 10_000) {
    let part = '';
    for (let i = r; i < r + 10_000 && i <= ROWS; i++) part += `<row r="${i}"><c r="A${i}"><v>${i % 997}</v></c></row>`;
    sheet.push(Buffer.from(part));
  }
  sheet.push(Buffer.from('</sheetData></worksheet>'), true);
  zip.end();
  writeFileSync(path, Buffer.concat(out));
  return path;
}

/** Resident memory of this test's Chromium renderers (children of the browser this process started). */
function rendererRss() {
  const procs = readdirSync('/proc').filter((p) => /^\d+$/.test(p)).map((pid) => {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      return { pid: Number(pid), ppid };
    } catch { return null; }
  }).filter(Boolean);
  const mine = new Set([process.pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const p of procs) if (!mine.has(p.pid) && mine.has(p.ppid)) { mine.add(p.pid); grew = true; }
  }
  let max = 0;
  for (const pid of mine) {
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer')) continue;
      const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
      max = Math.max(max, kb * 1024);
    } catch { /* ended meanwhile */ }
  }
  return max;
}

test('5.2 million one-cell rows: refused by the row limit while streaming, renderer memory under 1 GB', async () => {
  const file = bigWorkbook();
  const page = await s.page();
  await page.goto(`${s.baseUrl}?view=data`);
  await page.getByTestId('file-input').waitFor({ state: 'attached' });
  let peak = 0;
  const poll = setInterval(() => { peak = Math.max(peak, rendererRss()); }, 100);
  const t0 = Date.now();
  await page.getByTestId('file-input').setInputFiles(file);
  const fatal = page.getByTestId('import-fatal');
  await fatal.waitFor({ timeout: 120_000 });
  clearInterval(poll);
  peak = Math.max(peak, rendererRss());
  const text = await fatal.innerText();
  console.log(`# ${(readFileSync(file).length / 1024 / 1024).toFixed(1)} MB workbook refused in ${Date.now() - t0} ms; renderer peak ${(peak / 1024 / 1024).toFixed(0)} MB`);
  assert.match(text, /rows-5200000\.xlsx có hơn 5\.000\.000 dòng|rows-5200000\.xlsx có hơn 5000000 dòng/);
  assert.ok(peak > 0, 'the renderer was measured');
  assert.ok(peak < 1024 * 1024 * 1024, `renderer peak ${peak} bytes`);
  await page.screenshot({ path: join(OUT, 'workbook-rows-1366.png') });
  assert.deepEqual(s.errors(page), []);
});

test('a zip whose directory under-declares a part is refused as it inflates', async () => {
  const zeros = new Uint8Array(16 * 1024 * 1024);
  const data = new Uint8Array(deflateRawSync(zeros, { level: 9 }));
  const name = Buffer.from('xl/worksheets/sheet1.xml');
  const local = Buffer.alloc(30); local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18); local.writeUInt32LE(1000, 22); local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46); central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20); central.writeUInt32LE(1000, 24); central.writeUInt16LE(name.length, 28);
  const end = Buffer.alloc(22); end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(1, 8); end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + name.length, 12); end.writeUInt32LE(30 + name.length + data.length, 16);
  const buffer = Buffer.concat([local, name, data, central, name, end]);
  const page = await s.page();
  await page.goto(`${s.baseUrl}?view=data`);
  await page.getByTestId('file-input').setInputFiles({ name: 'liar.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
  assert.match(await page.getByTestId('import-fatal').innerText(), /liar\.xlsx khi giải nén sẽ quá lớn \(> 1000 B; giới hạn 1000 B\)/);
  assert.deepEqual(s.errors(page), []);
});
