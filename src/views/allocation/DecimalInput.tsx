/**
 * A number field that writes and reads the language's decimal mark ("3,17" in vi, "3.17" in en).
 * A native number input shows the browser's locale instead, so "3.17" appeared in the vi UI.
 * Accepts either mark while typing; the text typed is kept until it parses.
 */
import { useState } from 'react';
import type { Lang } from '../../i18n/format.ts';

export function parseDecimal(text: string): number | null {
  const s = text.trim().replace(/\s/g, '');
  if (!/^\d+([.,]\d+)?$/.test(s)) return null;
  return Number(s.replace(',', '.'));
}

export function formatDecimal(v: number, lang: Lang): string {
  const s = String(Math.round(v * 1e6) / 1e6);
  return lang === 'vi' ? s.replace('.', ',') : s;
}

interface Props { name: string; value: number | null; lang: Lang; onValue: (v: number) => void; 'aria-describedby'?: string }

export function DecimalInput({ name, value, lang, onValue, ...rest }: Props) {
  const shown = value === null ? '' : formatDecimal(value, lang);
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <input name={name} type="text" inputMode="decimal" autoComplete="off" value={draft ?? shown} {...rest}
      onChange={(e) => {
        const v = parseDecimal(e.target.value);
        setDraft(e.target.value);
        if (v !== null) onValue(v);
      }}
      onBlur={() => setDraft(null)} />
  );
}
