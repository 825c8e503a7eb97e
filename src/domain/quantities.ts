/**
 * Branded numbers for the two mix-ups the figures invite: a rate in percent (3.17) against the
 * same rate as a fraction (0.0317), and a count of households against a count of people (a
 * household list's "số nhân khẩu" counts people). A brand costs nothing at run time; it makes
 * the compiler refuse one where the other is asked (src/domain/quantities.test.ts shows which).
 * A branded value reads as a plain number, so code that only displays it needs no change.
 */
declare const brand: unique symbol;
type Brand<B extends string> = number & { readonly [brand]: B };

/** A rate in percent: 3.17 means 3.17 %. Every rate in the table and in targets is held so. */
export type Percent = Brand<'Percent'>;
/** A share from 0 to 1: 0.0317 means 3.17 % (the allocation cap, a crosswalk link's share). */
export type Fraction = Brand<'Fraction'>;
/** A number of households (the denominator of every rate here). */
export type Households = Brand<'Households'>;
/** A number of people; never a household count, never the denominator of a household rate. */
export type People = Brand<'People'>;

export const percent = (v: number): Percent => v as Percent;
export const fraction = (v: number): Fraction => v as Fraction;
export const households = (n: number): Households => n as Households;
export const people = (n: number): People => n as People;

export const toFraction = (p: Percent): Fraction => (p / 100) as Fraction;
export const toPercent = (f: Fraction): Percent => (f * 100) as Percent;

/** Rate in percent of `part` households among `whole` households; 0 when there are none. */
export const rateOf = (part: Households, whole: Households): Percent => (whole > 0 ? (100 * part) / whole : 0) as Percent;

/** Households a rate means on a total, unrounded (the caller decides how to round). */
export const householdsAtRate = (rate: Percent, total: Households): Households => ((rate * total) / 100) as Households;
