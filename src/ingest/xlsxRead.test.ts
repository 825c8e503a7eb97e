import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { zipSync } from 'fflate';
import writeXlsxFile from 'write-excel-file/node';
import { readBook } from './xlsxRead.ts';
import { readReference } from './xlsx.ts';
import { checkZip, DEFAULT_LIMITS } from './limits.ts';
import { scanXlsx } from './xlsxScan.ts';
import { fixture } from './nodeFiles.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A workbook from parts: sheets as raw <sheetData> XML, optional shared strings and styles. */
function book(sheets: { name: string; xml: string }[], extra: { shared?: string[]; styles?: string; prefix?: string } = {}): Uint8Array {
  const p = extra.prefix ? `${extra.prefix}:` : '';
  const ns = extra.prefix ? NS.replace('xmlns=', `xmlns:${extra.prefix}=`) : NS;
  const parts: Record<string, Uint8Array> = {
    '[Content_Types].xml': enc('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'xl/workbook.xml': enc(`<?xml version="1.0"?><${p}workbook ${ns}><${p}sheets>${sheets.map((s, i) => `<${p}sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</${p}sheets></${p}workbook>`),
    'xl/_rels/workbook.xml.rels': enc(`<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}<Relationship Id="rS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rT" Type="${REL}/styles" Target="/xl/styles.xml"/></Relationships>`),
  };
  sheets.forEach((s, i) => { parts[`xl/worksheets/sheet${i + 1}.xml`] = enc(`<?xml version="1.0"?><${p}worksheet ${ns}>${s.xml}</${p}worksheet>`); });
  if (extra.shared) parts['xl/sharedStrings.xml'] = enc(`<?xml version="1.0"?><${p}sst ${ns}>${extra.shared.join('')}</${p}sst>`);
  if (extra.styles) parts['xl/styles.xml'] = enc(`<?xml version="1.0"?><${p}styleSheet ${ns}>${extra.styles}</${p}styleSheet>`);
  return zipSync(parts);
}

/** Our reader's answer (null: left to the library) and the library's (through toCell), or its error. */
async function both(bytes: Uint8Array) {
  const entries = checkZip(bytes, DEFAULT_LIMITS);
  const parts = await scanXlsx(bytes, entries, DEFAULT_LIMITS);
  const mine = parts ? await readBook(bytes, entries, parts) : null;
  // The same answer when our reader inflates the parts itself (parts past the scan's keep).
  if (parts) expect(await readBook(bytes, entries)).toEqual(mine);
  const ref = await readReference(bytes).catch((e: unknown) => e as Error);
  return { mine, ref };
}

/** Our reader gives the library's grid, or leaves the workbook to it (always when the library refuses it). */
async function agrees(bytes: Uint8Array): Promise<boolean> {
  const { mine, ref } = await both(bytes);
  if (ref instanceof Error) { expect(mine).toBeNull(); return false; }
  if (mine) expect(mine).toEqual(ref);
  return mine !== null;
}

const STYLES = '<numFmts count="3"><numFmt numFmtId="164" formatCode="#,##0.0"/><numFmt numFmtId="165" formatCode="dd/mm/yyyy"/><numFmt numFmtId="166" formatCode="0.00&quot; đ&quot;"/></numFmts>'
  + '<cellStyleXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellStyleXfs>'
  + '<cellXfs count="7"><xf numFmtId="0" xfId="0"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/><xf numFmtId="10"/><xf xfId="1"/><xf numFmtId="14"/></cellXfs>';

describe('our workbook reader reads what read-excel-file reads', () => {
  it('the import fixture, every sheet', async () => {
    expect(await agrees(fixture('book.xlsx'))).toBe(true);
  });

  it('strings, rich text, inline strings, escapes, entities, booleans, errors, formulas, gaps', async () => {
    const shared = ['<si><t>  Mã xã </t></si>', '<si><r><rPr><b/></rPr><t>Ti</t></r><r><t xml:space="preserve">ến </t></r><rPh><t>x</t></rPh></si>',
      '<si><t>a_x0009_b &amp; &lt;c&gt; &#233;&#x1EA1; &unknown;</t></si>', '<si><t/></si>', '<si><t>   </t></si>', '<si><t>Hòa</t></si>', '<si><t>\ufeffđầu</t></si>'];
    const xml = '<dimension ref="A1:F9"/><sheetData>'
      + '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c><c r="D1" t="s"><v>2</v></c></row>'
      + '<row r="2" spans="1:6"><c r="A2" t="s"><v>3</v></c><c r="B2" t="s"><v>4</v></c><c r="C2" t="inlineStr"><is><t> inline </t></is></c><c r="D2" t="inlineStr"><is><r><t>x</t></r><r><t>_x0041_</t></r></is></c><c r="E2" t="s"><v>6</v></c></row>'
      + '<row r="4"><c r="A4" t="b"><v>1</v></c><c r="B4" t="b"><v>0</v></c><c r="C4" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="D4" t="str"><f>A1</f><v>f_x0042_</v></c><c r="E4" t="str"><f>B1</f></c><c r="F4"><f>1+1</f><v>2</v></c></row>'
      + '<row r="5"><c r="A5"><v>1.5e3</v></c><c r="B5"/><c r="C5"><v></v></c><c r="D5"><v>-0.25</v></c><c r="E5" t="n"><v>1e400</v></c></row>'
      + '<row r="6"><c r="B6" t="s"><v>5</v></c></row><row r="7"/><row r="9"><c r="F9"/></row>'
      + '</sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>';
    expect(await agrees(book([{ name: 'Xã &amp; phường_x0031_', xml }, { name: 'Khác', xml: '<sheetData><row><c r="A1"><v>7</v></c></row><row><c r="B2"><v>8</v></c></row></sheetData>' }], { shared }))).toBe(true);
  });

  it('number formats: plain ones are read, dates and formats it does not judge go to the library', async () => {
    const cells = (s: number) => `<sheetData><row r="1"><c r="A1" s="${s}"><v>45000.5</v></c><c r="B1" s="0"><v>3</v></c></row></sheetData>`;
    expect(await agrees(book([{ name: 'S', xml: cells(1) }], { styles: STYLES }))).toBe(true);
    expect(await agrees(book([{ name: 'S', xml: cells(4) }], { styles: STYLES }))).toBe(true);
    for (const date of [2, 5, 6]) {
      const { mine, ref } = await both(book([{ name: 'S', xml: cells(date) }], { styles: STYLES }));
      expect(mine).toBeNull();
      expect((ref as { grids: unknown[][][] }).grids[0]![0]![0]).toBe('2023');
    }
    // A style number past the styles, or no styles part at all: the library refuses, so do we.
    expect(await agrees(book([{ name: 'S', xml: cells(9) }], { styles: STYLES }))).toBe(false);
    expect(await agrees(book([{ name: 'S', xml: cells(1) }]))).toBe(false);
  });

  it('namespace prefixes on every element', async () => {
    const xml = '<x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1"><x:v>2</x:v></x:c></x:row></x:sheetData>';
    expect(await agrees(book([{ name: 'P', xml }], { shared: ['<x:si><x:t>p</x:t></x:si>'], prefix: 'x' }))).toBe(true);
  });

  it('leaves to the library what it refuses or reads otherwise', async () => {
    const refused = [
      '<sheetData><row r="2"><c r="A2"><v>1</v></c></row><row r="1"><c r="A1"><v>1</v></c></row></sheetData>', // rows out of order
      '<sheetData><row r="1"><c r="B1"><v>1</v></c><c r="A1"><v>1</v></c></row></sheetData>', // cells out of order
      '<sheetData><row r="1"><c r="A1" t="s"><v>7</v></c></row></sheetData>', // shared string past the table
      '<sheetData><row r="1"><c r="A1" t="b"><v>2</v></c></row></sheetData>', // boolean neither 0 nor 1
      '<sheetData><row r="1"><c r="A1" t="q"><v>1</v></c></row></sheetData>', // unknown type
      '<sheetData><row r="1"><c r="A1"><v>abc</v></c></row></sheetData>', // not a number
      '<sheetData><row r="1"><c><v>1</v></c></row></sheetData>', // no address
      '<sheetData><row r="1"><c r="A1"><v>1</v></row></sheetData>', // malformed
      '<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="1"><c r="A1"><v>1</v></c></row></sheetData>', // a row twice
    ];
    for (const xml of refused) expect(await agrees(book([{ name: 'R', xml }], { shared: ['<si><t>s</t></si>'] }))).toBe(false);
    const other = [
      '<sheetData><row r="1"><c r="A1" t="d"><v>2024-03-01T00:00:00Z</v></c></row></sheetData>', // ISO date cell
      '<sheetData><row r="1"><c r="A1"><v>1</v></c><!-- note --></row></sheetData>', // a comment
      '<sheetData><row r="1"><c r="A1" t="str"><v>_x005F_x0041_</v><v/></c></row></sheetData>', // two values in a cell
      '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t><![CDATA[x]]></t></is></c></row></sheetData>', // CDATA
    ];
    for (const xml of other) {
      const { mine, ref } = await both(book([{ name: 'O', xml }]));
      expect(mine).toBeNull();
      expect(ref).not.toBeInstanceOf(Error);
    }
  });

  it('a workbook written by write-excel-file, several sheets, through our reader', async () => {
    const data = [[{ value: 'Mã xã' }, { value: 'Tên' }, { value: 2024, type: Number }], [{ value: '00004' }, { value: 'Phường Hòa' }, { value: 12.5, type: Number }], [null, { value: true, type: Boolean }, { value: 0.1, type: Number, format: '0.0%' }]];
    const bytes = new Uint8Array(await writeXlsxFile([{ data, sheet: 'Một' }, { data: data.slice(0, 2), sheet: 'Hai' }]).toBuffer());
    expect(await agrees(bytes)).toBe(true);
  });

  it('random sheets of strings, numbers, booleans, blanks and gaps: the same grid', async () => {
    const cell = fc.oneof(
      fc.record({ t: fc.constant('s'), v: fc.nat(3) }),
      fc.record({ t: fc.constant('n'), v: fc.oneof(fc.double({ noNaN: true }).map(String), fc.integer().map((x) => (x / 1000).toFixed(3)),
        fc.constantFrom('', '007', ' 1 ', '1e5', '.5', '1.', '-0', '-.25', '+1', '123456789012345678', '0.1234567890123456789', '9007199254740993', '&#49;2', '1_x0030_', '-', '.')) }),
      fc.record({ t: fc.constant('s'), v: fc.constantFrom('1.0', ' 2', '-0', '1.5', '&#48;', '00003', '') }),
      fc.record({ t: fc.constant('b'), v: fc.constantFrom('0', '1', '', '&#49;') }),
      fc.record({ t: fc.constant('str'), v: fc.constantFrom('', ' f ', 'a_x0042_', '\ufeffb') }),
      fc.record({ t: fc.constant('inlineStr'), v: fc.string({ maxLength: 6 }) }),
      fc.constant(null),
    );
    // Characters XML 1.0 cannot hold are dropped (a writer would escape them as _xHHHH_).
    const esc = (x: string) => [...x].filter((ch) => { const c = ch.codePointAt(0)!; return (c >= 32 || c === 9 || c === 10 || c === 13) && c !== 0xfffe && c !== 0xffff && ch.length === 1 && (c < 0xd800 || c > 0xdfff); }).join('').replace(/&/g, '&amp;').replace(/</g, '&lt;');
    await fc.assert(fc.asyncProperty(fc.array(fc.tuple(fc.nat(2), fc.array(fc.tuple(fc.nat(2), cell), { maxLength: 5 })), { maxLength: 6 }), async (spec) => {
      let r = 0;
      const rows = spec.map(([skip, cells]) => {
        r += skip + 1;
        let col = 0;
        return `<row r="${r}">${cells.map(([gap, c]) => {
          col += gap + 1;
          const ref = `${String.fromCharCode(64 + col)}${r}`;
          if (!c) return `<c r="${ref}"/>`;
          if (c.t === 'inlineStr') return `<c r="${ref}" t="inlineStr"><is><t>${esc(String(c.v))}</t></is></c>`;
          return `<c r="${ref}" t="${c.t}">${c.t === 'str' ? '<f>A1</f>' : ''}<v>${c.v}</v></c>`;
        }).join('')}</row>`;
      }).join('');
      await agrees(book([{ name: 'F', xml: `<sheetData>${rows}</sheetData>` }], { shared: ['<si><t>a</t></si>', '<si><t> </t></si>', '<si><t>Đ</t></si>', '<si><t>Hoa\u0300</t></si>'] }));
    }), { numRuns: 150 });
  });
});
