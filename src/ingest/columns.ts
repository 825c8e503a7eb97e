/**
 * The role of every column, decided from its header (headers.ts, tokens.ts) and checked against
 * its first values: a "unit" column holding "households" or "%" is a unit of measure (shown, not
 * read); a "Period" column holding "end of year (…)" is not a year; a bare "Tỷ lệ (%)" beside a
 * count is that count's rate. Each decision says why, so the mapping screen and the CLI can show it.
 */
import { foldName } from '../domain/units.ts';
import { describeIndicator } from '../domain/catalogue.ts';
import type { IndicatorId } from '../domain/indicators.ts';
import { explainRole, foldHeader, parseValueRole, valueRole, type Role, type Why } from './headers.ts';
import { BARE_RATE_HEADERS, LOOSE_YEAR_TOKENS, MEASURE_VALUES, RATE_OF_COUNT } from './synonyms.ts';
import { parseYearText } from './years.ts';

export interface ColumnDecision { role: Role; why: Why }

/** Fields a file has at most one column of; a second claimant is shown as ignored, with the reason. */
const SINGLE = new Set(['unit_code', 'unit_name', 'parent', 'year', 'indicator', 'value']);

export function looksLikeMeasure(value: string): boolean {
  const f = foldName(value).replace(/[()]/g, ' ').replace(/\s+/g, ' ').trim();
  // Short words ("hộ", "người") only as the whole value: "Hồ Chí Minh" folds to "ho chi minh".
  return f.startsWith('%') || MEASURE_VALUES.some((m) => f === m || (m.length > 5 && f.startsWith(`${m} `)));
}

/** Most non-empty values (at least one) satisfy the test. */
function mostly(values: string[], test: (v: string) => boolean): boolean {
  const filled = values.filter((v) => v !== '');
  return filled.length > 0 && filled.filter(test).length * 2 > filled.length;
}

const distinct = (values: string[], n = 3) => [...new Set(values.filter((v) => v !== ''))].slice(0, n);

/** `sample`: the first data rows as text (the same rows on every path, so every path decides alike). */
export function decideColumns(headers: readonly string[], sample: readonly (readonly string[])[]): ColumnDecision[] {
  const values = (c: number) => sample.map((r) => (r[c] ?? '').trim());
  const guesses = headers.map((h) => explainRole(h) ?? { role: 'ignore', why: { kind: 'none' } as Why, strength: 0 });
  const out: (ColumnDecision & { strength: number })[] = guesses.map((g, c) => {
    const v = values(c);
    // The measure-column trap: "unit" / "đơn vị" whose values are "households", "hộ", "%".
    if ((g.role === 'unit_name' || g.role === 'unit_code') && mostly(v, looksLikeMeasure)) {
      return { role: 'measure', why: { kind: 'measure', values: distinct(v) }, strength: 3 };
    }
    // "Period", "Time": a year only when the values are years.
    if (g.role === 'year' && g.why.kind === 'tokens' && g.why.tokens.some((t) => LOOSE_YEAR_TOKENS.includes(t)) && mostly(v, (x) => parseYearText(x) === null)) {
      return { role: 'ignore', why: { kind: 'not-years', values: distinct(v) }, strength: 0 };
    }
    return g;
  });
  // A bare rate header takes the indicator of the nearest count column to its left.
  headers.forEach((h, c) => {
    if (out[c]!.role !== 'ignore' || out[c]!.why.kind !== 'none') return;
    const f = foldHeader(h);
    if (!(BARE_RATE_HEADERS.includes(f) || (f === '' && h.includes('%')))) return;
    for (let k = c - 1; k >= 0; k--) {
      const v = parseValueRole(out[k]!.role);
      if (!v?.indicator) continue;
      const rate = describeIndicator(v.indicator).kind === 'rate' ? null : RATE_OF_COUNT[v.indicator as IndicatorId] ?? null;
      if (rate) out[c] = { role: valueRole(rate, v.year), why: { kind: 'rate-beside', column: headers[k] || `#${k + 1}` }, strength: 2 };
      break;
    }
  });
  // One column per field: the strongest reading wins (the first among equals).
  for (const field of SINGLE) {
    const cols = out.map((d, c) => (d.role === field ? c : -1)).filter((c) => c >= 0);
    if (cols.length < 2) continue;
    const best = cols.reduce((a, b) => (out[b]!.strength > out[a]!.strength ? b : a));
    for (const c of cols) if (c !== best) out[c] = { role: 'ignore', why: { kind: 'duplicate', column: headers[best] || `#${best + 1}` }, strength: 0 };
  }
  return out.map(({ role, why }) => ({ role, why }));
}

/** The decision in plain English, for the CLI ("unit code: from tokens 'area' + 'code'"). */
export function whyText(d: ColumnDecision): string {
  const v = parseValueRole(d.role);
  const field = v ? `value${v.indicator ? ` of ${v.indicator}` : ''}${v.year ? ` in ${v.year}` : ''}` : d.role.replace('_', ' ');
  const w = d.why;
  switch (w.kind) {
    case 'synonym': return `${field}: header '${w.text}' is a known name for it`;
    case 'tokens': return `${field}: from tokens ${w.tokens.map((t) => `'${t}'`).join(' + ')}`;
    case 'label': return `${field}: indicator or year label '${w.text}'`;
    case 'measure': return `unit of measure (ignored): values like ${w.values.map((v) => `'${v}'`).join(', ')}`;
    case 'not-years': return `ignored: values are not years (${w.values.map((v) => `'${v}'`).join(', ')})`;
    case 'rate-beside': return `${field}: a rate next to the count '${w.column}'`;
    case 'duplicate': return `ignored: '${w.column}' is used for this field`;
    case 'chosen': return `${field}: chosen`;
    case 'none': return 'ignored: not recognised';
  }
}
