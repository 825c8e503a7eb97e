import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scanBytes } from './scanBytes.ts';
import { BAD, RowView, scanRows } from './streamScan.ts';
import { ChunkReader, viewOf } from './streamDecode.ts';
import { decode1252, type Encoding } from './decode.ts';

/** Everything a consumer reads of a row, through RowView's methods. */
function seen(r: RowView) {
  const cols = Array.from({ length: r.n + 1 }, (_, i) => i);
  const chars = new Uint16Array(4096);
  return {
    n: r.n, quoted: r.quoted,
    raw: cols.map((i) => r.raw(i)), field: cols.map((i) => r.field(i)), width: cols.map((i) => r.width(i)),
    filled: cols.map((i) => r.filled(i)), year4: cols.map((i) => r.year4(i)), blank: r.blank(),
    hash: cols.map((i) => r.hash(i, 0)), is: cols.map((i) => r.is(i, r.raw(i)) && !r.is(i, `${r.raw(i)}x`)),
    chars: cols.map((i) => { const n = r.copyChars(i, chars, 0); return [n, r.isChars(i, chars, 0, n), Array.from(chars.subarray(0, n))]; }),
  };
}

// Quotes (opening a field, and doubled), delimiters, CR/LF, digits, spaces and bytes above 0x7F
// (tone marks, Đ, ơ, ₫, 0x8A, 0xA0).
const piece = fc.oneof(
  fc.constantFrom([0x22], [0x3b, 0x22], [0x0a, 0x22], [0x22, 0x22], [0x22, 0x3b], [0x0d, 0x0a]),
  fc.constantFrom(0x3b, 0x2c, 0x0d, 0x0a, 0x31, 0x32, 0x30, 0x39, 0x20, 0x61, 0x58, 0xcc, 0xd2, 0xec, 0xd0, 0xf5, 0xfe, 0x8a, 0xa0, 0xe2).map((b) => [b]),
);

describe('scanBytes reads what scanRows reads of the decoded text', () => {
  it.each(['windows-1258', 'windows-1252'] as Encoding[])('property: rows, cells and the offset it stops at (%s), bytes past the step left unread', (encoding) => {
    const code = new ChunkReader(new Uint8Array(0), encoding).oneByte!;
    fc.assert(fc.property(fc.array(piece, { maxLength: 60 }), fc.boolean(), fc.integer({ min: 0, max: 100 }), (pieces, final, cut) => {
      const bytes = Uint8Array.from(pieces.flat());
      const to = Math.min(cut, bytes.length);
      const text = code.decode(bytes.subarray(0, to));
      const want: unknown[] = [];
      const tv = new RowView();
      tv.nfc = true;
      const a = scanRows(text, 0x3b, final, tv, (r) => { want.push(seen(r)); return true; });
      const got: unknown[] = [];
      const bv = viewOf(new ChunkReader(bytes, encoding));
      bv.nfc = true;
      // The bytes after `to` are there (a later step's) and must not be read.
      const b = scanBytes(bytes, 0, to, 0x3b, final, code, bv, (r) => { got.push(seen(r)); return true; });
      expect(got).toEqual(want);
      expect(b).toBe(a);
    }), { numRuns: 3000 });
  });

  it('reads from an offset, and stops when a row says so', () => {
    const code = new ChunkReader(new Uint8Array(0), 'windows-1258').oneByte!;
    const bytes = Uint8Array.from([...'x;1\na;2\nb;3\n'].map((c) => c.charCodeAt(0)));
    const rows: string[] = [];
    const view = new RowView();
    expect(scanBytes(bytes, 4, bytes.length, 0x3b, true, code, view, (r) => { rows.push(r.raw(0)); return true; })).toBe(bytes.length);
    expect(rows).toEqual(['a', 'b']);
    expect(scanBytes(bytes, 0, bytes.length, 0x3b, true, code, view, () => false)).toBe(BAD);
  });

  it('Windows-1252 text needs no composing: no character is a combining mark or changed by NFC', () => {
    const all = decode1252(Uint8Array.from({ length: 256 }, (_, b) => b));
    for (const ch of all) {
      expect(ch.normalize('NFC')).toBe(ch);
      expect(/[\u0300-\u036f]/.test(ch)).toBe(false);
    }
  });
});
