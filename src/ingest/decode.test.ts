import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compose1258, decode, decode1258Nfc, detectEncoding } from './decode.ts';
import { cp1258 } from './cp1258.ts';

/** What decode1258Nfc replaces: the platform's decoder, then NFC over the whole text. */
const slow = (b: Uint8Array) => new TextDecoder('windows-1258').decode(b).normalize('NFC');
const MARKS = [0xcc, 0xd2, 0xde, 0xec, 0xf2];

describe('Windows-1258 decoded and composed in one pass', () => {
  it('gives exactly the NFC text for every letter followed by every tone mark', () => {
    for (let base = 0; base < 256; base++) {
      for (const m of MARKS) {
        const b = new Uint8Array([0x41, base, m, 0x20]);
        const fast = decode1258Nfc(b);
        if (MARKS.includes(base)) expect(fast).toBeNull(); // two marks in a row: the slow way
        else expect(fast).toBe(slow(b));
      }
    }
  });

  it('composes a Vietnamese name as NFC does ("Thừa Thiên Huế")', () => {
    // Windows-1258 writes ư as FD and the tone marks after their letter (grave CC, acute EC).
    const b = new Uint8Array([0x54, 0x68, 0xfd, 0xcc, 0x61, 0x20, 0x54, 0x68, 0x69, 0xea, 0x6e, 0x20, 0x48, 0x75, 0xea, 0xec]);
    expect(decode1258Nfc(b)).toBe('Thừa Thiên Huế');
    expect(decode(b, 'windows-1258').text).toBe('Thừa Thiên Huế');
  });

  it('agrees with decode + NFC on any bytes, marks and letters mixed', () => {
    const byte = fc.oneof(fc.integer({ min: 0, max: 255 }), fc.constantFrom(...MARKS), fc.constantFrom(0x61, 0x65, 0x6f, 0xe2, 0xea, 0xf4, 0xd5, 0xfd, 0xc3));
    fc.assert(fc.property(fc.array(byte, { maxLength: 200 }), (list) => {
      const b = Uint8Array.from(list);
      const fast = decode1258Nfc(b);
      const twoMarks = list.some((x, i) => i > 0 && MARKS.includes(x) && MARKS.includes(list[i - 1]!));
      if (twoMarks) expect(fast).toBeNull();
      else expect(fast).toBe(slow(b));
      // decode() gives the NFC text either way.
      expect(decode(b, 'windows-1258').text).toBe(slow(b).replace(/^\uFEFF/, ''));
    }), { numRuns: 500 });
  });

  it('gives the same text whatever was decoded before (one buffer serves the pieces)', () => {
    const long = Uint8Array.from({ length: 70000 }, (_, i) => [0x61, 0xcc, 0xe2, 0xec, 0x3b, 0xd5, 0x0a][i % 7]!);
    const short = Uint8Array.from([0x54, 0x68, 0xfd, 0xcc, 0x61]);
    expect(decode1258Nfc(long)).toBe(slow(long));
    expect(decode1258Nfc(short)).toBe(slow(short));
    expect(decode1258Nfc(long, 'ab')).toBe(`ab${slow(long)}`);
    // Larger than the shared buffer: its own.
    const huge = Uint8Array.from({ length: 200000 }, (_, i) => 0x41 + (i % 26));
    expect(decode1258Nfc(huge)).toBe(slow(huge));
    expect(decode1258Nfc(short)).toBe(slow(short));
  });

  it('composes one cell of the bytes as NFC does, or says it cannot (two marks in a row)', () => {
    const byte = fc.oneof(fc.integer({ min: 0, max: 255 }), fc.constantFrom(...MARKS), fc.constantFrom(0x61, 0x65, 0x6f, 0xe2, 0xea, 0xf4, 0xd5, 0xfd, 0xc3, 0xc8));
    fc.assert(fc.property(fc.array(byte, { maxLength: 80 }), fc.nat(80), fc.nat(80), (list, a, z) => {
      const b = Uint8Array.from(list);
      const s = Math.min(a, z, b.length), e = Math.min(Math.max(a, z), b.length);
      const got = compose1258(b, s, e);
      const cell = list.slice(s, e);
      if (cell.some((x, i) => i > 0 && MARKS.includes(x) && MARKS.includes(cell[i - 1]!))) expect(got).toBeNull();
      else expect(got).toBe(slow(b.subarray(s, e)));
    }), { numRuns: 1000 });
    // Longer than one step of String.fromCharCode.apply.
    const long = Uint8Array.from({ length: 9000 }, (_, i) => [0x61, 0xcc, 0x20, 0xea, 0xec][i % 5]!);
    expect(compose1258(long, 1, long.length)).toBe(slow(long.subarray(1)));
  });

  it('writes a prefix ahead of the decoded text, exactly prefix + text', () => {
    const byte = fc.oneof(fc.integer({ min: 0, max: 255 }), fc.constantFrom(...MARKS));
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 30 }), fc.array(byte, { maxLength: 60 }), (prefix, list) => {
      const b = Uint8Array.from(list);
      const alone = decode1258Nfc(b);
      expect(decode1258Nfc(b, prefix)).toBe(alone === null ? null : prefix + alone);
    }), { numRuns: 300 });
  });
});

describe('the legacy code page guess', () => {
  it('is made again when the bytes differ, even in the same buffer at the same place', () => {
    const viet = cp1258('Xã Hương Phong, huyện A Lưới; Phường Thuận Hóa\n'.repeat(40));
    // The same length in Windows-1252: Western letters, which Windows-1258 would not make Vietnamese.
    const western = new Uint8Array(viet.length).fill(0x61);
    for (let i = 0; i < western.length; i += 7) western[i] = 0xe9; // é
    const buf = new Uint8Array(viet.length);
    buf.set(viet);
    expect(detectEncoding(buf)).toBe('windows-1258');
    expect(detectEncoding(buf)).toBe('windows-1258');
    buf.set(western);
    expect(detectEncoding(buf)).toBe('windows-1252');
    buf.set(viet);
    expect(detectEncoding(buf)).toBe('windows-1258');
    expect(detectEncoding(western.slice())).toBe('windows-1252');
  });
});
