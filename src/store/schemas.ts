/**
 * One schema per persisted record (zod). They check strictly only what the views would crash on —
 * strings where text is drawn, arrays where code iterates, typed columns of one length whose
 * indices stay inside their dictionaries — and pass every other field through unchanged
 * (`looseObject`), because the domain model gains optional fields (events, crosswalks, name
 * vintages, ISO validity dates, provenance standards …) faster than the storage format changes.
 * Loaded lazily by persistence: the first screen never waits for zod.
 */
import { z } from 'zod';

// The page's CSP forbids eval: without this, zod probes `new Function` (a reported CSP violation).
z.config({ jitless: true });

const text = z.string();
const bilingual = z.looseObject({ vi: text, en: text });

/** A typed array of the given kind (structured clone keeps the kind; compared by tag, so any realm). */
const typed = <T extends ArrayBufferView>(name: string, kind: string) =>
  z.custom<T>((v) => ArrayBuffer.isView(v) && Object.prototype.toString.call(v) === `[object ${kind}]`, { message: `${name} must be a ${kind}` });

const validity = z.union([z.number(), z.string(), z.null()]).optional();

export const unitSchema = z.looseObject({
  code: text,
  level: text,
  parent: z.string().nullable(),
  name: z.looseObject({ vi: text, en: text, ascii: text }),
  validFrom: validity,
  validTo: validity,
  tags: z.array(text).default([]),
  names: z.array(z.unknown()).optional(),
  officialCode: z.string().optional(),
});

const provenance = z.looseObject({ kind: text, source: text, note: z.string().optional(), noteVi: z.string().optional(), sourceVi: z.string().optional(), standard: z.string().optional() });

export const columnsSchema = z.looseObject({
  units: z.array(text),
  indicators: z.array(text),
  provenances: z.array(provenance),
  unit: typed<Uint32Array>('unit', 'Uint32Array'),
  indicator: typed<Uint16Array>('indicator', 'Uint16Array'),
  year: typed<Uint16Array>('year', 'Uint16Array'),
  value: typed<Float64Array>('value', 'Float64Array'),
  prov: typed<Uint32Array>('prov', 'Uint32Array'),
  row: typed<Uint32Array>('row', 'Uint32Array'),
}).refine((c) => {
  const n = c.unit.length;
  if (![c.indicator, c.year, c.value, c.prov, c.row].every((a) => a.length === n)) return false;
  for (let i = 0; i < n; i++) {
    if (c.unit[i]! >= c.units.length || c.indicator[i]! >= c.indicators.length || c.prov[i]! >= c.provenances.length) return false;
  }
  return true;
}, { message: 'columns of different lengths or an index outside its dictionary' });

/** A crosswalk saved with the data (an uploaded conversion table or a built-in one): links are iterated and drawn. */
export const crosswalkSchema = z.looseObject({
  id: text,
  label: bilingual,
  effective: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  source: text,
  links: z.array(z.looseObject({
    fromName: text,
    toCode: text,
    kind: z.enum(['whole', 'partial', 'unchanged']),
    fromCode: z.string().optional(),
    fromParent: z.string().optional(),
    toName: z.string().optional(),
    share: z.number().gt(0).lte(1).optional(),
  })),
});

export const plainDatasetSchema = z.looseObject({
  id: text,
  title: bilingual,
  rootUnit: text,
  units: z.array(unitSchema),
  columns: columnsSchema,
  targets: z.array(z.looseObject({ unit: text, indicator: text, year: z.number(), value: z.number() })),
  standards: z.array(z.looseObject({ id: text, label: bilingual, from: z.number(), to: z.number() })),
  status: text,
  sources: z.array(z.looseObject({ label: text, url: z.string().optional() })),
  crosswalks: z.array(crosswalkSchema).optional(),
  goals: z.array(z.looseObject({ unit: text, indicators: z.array(text), from: z.number(), to: z.number(), baseYear: z.number(), text: bilingual, source: text })).optional(),
});

/** A stored dataset version; `schema` is checked (and migrated) before this runs. */
export const storedDatasetSchema = z.looseObject({
  schema: z.number(),
  label: z.string().catch(''),
  at: z.string().catch(new Date(0).toISOString()),
  dataset: plainDatasetSchema,
});

export const pointerSchema = z.looseObject({
  current: text,
  past: z.array(text),
  version: z.number().catch(0),
});

export const importRecordSchema = z.looseObject({
  file: text,
  at: text,
  mode: z.enum(['merge', 'replace']),
  added: z.number(),
  changed: z.number(),
  unchanged: z.number(),
  rejected: z.number(),
});

export const mappingsSchema = z.custom<Map<string, string[]>>(
  (v) => v instanceof Map && [...v].every(([k, m]) => typeof k === 'string' && Array.isArray(m) && m.every((x) => typeof x === 'string')),
);

export const boundariesSchema = z.looseObject({ name: text, prop: text, json: z.looseObject({ type: text }) });

export const storedDecksSchema = z.looseObject({ version: z.literal(1), decks: z.array(z.unknown()).min(1) });

export type Schema<T> = z.ZodType<T>;
