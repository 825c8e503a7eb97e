import { describe, expect, it } from 'vitest';
import { crc32, withTextChunk } from './png.ts';
import { fileSlug } from './download.ts';
import { wrapText } from './svgExport.ts';

describe('png text chunk', () => {
  it('crc32 of "IEND" is the PNG constant', () => {
    expect(crc32(new TextEncoder().encode('IEND')).toString(16)).toBe('ae426082');
  });
  it('inserts an iTXt chunk after IHDR', () => {
    // Signature + an IHDR chunk with 13 data bytes + IEND.
    const sig = [137, 80, 78, 71, 13, 10, 26, 10];
    const ihdr = [0, 0, 0, 13, 73, 72, 68, 82, ...new Array(13).fill(1), 0, 0, 0, 0];
    const iend = [0, 0, 0, 0, 73, 69, 78, 68, 0xae, 0x42, 0x60, 0x82];
    const png = new Uint8Array([...sig, ...ihdr, ...iend]);
    const out = withTextChunk(png, 'Title', 'Tỷ lệ hộ nghèo');
    const at = sig.length + ihdr.length;
    expect(new TextDecoder().decode(out.subarray(at + 4, at + 8))).toBe('iTXt');
    expect(new TextDecoder().decode(out)).toContain('Tỷ lệ hộ nghèo');
    expect(out.length).toBe(png.length + 12 + 'Title'.length + 5 + new TextEncoder().encode('Tỷ lệ hộ nghèo').length);
  });
});

describe('file names', () => {
  it.each([['Tỷ lệ hộ nghèo 2024', 'ty-le-ho-ngheo-2024'], ['Đường', 'duong'], ['***', 'chart']])('slug %s', (a, b) => {
    expect(fileSlug(a)).toBe(b);
  });
});

describe('wrapText', () => {
  it.each([
    ['a b c', 3, ['a b', 'c']],
    ['Nguồn: nld.com.vn; danviet.vn', 12, ['Nguồn:', 'nld.com.vn;', 'danviet.vn']],
    ['short', 40, ['short']],
  ] as const)('%s at %i', (t, n, want) => { expect(wrapText(t, n)).toEqual(want); });
});
