/**
 * Reads the project's own tidy files (the built-in dataset, and our exports): observations
 * `unit_code,year,indicator,value,status,source,note`, units and targets. Analysts' files go
 * through the full import pipeline instead.
 */
import Papa from 'papaparse';
import { type ObservationTable } from '../domain/observations.ts';
import { TableBuilder } from '../domain/tableBuilder.ts';
import { makeUnit, type Unit, type UnitLevel } from '../domain/units.ts';
import type { Target } from '../domain/targets.ts';
import { parseProvenanceStatus } from '../domain/provenance.ts';
import { normalizeStandardId } from '../domain/standards.ts';

type Row = Record<string, string>;

function rows(text: string): Row[] {
  const res = Papa.parse<Row>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  if (res.errors.length) throw new Error(`CSV error at row ${(res.errors[0]!.row ?? 0) + 2}: ${res.errors[0]!.message}`);
  return res.data;
}

export function readTidyObservations(text: string, file: string): ObservationTable {
  const b = new TableBuilder();
  rows(text).forEach((r, i) => {
    const status = parseProvenanceStatus(r.status) ?? { kind: 'imported' as const };
    const value = Number(r.value);
    const year = Number(r.year);
    if (!r.unit_code || !r.indicator || !Number.isFinite(value) || !Number.isInteger(year)) {
      throw new Error(`${file}: row ${i + 2} is not a valid observation`);
    }
    b.add(r.unit_code, r.indicator, year, value, {
      ...status, source: r.source || file, ...(r.note ? { note: r.note } : {}), ...(r.note_vi ? { noteVi: r.note_vi } : {}), ...(r.source_vi ? { sourceVi: r.source_vi } : {}), ...(r.standard ? { standard: normalizeStandardId(r.standard) } : {}),
    }, i + 2);
  });
  return b.build();
}

const LEVELS: UnitLevel[] = ['country', 'region', 'province', 'district', 'commune'];

export function readTidyUnits(text: string): Unit[] {
  return rows(text).map((r) => makeUnit({
    code: r.code ?? '',
    level: LEVELS.find((l) => l === r.level) ?? 'district',
    parent: r.parent || null,
    nameVi: r.name_vi ?? r.code ?? '',
    ...(r.name_en ? { nameEn: r.name_en } : {}),
    validFrom: r.valid_from || null,
    validTo: r.valid_to || null,
    tags: r.tags ? r.tags.split(/[;|]/).map((t) => t.trim()).filter(Boolean) : [],
  }));
}

export function readTidyTargets(text: string, file: string): Target[] {
  return rows(text).map((r, i) => {
    const source = r.source ?? '';
    return {
      unit: r.unit_code ?? '',
      indicator: r.indicator ?? 'poverty_rate',
      year: Number(r.year),
      value: Number(r.value),
      ...(r.base_year ? { baseYear: Number(r.base_year) } : {}),
      ...(r.stated_cut_pp ? { stated: { cutPp: Number(r.stated_cut_pp) } } : {}),
      source: /^https?:/.test(source)
        ? { kind: 'published', url: source, ...(r.note ? { note: r.note } : {}) }
        : source ? { kind: 'published', url: '', note: [source, r.note].filter(Boolean).join(' — ') } : { kind: 'file', file, row: i + 2 },
    } satisfies Target;
  });
}

/** Name vintages `code,valid_from,valid_to,name_vi,name_en`: units renamed without changing. */
export function applyUnitNames(units: Unit[], text: string): Unit[] {
  const byCode = new Map<string, Row[]>();
  for (const r of rows(text)) if (r.code) byCode.set(r.code, [...(byCode.get(r.code) ?? []), r]);
  return units.map((u) => {
    const list = byCode.get(u.code);
    if (!list) return u;
    const names = list.map((r) => ({ from: r.valid_from || null, to: r.valid_to || null, vi: r.name_vi ?? u.name.vi, ...(r.name_en ? { en: r.name_en } : {}) }));
    const latest = list.find((r) => !r.valid_to) ?? list[list.length - 1]!;
    return makeUnit({
      code: u.code, officialCode: u.officialCode, level: u.level, parent: u.parent, nameVi: latest.name_vi ?? u.name.vi,
      ...(latest.name_en ? { nameEn: latest.name_en } : {}), validFrom: u.validFrom, validTo: u.validTo, tags: u.tags, names,
    });
  });
}
