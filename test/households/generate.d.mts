export interface SyntheticHousehold {
  code: string; name: string; id: string; birth: string; phone: string; ethnicity: string; members: number;
  communeCode: string; commune: string; village: string; cls: number; flags: number[]; b1: number; b2: number; duplicate?: boolean;
}
export interface Commune { code: string; name: string }
export interface GenOptions { n?: number; seed?: number; communes?: Commune[]; duplicateEvery?: number; poorShare?: number }
export interface CsvOptions { year?: number; title?: boolean; style?: number }
export interface HandTotal { total: number; poor: number; nearPoor: number; minority: number; deprived: number[] }
export const FLAG_HEADERS: string[];
export const HEADERS: string[];
export const CLASSES: string[];
export const DEFAULT_COMMUNES: Commune[];
export function syntheticName(i: number): string;
export function syntheticId(i: number): string;
export function syntheticPhone(i: number): string;
export function households(opts?: GenOptions): Generator<SyntheticHousehold>;
export function csvLines(records: Iterable<SyntheticHousehold>, opts?: CsvOptions): Generator<string>;
export function householdCsv(opts?: GenOptions, csvOpts?: CsvOptions): string;
export function handTotals(records: Iterable<SyntheticHousehold>): Map<string, HandTotal>;
