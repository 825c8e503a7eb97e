/** Where a value came from. Kept in a dictionary, so a million values share a few records. */
export type ProvenanceKind = 'published' | 'expected' | 'illustrative' | 'derived' | 'imported';

export interface Provenance {
  kind: ProvenanceKind;
  /** A URL, a file name, or a short description of the derivation. */
  source: string;
  note?: string;
  /** The poverty standard the file says the figure is measured under (else the period table's). */
  standard?: string;
}

export function provenanceKey(p: Provenance): string {
  return `${p.kind}\u0001${p.source}\u0001${p.note ?? ''}\u0001${p.standard ?? ''}`;
}
