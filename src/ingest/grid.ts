/** A sheet of cells as read from any format: index 0 is file row 1. Numbers stay numbers (JSON, XLSX). */
export type Cell = string | number | null;
export type Grid = Cell[][];

export function cellText(c: Cell | undefined): string {
  return c === null || c === undefined ? '' : typeof c === 'number' ? String(c) : c;
}

export function isBlankRow(r: readonly Cell[]): boolean {
  return r.every((c) => cellText(c).trim() === '');
}
