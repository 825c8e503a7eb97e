import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { encodingOf } from './decode.ts';
import { detectEncoding } from './decode.ts';

/** What encodingOf did before: the whole detection on the prefix, then on the file unless it said UTF-8. */
function before(bytes: Uint8Array, head: number) {
  let end = Math.min(bytes.length, head);
  while (end > 0 && end < bytes.length && bytes[end]! >= 0x80) end--;
  const e = detectEncoding(bytes.subarray(0, end));
  return e === 'utf-8' ? e : detectEncoding(bytes);
}

describe('encodingOf', () => {
  it('property: the encoding the whole detection gave, on random bytes of every kind', () => {
    const enc = new TextEncoder();
    const piece = fc.oneof(
      fc.string().map((s) => [...enc.encode(s)]), // UTF-8, multi-byte letters too
      fc.constantFrom([0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0x00, 0x41], [0x41, 0x00]), // BOMs, UTF-16 halves
      fc.array(fc.constantFrom(0x61, 0xe2, 0xcc, 0xf2, 0xd5, 0xfd, 0x20, 0x3b, 0x0a, 0xc3, 0xa9), { maxLength: 20 }), // Windows-1258 / 1252
      fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 10 }),
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }), fc.integer({ min: 0, max: 300 }), (pieces, head) => {
      const bytes = Uint8Array.from(pieces.flat());
      expect(encodingOf(bytes, head)).toBe(before(bytes, head));
    }), { numRuns: 1000 });
  });
});

describe('Windows-1258 text left uncomposed (RowView.field composes a cell with a mark)', () => {
  it('has no character NFC changes on its own, and its tone marks are combining marks U+0300–U+036F', () => {
    const dec = new TextDecoder('windows-1258');
    for (let b = 0; b < 256; b++) {
      const ch = dec.decode(new Uint8Array([b]));
      expect(ch.normalize('NFC')).toBe(ch);
      const mark = [0xcc, 0xd2, 0xde, 0xec, 0xf2].includes(b);
      const c = ch.charCodeAt(0);
      expect(c >= 0x300 && c <= 0x36f).toBe(mark);
    }
  });
});
