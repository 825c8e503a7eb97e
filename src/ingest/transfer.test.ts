import { describe, expect, it } from 'vitest';
import { PART_SIZE, ResultCollector, postResult, type WorkerMessage } from './transfer.ts';
import { ingest } from './pipeline.ts';

describe('worker transfer in parts', () => {
  it('splits long lists into small messages and reassembles the same result', async () => {
    const n = PART_SIZE * 2 + 17;
    const lines = ['unit_code,unit_name,year,indicator,value'];
    for (let i = 0; i < n; i++) lines.push(`U${i},Đơn vị ${i},2023,poverty_rate,${(i % 90) + 0.5}`);
    const r = await ingest(new TextEncoder().encode(lines.join('\n')), 'many.csv', {}, []);
    expect(r.units.length).toBe(n);
    const sent: WorkerMessage[] = [];
    postResult(1, r, (m) => sent.push(structuredClone(m)));
    const parts = sent.filter((m) => m.type === 'part');
    expect(parts.length).toBeGreaterThanOrEqual(3);
    expect(parts.every((m) => m.type === 'part' && m.items.n <= PART_SIZE)).toBe(true);
    expect(sent[sent.length - 1]!.type).toBe('done');
    const c = new ResultCollector();
    let back = null;
    for (const m of sent) if (m.type === 'part' || m.type === 'done') back = c.accept(m) ?? back;
    expect(back!.units).toEqual(r.units);
    expect(back!.unitMatches).toEqual(r.unitMatches);
    expect(back!.issues).toEqual(r.issues);
    expect(back!.table).toEqual({ size: n, unitCodes: r.table.unitCodes, indicatorIds: ['poverty_rate'] });
  });
});
