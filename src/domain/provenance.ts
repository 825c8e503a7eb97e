/**
 * Where a value came from. Kept in a dictionary (the table stores an index per row), so a million
 * values share a few records.
 *
 * The kinds form a lattice, ordered from strongest to weakest claim:
 *
 *   published  ▸  imported  ▸  expected  ▸  illustrative
 *
 * - published: a result reported by a cited source;
 * - imported: a user's own file — the user vouches for it, the app cannot call it published;
 * - expected: a forecast, a plan estimate or a "dự kiến" figure — never a result;
 * - illustrative: made up for demonstration.
 *
 * A value computed from others (a rate from counts, a sum of children) takes the weakest kind of its
 * inputs and keeps `derived: true`: a rate derived from illustrative counts is illustrative.
 */
export type ProvenanceKind = 'published' | 'imported' | 'expected' | 'illustrative';

/** Strongest first. */
export const PROVENANCE_KINDS: readonly ProvenanceKind[] = ['published', 'imported', 'expected', 'illustrative'];

export interface Provenance {
  kind: ProvenanceKind;
  /** A URL, a file name, or a short description of the derivation. */
  source: string;
  note?: string;
  /** The note in Vietnamese, when the source gives one beside `note` (the built-in data does). */
  noteVi?: string;
  /** The source in Vietnamese when it is words, not a link (the built-in data's pointer to its method). */
  sourceVi?: string;
  /** Computed from other values (rate from counts, sum of children). */
  derived?: boolean;
  /**
   * The rate the source gave when it contradicts the counts beyond the tolerance: the counts win
   * and this keeps the given figure, shown "as reported" beside the value. Rare, so the records stay few.
   */
  asReported?: number;
  /** Poverty standard the figure is measured under (id from standards.ts), when the file says. */
  standard?: string;
}

export function provenanceKey(p: Provenance): string {
  return [p.kind, p.source, p.note ?? '', p.noteVi ?? '', p.sourceVi ?? '', p.derived ? 'd' : '', p.asReported ?? '', p.standard ?? ''].join('\u0001');
}

const RANK: Record<ProvenanceKind, number> = { published: 0, imported: 1, expected: 2, illustrative: 3 };

/** The weakest of some kinds (the meet of the lattice); `published` for none. */
export function weakestKind(kinds: Iterable<ProvenanceKind>): ProvenanceKind {
  let out: ProvenanceKind = 'published';
  for (const k of kinds) if (RANK[k] > RANK[out]) out = k;
  return out;
}

/** True when `a` claims no more than `b` (a ≤ b in the lattice). */
export function isWeakerOrEqual(a: ProvenanceKind, b: ProvenanceKind): boolean {
  return RANK[a] >= RANK[b];
}

/**
 * Provenance of a value computed from `inputs`: the weakest kind, `derived: true`, the inputs'
 * notes kept (an "expected" note must follow the figure it qualifies).
 */
export function derivedProvenance(source: string | { en: string; vi: string }, inputs: readonly Provenance[]): Provenance {
  const kind = weakestKind(inputs.map((p) => p.kind));
  const notes = [...new Set(inputs.map((p) => p.note).filter((n): n is string => !!n))];
  // The Vietnamese notes follow too (an input without one lends its own note).
  const notesVi = inputs.some((p) => p.noteVi) ? [...new Set(inputs.map((p) => p.noteVi ?? p.note).filter((n): n is string => !!n))] : [];
  const standards = new Set(inputs.map((p) => p.standard).filter((s): s is string => !!s));
  return {
    kind,
    ...(typeof source === 'string' ? { source } : { source: source.en, sourceVi: source.vi }),
    derived: true,
    ...(notes.length ? { note: notes.join('; ') } : {}),
    ...(notesVi.length ? { noteVi: notesVi.join('; ') } : {}),
    ...(standards.size === 1 ? { standard: [...standards][0]! } : {}),
  };
}

/** Kinds a tidy file's `status` column may name; `derived` (older exports) reads as derived, kind unknown. */
export function parseProvenanceStatus(s: string | undefined): { kind: ProvenanceKind; derived?: true } | undefined {
  if (!s) return undefined;
  const t = s.trim().toLowerCase();
  if ((PROVENANCE_KINDS as readonly string[]).includes(t)) return { kind: t as ProvenanceKind };
  if (t === 'derived') return { kind: 'imported', derived: true };
  if (t === 'forecast' || t === 'estimate' || t === 'dự kiến' || t === 'du kien') return { kind: 'expected' };
  return undefined;
}
