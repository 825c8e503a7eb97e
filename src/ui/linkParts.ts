/**
 * Splits a note into text and web addresses, so a screen can show an address as a short link
 * ("baomoi.net.vn") instead of a 100-character URL that fills a tooltip. Only http(s) addresses are
 * links; the text around them is kept as it is. Exports keep the full text (they never call this).
 */
export type LinkPart = { text: string } | { url: string; host: string };

// Ends at a space or a quote/bracket; trailing sentence punctuation is not part of the address.
const URL_RE = /https?:\/\/[^\s<>"'“”()]+/g;
const TRAILING = /[.,;:!?]+$/;

export function linkParts(text: string): LinkPart[] {
  const out: LinkPart[] = [];
  let last = 0;
  for (const m of text.matchAll(URL_RE)) {
    const raw = m[0].replace(TRAILING, '');
    let host: string;
    try { host = new URL(raw).hostname.replace(/^www\./, ''); } catch { continue; }
    if (!host) continue;
    if (m.index > last) out.push({ text: text.slice(last, m.index) });
    out.push({ url: raw, host });
    last = m.index + raw.length;
  }
  if (last < text.length) out.push({ text: text.slice(last) });
  return out;
}
