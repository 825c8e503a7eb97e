/**
 * Join boundary features to units: first by code, then by folded name with the administrative
 * prefix removed ("Thị xã Hương Thủy", "TX Huong Thuy" and "Hương Thủy" all meet). A name shared by
 * two units is ambiguous and not used. The report lists what is unmatched on both sides.
 */
import { foldName } from '../domain/units.ts';
import { featureKey, type BoundaryFeature } from './boundaries.ts';

export interface JoinUnit {
  code: string;
  names: string[];
}

export interface JoinResult {
  /** Unit code of each feature (same order as the features), or null. */
  featureUnit: (string | null)[];
  byCode: number;
  byName: number;
  unmatchedFeatures: { index: number; key: string | null }[];
  unmatchedUnits: string[];
}

// Whole words need a space after them ("quan" must not eat "Quảng"); dotted abbreviations need not.
const PREFIX = /^(?:(?:thanh pho|thi xa|thi tran|huyen|quan|xa|phuong|tinh|tp|tx|tt)\s+|(?:tp|tx|tt|t\.p|t\.x|h|q|p)\.\s*)/;

/** "Thị xã Hương Thủy" → "huong thuy"; "Q.1" → "1". */
export function matchName(s: string): string {
  const f = foldName(s).replace(/[–—-]/g, ' ').replace(/\s+/g, ' ').trim();
  const stripped = f.replace(PREFIX, '').trim();
  return stripped || f;
}

function normCode(s: string): string {
  const t = s.trim();
  return /^\d+$/.test(t) ? String(Number(t)) : t.toLowerCase();
}

export function joinFeatures(features: readonly BoundaryFeature[], prop: string, units: readonly JoinUnit[]): JoinResult {
  const codes = new Map<string, string>();
  for (const u of units) codes.set(normCode(u.code), u.code);
  const names = new Map<string, string | null>(); // null = ambiguous
  for (const u of units) {
    for (const n of new Set(u.names.map(matchName))) {
      const prev = names.get(n);
      names.set(n, prev === undefined || prev === u.code ? u.code : null);
    }
  }
  const used = new Set<string>();
  const featureUnit: (string | null)[] = [];
  const unmatchedFeatures: JoinResult['unmatchedFeatures'] = [];
  let byCode = 0;
  let byName = 0;
  features.forEach((f, index) => {
    const key = featureKey(f, prop);
    let code: string | null = null;
    if (key !== null) {
      code = codes.get(normCode(key)) ?? null;
      if (code !== null && !used.has(code)) byCode++;
      else {
        code = names.get(matchName(key)) ?? null;
        if (code !== null && !used.has(code)) byName++;
        else code = null;
      }
    }
    if (code === null) unmatchedFeatures.push({ index, key });
    else used.add(code);
    featureUnit.push(code);
  });
  return { featureUnit, byCode, byName, unmatchedFeatures, unmatchedUnits: units.map((u) => u.code).filter((c) => !used.has(c)) };
}

/** The property that matches the most units (ties: the first listed), for a sensible default. */
export function suggestProperty(features: readonly BoundaryFeature[], properties: readonly string[], units: readonly JoinUnit[]): string | undefined {
  let best: string | undefined;
  let bestN = 0;
  for (const p of properties) {
    const r = joinFeatures(features, p, units);
    const n = r.byCode + r.byName;
    if (n > bestN) { best = p; bestN = n; }
  }
  return best ?? properties[0];
}
