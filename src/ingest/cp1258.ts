/** Windows-1258 bytes of a text (the warm-up's sample, tests): the code page's letter where it has one, else base letter + combining tone mark. */
export function cp1258(text: string): Uint8Array {
  const dec = new TextDecoder('windows-1258');
  const byChar = new Map<string, number>();
  for (let b = 255; b >= 0; b--) byChar.set(dec.decode(new Uint8Array([b])), b);
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const b = byChar.get(ch);
    if (b !== undefined) { out.push(b); continue; }
    const parts = [...ch.normalize('NFD')];
    const marks = parts.filter((p) => /[\u0300\u0301\u0303\u0309\u0323]/.test(p));
    const base = parts.filter((p) => !marks.includes(p)).join('').normalize('NFC');
    for (const p of [base, ...marks]) {
      const x = byChar.get(p);
      if (x === undefined) throw new Error(`not in windows-1258: ${ch}`);
      out.push(x);
    }
  }
  return new Uint8Array(out);
}
