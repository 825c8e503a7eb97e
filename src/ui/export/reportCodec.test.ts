import { describe, expect, it } from 'vitest';
import { loadBuiltin } from '../../data/builtin.ts';
import { decodeReport, encodeReport, jsonForScript, scriptSafe } from './reportCodec.ts';

describe('offline report codec', () => {
  it('round-trips the built-in dataset through JSON text', () => {
    const ds = loadBuiltin();
    const back = decodeReport(JSON.parse(JSON.stringify(encodeReport(ds, '2026-01-01'))));
    expect(back.table.value('481', 'poverty_rate', 2024)).toBe(ds.table.value('481', 'poverty_rate', 2024));
    expect(back.table.toColumns().value).toBeInstanceOf(Float64Array);
    expect(back.units.name('481', 'vi')).toBe('Huyện A Lưới');
    expect(back.targets).toEqual(ds.targets);
    expect(back.status).toBe(ds.status);
  });
  it('rejects what is not a report', () => {
    expect(() => decodeReport({} as never)).toThrow();
  });
  it.each([
    ['a</script><script>alert(1)</script>', 'a<\\/script><script>alert(1)<\\/script>'],
    ['x<!--y', 'x<\\!--y'],
  ])('scriptSafe %s', (a, b) => { expect(scriptSafe(a)).toBe(b); });
  it('jsonForScript escapes markup but parses back to the same value', () => {
    const v = { name: '</script><b>&' };
    const s = jsonForScript(v);
    expect(s).not.toMatch(/[<>&]/);
    expect(JSON.parse(s)).toEqual(v);
  });
});
