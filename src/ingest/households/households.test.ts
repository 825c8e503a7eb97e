import { describe, expect, it } from 'vitest';
import { households, householdCsv, csvLines, handTotals, syntheticName, syntheticId } from '../../../test/households/generate.mjs';
import { ingestHouseholds } from './ingest.ts';
import { columnRole, findHouseholdHeader } from './columns.ts';
import { readClass, readFlag } from './values.ts';
import { DEPRIVATION_IDS } from '../../domain/deprivation/lists.ts';
import { ingestFast } from '../stream.ts';
import { sanitizeNames } from '../names.ts';

const enc = (s: string) => new TextEncoder().encode(s);

describe('household review lists', () => {
  it.each([0, 1, 2])('aggregates like a hand pivot (flag style %i), duplicates counted once', async (style) => {
    const opts = { n: 3000, seed: 7 + style, duplicateEvery: 97 };
    const recs = [...households(opts)];
    const hand = handTotals(recs);
    const csv = [...csvLines(recs, { year: 2024, style })].join('\n');
    const r = (await ingestHouseholds(enc(csv), 'ds-ho.csv', {}, []))!;
    expect(r.fatal).toBeNull();
    expect(r.households!.duplicates).toBe(recs.filter((x) => x.duplicate).length);
    expect(r.households!.households).toBe(recs.length - r.households!.duplicates);
    expect(r.households!.titleRows[0]!.text).toMatch(/NĂM 2024/);
    for (const [code, t] of hand) {
      expect(r.table.value(code, 'total_households', 2024)).toBe(t.total);
      expect(r.table.value(code, 'poor_households', 2024)).toBe(t.poor);
      expect(r.table.value(code, 'near_poor_households', 2024)).toBe(t.nearPoor);
      expect(r.table.value(code, 'ethnic_minority_households', 2024)).toBe(t.minority);
      DEPRIVATION_IDS.forEach((id, k) => expect(r.table.value(code, id, 2024)).toBe(t.deprived[k]));
    }
  });

  it('drops personal columns and never carries their values', async () => {
    const csv = householdCsv({ n: 200, seed: 3 });
    const r = (await ingestHouseholds(enc(csv), 'list.csv', {}, []))!;
    expect(r.households!.droppedColumns.map((c) => c.name)).toEqual(['Họ tên chủ hộ', 'Số CCCD', 'Ngày sinh', 'Số điện thoại']);
    const text = JSON.stringify({ ...r, table: [...r.table.records()] });
    for (let i = 1; i <= 200; i++) {
      expect(text).not.toContain(syntheticName(i));
      expect(text).not.toContain(syntheticId(i));
    }
    // Rows of the aggregated table mean nothing to the user, in a grouped problem's list too.
    const listed = r.issues.find((i) => i.code === 'units_unmatched');
    expect(listed?.items?.value.length).toBeGreaterThan(0);
    expect(new Set([listed!.row, ...listed!.items!.row])).toEqual(new Set([0]));
  });

  it('a name with invisible characters is reported without a row of the aggregated table', async () => {
    const csv = householdCsv({ n: 200, seed: 3 }).replaceAll('Xã Tổng Hợp Hai', 'Xã Tổng\u202eHợp Hai');
    const r = sanitizeNames((await ingestHouseholds(enc(csv), 'list.csv', {}, []))!);
    const hidden = r.issues.filter((i) => i.code === 'invisible_chars');
    expect(hidden).toHaveLength(1);
    expect(hidden[0]!.row).toBe(0);
  });

  it('is not triggered by an ordinary table', async () => {
    const csv = 'Mã đơn vị,Đơn vị,Năm,Tỷ lệ hộ nghèo\n474,Huế,2024,3.1\n';
    expect(await ingestHouseholds(enc(csv), 't.csv', {}, [])).toBeNull();
    expect((await ingestFast(enc(csv), 't.csv', {}, [])).households).toBeUndefined();
  });

  it('asks for a year when neither the title, the file name nor a column gives one', async () => {
    const csv = [...csvLines(households({ n: 10 }), { title: false })].join('\n');
    const r = (await ingestHouseholds(enc(csv), 'list.csv', {}, []))!;
    expect(r.households!.households).toBe(0);
    expect(r.households!.problemCounts.no_year).toBe(10);
    expect(r.fatal).not.toBeNull();
    const withYear = (await ingestHouseholds(enc(csv), 'list.csv', { year: 2023 }, []))!;
    expect(withYear.households!.households).toBe(10);
  });

  it.each([
    ['Họ tên chủ hộ', 'personal'], ['Số CCCD/CMND', 'personal'], ['Ngày tháng năm sinh', 'personal'], ['SĐT', 'personal'], ['Địa chỉ', 'personal'],
    ['Mã hộ', 'field'], ['Xã/phường', 'field'], ['Phân loại hộ', 'field'], ['4. Bảo hiểm y tế', 'flag'], ['Thiếu hụt nguồn nước', 'flag'], ['Ghi chú', 'other'],
  ])('column %s is %s', (h, kind) => expect(columnRole(h).kind).toBe(kind));

  it('finds the smallest header (three named columns) under rows of numbers, which are never headers', () => {
    const numbers = ['1', '2.5', '(3)', '-', '12%', '4/5', '', '2024'];
    expect(numbers.every((h) => columnRole(h).kind === 'other')).toBe(true);
    const rows = [['Danh sách'], numbers, ['Mã hộ', 'Xã', 'Phân loại hộ', '2024'], ['H1', 'A', 'Hộ nghèo', '1']];
    expect(findHouseholdHeader(rows)?.row).toBe(2);
    expect(findHouseholdHeader([rows[0]!, numbers, ['Mã hộ', 'Xã', '7', '2024']])).toBeNull();
  });

  it.each([['x', 1], ['X', 1], ['1', 1], ['có', 1], ['Có', 1], ['', 0], ['0', 0], ['không', 0], ['?', -1]])('flag %s → %i', (raw, v) => expect(readFlag(raw)).toBe(v));
  it.each([['Hộ nghèo', 'poor'], ['Hộ cận nghèo', 'near_poor'], ['Hộ có mức sống trung bình', 'middle'], ['Khác', 'other'], ['hộ  NGHÈO', 'poor'], ['abc', null]])('class %s → %s', (raw, v) => expect(readClass(raw)).toBe(v));
});

describe('Unicode forms', () => {
  it('a commune written in NFC on one row and NFD on another is one unit', async () => {
    const head = 'Mã hộ,Họ tên chủ hộ,Xã/phường,Phân loại hộ\n';
    const csv = `DANH SÁCH NĂM 2024\n${head}H1,Hộ Tổng Hợp 000001,Xã Hồng Thủy,Hộ nghèo\nH2,Hộ Tổng Hợp 000002,${'Xã Hồng Thủy'.normalize('NFD')},Hộ nghèo\n`;
    const r = (await ingestHouseholds(enc(csv), 'l.csv', {}, []))!;
    expect(r.fatal).toBeNull();
    expect(r.table.unitCodes).toHaveLength(1);
    expect(r.table.value(r.table.unitCodes[0]!, 'poor_households', 2024)).toBe(2);
  });
});
