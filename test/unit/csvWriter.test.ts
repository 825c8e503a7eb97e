// The one CSV writer and its one formula-injection rule (src/ingest/papa.ts).
import { describe, expect, it } from 'vitest';
import { neutralise, writeCsv } from '../../src/ingest/papa.ts';

describe('neutralise (formula-injection rule)', () => {
  it.each(['=1+1', '+x', '-x', '@SUM(A1)', '\tx', '\r=1', '-1+1', '-5x', '=-5', '+5'])('prefixes %j with an apostrophe', (s) => {
    expect(neutralise(s)).toBe(`'${s}`);
  });
  it.each(['-5', '-3.17', '-3,17', '-1.234,5', '-2%', '-1 234', 'Huế', '12', 'a=b', ''])('keeps %j as it is', (s) => {
    expect(neutralise(s)).toBe(s);
  });
});

describe('writeCsv', () => {
  it('BOM on request, CRLF between rows, numbers as numbers, empty for null, undefined and NaN', () => {
    expect(writeCsv([['a', 'b', 'c'], [1.4, null, NaN], [undefined, true, -2.5]], { bom: true })).toBe('\uFEFFa,b,c\r\n1.4,,\r\n,true,-2.5');
  });
  it('quotes what needs quoting, after neutralising', () => {
    expect(writeCsv([['=cmd()', 'a,b', 'say "hi"', 'two\nlines']])).toBe(`'=cmd(),"a,b","say ""hi""","two\nlines"`);
  });
  it('the text "-5" stays -5 and the number -5 is -5', () => {
    expect(writeCsv([['-5', -5]])).toBe('-5,-5');
  });
  it('Excel in Vietnamese: semicolons and a decimal comma', () => {
    expect(writeCsv([['x', -3.5, 1200]], { delimiter: ';', decimalComma: true })).toBe('x;-3,5;1200');
  });
});
