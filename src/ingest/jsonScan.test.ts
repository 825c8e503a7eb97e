import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scanRecords } from './streamJson.ts';
import { jsonList, jsonRow, jsonRows } from './json.ts';
import type { BodyRows } from './streamBody.ts';
import type { RowView } from './streamScan.ts';

/** The rows the scan hands the reader (a text, or a number when it is one), or null when it stops. */
function scanned(text: string, keys: readonly string[], keysRow = true): unknown[][] | null {
  const rows: unknown[][] = [];
  const body = { row: (v: RowView) => rows.push(Array.from({ length: v.n }, (_, f) => v.unq[f] ?? v.num[f])) } as unknown as BodyRows;
  return scanRecords(text, keys, body, keysRow) === null ? null : rows;
}

/** The rows json.ts gives the pipeline, a blank cell as the reader has it (''). */
function parsed(text: string): { keys: string[]; rows: unknown[][] } {
  const list = jsonList(text);
  return { keys: list.keys ?? [], rows: Array.from({ length: jsonRows(list) }, (_, i) => jsonRow(list, i).map((c) => c ?? '')) };
}

const sameAsParse = (text: string) => {
  const want = parsed(text);
  expect(scanned(text, want.keys)).toEqual(want.rows);
};

const throwsInParse = (text: string) => expect(() => JSON.parse(text)).toThrow();

describe('records read from the text', () => {
  it('gives json.ts cells: NFC texts, numbers as numbers, booleans as text, nested values as JSON, blanks', () => {
    sameAsParse('[{"a":"Xa\u0301","b":1.5,"c":true},{"b":-0,"a":"x","d":null},{"c":false,"d":{"k":[1,"e\u0301"]}},{}]');
    // Escapes in keys and texts, a surrogate pair, white space everywhere JSON allows it.
    sameAsParse('[ {\n\t"u\\u006eit" : "a\\"b\\\\c\\/d\\n\\u1ebf" , "\\ud83d\\ude00": "\\ud83d\\ude00 ok" } ,\r\n{"unit":"x"} ]\n');
    // A number out of range is blank, as a blank cell; a key written as a number keeps its column.
    sameAsParse('[{"v":1e400,"2021":5},{"2021":-1e-400,"v":"1e400"}]');
    // A text that begins as a recent one of its column, or that one begins as.
    sameAsParse('[{"a":"abc"},{"a":"ab"},{"a":"abd"},{"a":"a"},{"a":""},{"a":"abc"},{"a":"abcd"},{"a":"x\\\\"},{"a":"x"}]');
    // The keys' row comes first only at a file's start; a later part's rows are its records.
    expect(scanned('[{"a":1},{"a":"x"}]', ['a'], false)).toEqual([[1], ['x']]);
  });

  it('equals JSON.parse on random arrays of records', () => {
    const key = fc.constantFrom('a', 'unit_code', 'Đơn vị', 'b"q', 'c\\d', '1', '2021', '__proto__', 'x\u0001', 'e\u0301', '');
    const text = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.constantFrom('Huyện A Lưới', 'Xa\u0301 Mới', 'Tổng cộng', 'poverty_rate', ''));
    const value = fc.oneof(text, fc.double(), fc.integer(), fc.constantFrom(true, false, null, 0, -0, 1e21, 5e-324), fc.jsonValue({ maxDepth: 2 }));
    const records = fc.array(fc.dictionary(key, value, { maxKeys: 6 }), { minLength: 1, maxLength: 12 });
    fc.assert(fc.property(records, fc.constantFrom(undefined, 2, '\t'), (recs, indent) => sameAsParse(JSON.stringify(recs, null, indent))), { numRuns: 400 });
  });

  it('reads every number as JSON.parse does', () => {
    const number = fc.stringMatching(/^-?(0|[1-9][0-9]{0,24})(\.[0-9]{1,24})?([eE][+-]?[0-9]{1,3})?$/);
    fc.assert(fc.property(number, (n) => {
      const rows = scanned(`[{"v":${n}}]`, ['v']);
      const x = JSON.parse(n) as number;
      expect(rows?.[1]).toEqual([Number.isFinite(x) ? x : '']);
    }), { numRuns: 2000 });
  });

  it('stops at what JSON.parse refuses, leaving the words to it', () => {
    for (const text of ['[{"a":1,}]', '[{"a":01}]', '[{"a":1.}]', '[{"a":.5}]', '[{"a":-}]', '[{"a":1e}]', '[{"a":+1}]', '[{"a":tru}]', '[{"a":NaN}]',
      '[{"a":"x\u0001"}]', '[{"a":"x\\q"}]', '[{"a":"x\\u12"}]', '[{"a":"x}]', '[{"a":1}', '[{"a":1}] x', '[{"a":1},]', '[{"a":1}{"a":2}]',
      '[{"a" 1}]', "[{'a':1}]", '[{"a":[1,}]', '[{"a":{"b":1]}]']) {
      throwsInParse(text);
      expect(scanned(text, ['a']), text).toBeNull();
    }
    // A key written as itself where JSON must escape it (a quote, a control character).
    for (const [text, key] of [['[{"b"q":1}]', 'b"q'], ['[{"a\u0001":1}]', 'a\u0001']]) {
      throwsInParse(text!);
      expect(scanned(text!, [key!]), text).toBeNull();
    }
  });

  it('stops at what it leaves to JSON.parse: no array of records, another key, a key twice', () => {
    for (const text of ['{"data":[{"a":1}]}', '[]', '[[1]]', '[{"a":1},2]', '[{"a":1},{"b":2}]', '[{"a":1,"a":2}]', '[{"a\\u0022":1}]']) {
      expect(() => JSON.parse(text)).not.toThrow();
      expect(scanned(text, ['a']), text).toBeNull();
    }
  });
});
