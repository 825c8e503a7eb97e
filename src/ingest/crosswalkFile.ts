/**
 * Reads a conversion table into a crosswalk: the project's own (`new_code,new_name,old_name,
 * change,old_district_code`) and the statistics office's ("Mã xã mới / Mã xã cũ / Nhập toàn bộ /
 * Nhập một phần / Giữ nguyên", either as one column of words or as columns of marks). Bad rows are
 * reported by row and column; good rows still load.
 */
import Papa from 'papaparse';
import type { Crosswalk, CrosswalkLink, LinkKind } from '../domain/crosswalk.ts';
import { foldName, type IsoDate } from '../domain/units.ts';

/** `value`: the cell as written, where one was there to quote. */
export interface CrosswalkIssue { row: number; column: string; message: 'no-new-code' | 'no-old-unit' | 'unknown-change' | 'bad-share'; value?: string }

export interface CrosswalkRead { crosswalk: Crosswalk; issues: CrosswalkIssue[] }

type Field = 'newCode' | 'newName' | 'oldCode' | 'oldName' | 'change' | 'share' | 'oldParent' | 'whole' | 'partial' | 'unchanged';

const fold = (h: string) => foldName(h).replace(/[_\-.]/g, ' ').replace(/\s+/g, ' ').trim();

// Header words, folded. Order matters: the first rule a header meets decides.
const RULES: [Field, RegExp][] = [
  ['oldParent', /^(old (district|parent)( code)?|ma (huyen|quan) cu|ma huyen|old district code)$/],
  ['newCode', /^(new code|ma (xa|don vi|dvhc) moi|ma moi|code new)$/],
  ['oldCode', /^(old code|ma (xa|don vi|dvhc) cu|ma cu|code old)$/],
  ['newName', /^(new name|ten (xa|don vi|dvhc) moi|ten moi)$/],
  ['oldName', /^(old name|ten (xa|don vi|dvhc) cu|ten cu)$/],
  ['whole', /^nhap toan bo$/],
  ['partial', /^nhap mot phan$/],
  ['unchanged', /^giu nguyen$/],
  ['change', /^(change|kind|type|hinh thuc|phuong an|loai)$/],
  ['share', /^(share|household share|ty le( ho)?|ti le)$/],
];

const CHANGE: [LinkKind, RegExp][] = [
  ['whole', /^(whole|merged?|nhap toan bo|toan bo)$/],
  ['partial', /^(partial|split|nhap mot phan|mot phan)$/],
  ['unchanged', /^(unchanged|same|giu nguyen)$/],
];

export function isCrosswalkHeader(headers: readonly string[]): boolean {
  const fields = new Set(headers.map(fieldOf));
  return fields.has('newCode') && (fields.has('oldCode') || fields.has('oldName'));
}

function fieldOf(h: string): Field | undefined {
  const f = fold(h);
  return RULES.find(([, re]) => re.test(f))?.[0];
}

const marked = (v: string | undefined) => v !== undefined && /^(x|1|co|yes|true|v)$/.test(fold(v));

export interface CrosswalkMeta { id: string; effective: IsoDate; source: string; label?: { vi: string; en: string } }

export function readCrosswalk(text: string, meta: CrosswalkMeta): CrosswalkRead {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const [head = [], ...body] = parsed.data;
  return crosswalkFromRows(head, body, meta, 2);
}

/** Rows under a header already found; `firstRow` is the file row (1-based) of `body[0]`, for messages. */
export function crosswalkFromRows(head: readonly string[], body: readonly string[][], meta: CrosswalkMeta, firstRow: number): CrosswalkRead {
  const col = new Map<Field, number>();
  head.forEach((h, i) => {
    const f = fieldOf(h);
    if (f && !col.has(f)) col.set(f, i);
  });
  const get = (r: string[], f: Field) => (col.has(f) ? (r[col.get(f)!] ?? '').trim() : undefined);
  const issues: CrosswalkIssue[] = [];
  const links: CrosswalkLink[] = [];
  body.forEach((r, i) => {
    if (r.every((c) => !c || !c.trim())) return;
    const row = i + firstRow;
    const toCode = get(r, 'newCode');
    const fromCode = get(r, 'oldCode') || undefined;
    const fromName = get(r, 'oldName') || '';
    if (!toCode) { issues.push({ row, column: head[col.get('newCode') ?? 0] ?? '', message: 'no-new-code' }); return; }
    if (!fromCode && !fromName) { issues.push({ row, column: head[col.get('oldName') ?? col.get('oldCode') ?? 0] ?? '', message: 'no-old-unit' }); return; }
    let kind: LinkKind | undefined;
    const word = get(r, 'change');
    if (word) kind = CHANGE.find(([, re]) => re.test(fold(word)))?.[0];
    else if (marked(get(r, 'partial'))) kind = 'partial';
    else if (marked(get(r, 'unchanged'))) kind = 'unchanged';
    else if (marked(get(r, 'whole'))) kind = 'whole';
    if (!kind) { issues.push({ row, column: head[col.get('change') ?? col.get('whole') ?? 0] ?? '', message: 'unknown-change', ...(word ? { value: word } : {}) }); return; }
    const link: CrosswalkLink = { fromName: fromName || fromCode!, toCode, kind };
    if (fromCode) link.fromCode = fromCode;
    const toName = get(r, 'newName');
    if (toName) link.toName = toName;
    const parent = get(r, 'oldParent');
    if (parent) link.fromParent = parent;
    const shareText = get(r, 'share');
    if (shareText) {
      let share = Number(shareText.replace('%', '').replace(',', '.'));
      if (shareText.includes('%') || share > 1) share /= 100;
      if (!(share > 0 && share <= 1)) { issues.push({ row, column: head[col.get('share')!] ?? '', message: 'bad-share', value: shareText }); return; }
      link.share = share;
    }
    links.push(link);
  });
  return {
    crosswalk: { id: meta.id, label: meta.label ?? { vi: meta.id, en: meta.id }, effective: meta.effective, source: meta.source, links },
    issues,
  };
}

/** A conversion table read on the data screen, before it is applied (src/ingest/crosswalkImport.ts). */
export interface CrosswalkPreview {
  /** `effective` is '' when no known unit told the date: the user gives it before applying. */
  crosswalk: Crosswalk;
  /** The date inferred from the new units' validity in the loaded data, if any. */
  effectiveGuess: IsoDate | null;
  /** New units named by the table: whether the loaded data knows them (today's units only uses known ones). */
  newUnits: { code: string; name: string; known: boolean }[];
  issues: CrosswalkIssue[];
}
