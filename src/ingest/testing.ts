/** Test helpers of the import tests (not part of the app). */

const enc = (s: string) => new TextEncoder().encode(s);

/** A zip with one stored part whose central directory declares `size` bytes from `packed` bytes. */
export function zipWith(name: string, data: Uint8Array, size: number, method = 8): Uint8Array {
  const n = enc(name);
  const local = new Uint8Array(30 + n.length);
  const lv = new DataView(local.buffer);
  lv.setUint32(0, 0x04034b50, true); lv.setUint16(8, method, true);
  lv.setUint32(18, data.length, true); lv.setUint32(22, size, true); lv.setUint16(26, n.length, true);
  local.set(n, 30);
  const central = new Uint8Array(46 + n.length);
  const cv = new DataView(central.buffer);
  cv.setUint32(0, 0x02014b50, true); cv.setUint16(10, method, true);
  cv.setUint32(20, data.length, true); cv.setUint32(24, size, true); cv.setUint16(28, n.length, true);
  central.set(n, 46);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true); ev.setUint16(8, 1, true); ev.setUint16(10, 1, true);
  ev.setUint32(12, central.length, true); ev.setUint32(16, local.length + data.length, true);
  const out = new Uint8Array(local.length + data.length + central.length + end.length);
  out.set(local, 0); out.set(data, local.length); out.set(central, local.length + data.length); out.set(end, local.length + data.length + central.length);
  return out;
}
