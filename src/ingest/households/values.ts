/** Reading a household list's cells: deprivation flags, the class, the ethnicity. */
import { foldName } from '../../domain/units.ts';

export type HouseholdClass = 'poor' | 'near_poor' | 'middle' | 'other';

const YES = new Set(['x', '1', 'co', 'yes', 'y', 'true', 'v', '✓', '✔', 'thieu', 'thieu hut']);
const NO = new Set(['', '0', 'khong', 'no', 'n', 'false', '-', 'k', 'du', 'khong thieu']);

/** 1 deprived, 0 not, -1 unreadable. */
export function readFlag(raw: string): 1 | 0 | -1 {
  const t = raw.trim();
  if (t === '') return 0;
  if (t === 'x' || t === 'X' || t === '1') return 1;
  if (t === '0') return 0;
  const f = foldName(t);
  if (YES.has(f)) return 1;
  if (NO.has(f)) return 0;
  return -1;
}

/** null when the text names no class. */
export function readClass(raw: string): HouseholdClass | null {
  const f = foldName(raw).replace(/[^a-z0-9 ]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (f === '') return 'other';
  if (/^(ho )?can ngheo$|^near poor$|^cn$|^hcn$/.test(f)) return 'near_poor';
  if (/^(ho )?ngheo$|^poor$|^hn$/.test(f)) return 'poor';
  if (/^(ho )?(co )?muc song trung binh$|^trung binh$|^middle$|^mstb$/.test(f)) return 'middle';
  if (/^(ho )?khac$|^other$|^khong ngheo$|^thoat ngheo$/.test(f)) return 'other';
  return null;
}

/** The Kinh majority is written "Kinh"; every other named ethnicity is a minority (blank: unknown). */
export function isMinority(ethnicity: string): boolean | null {
  const f = foldName(ethnicity);
  if (f === '') return null;
  return f !== 'kinh' && f !== 'viet' && f !== 'viet kinh';
}
