/** A sheet of cells as read from any format: index 0 is file row 1. Numbers stay numbers (JSON, XLSX). */
export type Cell = string | number | null;
export type Grid = Cell[][];

export function cellText(c: Cell | undefined): string {
  return c === null || c === undefined ? '' : typeof c === 'number' ? String(c) : c;
}

/** A cell with anything but spaces in it (a number always has: no text is made to tell). */
export function filled(c: Cell | undefined): boolean {
  return typeof c === 'number' || (typeof c === 'string' && c.trim() !== '');
}

export function isBlankRow(r: readonly Cell[]): boolean {
  for (let i = 0; i < r.length; i++) if (filled(r[i])) return false;
  return true;
}
