/** Intl formatters per language: decimal comma in vi, point in en. Cached; formatting is hot in tables. */
export type Lang = 'vi' | 'en';

const cache = new Map<string, Intl.NumberFormat>();
function nf(lang: Lang, opts: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = lang + JSON.stringify(opts);
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', opts);
    cache.set(key, f);
  }
  return f;
}

/** 1.4 → "1,40%" (vi) / "1.40%" (en). */
export function formatPercent(value: number, lang: Lang, digits = 2): string {
  return `${nf(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value)}%`;
}

/** Percentage points with an explicit sign: "−0,87 đpt" / "−0.87 pp". */
export function formatPp(value: number, lang: Lang, digits = 2): string {
  const s = nf(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits, signDisplay: 'exceptZero' }).format(value);
  return `${s.replace('-', '−')} ${lang === 'vi' ? 'điểm %' : 'pp'}`;
}

/** The same as formatPp, split so the unit can be set smaller than the number. */
export function formatPpParts(value: number, lang: Lang, digits = 2): { number: string; unit: string } {
  const full = formatPp(value, lang, digits);
  const cut = full.indexOf(' ');
  return { number: full.slice(0, cut), unit: full.slice(cut + 1) };
}

export function formatNumber(value: number, lang: Lang, digits = 0): string {
  return nf(lang, { minimumFractionDigits: 0, maximumFractionDigits: digits }).format(value);
}

export function formatSigned(value: number, lang: Lang): string {
  return nf(lang, { maximumFractionDigits: 0, signDisplay: 'exceptZero' }).format(value).replace('-', '−');
}

/** Value of an indicator in its unit: rates as %, counts as whole numbers. */
export function formatValue(value: number, unit: string, lang: Lang): string {
  if (unit === '%') return formatPercent(value, lang);
  return formatNumber(value, lang, unit === 'households' ? 0 : 2);
}

const collators = new Map<Lang, Intl.Collator>();
/** Vietnamese-aware sorting of names (Intl.Collator 'vi'). */
export function collator(lang: Lang): Intl.Collator {
  let c = collators.get(lang);
  if (!c) {
    c = new Intl.Collator(lang === 'vi' ? 'vi' : 'en', { sensitivity: 'base', numeric: true });
    collators.set(lang, c);
  }
  return c;
}
