/**
 * A <select> whose long list of options enters the page only once the user reaches for it: focus
 * comes first whether they click it or Tab to it. Fifty rows of new units, each with a select of
 * every known unit, made the report of a national file a few hundred milliseconds of DOM and
 * layout. Until then the select holds its selected option, so it shows and keeps the same value.
 */
import { useState, type ReactNode } from 'react';

export interface Choice { value: string; label: string }

/** Up to this many options are rendered at once. */
const EAGER = 20;

interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Options always rendered, before the list (e.g. "none", "skip"). */
  children?: ReactNode;
  list: Choice[];
}

export function LazySelect({ label, value, onChange, children, list }: Props) {
  const [open, setOpen] = useState(false);
  const shown = open || list.length <= EAGER ? list : list.filter((c) => c.value === value);
  return (
    <select aria-label={label} value={value} onChange={(e) => onChange(e.target.value)} onFocus={() => setOpen(true)}>
      {children}
      {shown.map((c) => <option key={c.value} value={c.value}>{c.label}</option>)}
    </select>
  );
}
