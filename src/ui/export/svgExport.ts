/**
 * A chart's SVG as a standalone file: the page's CSS is copied onto each element as attributes,
 * and a title, the source line and the data status are added as text nodes (DOM APIs only, so
 * names are never parsed as markup).
 */
const NS = 'http://www.w3.org/2000/svg';
const PROPS = ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'fill-opacity', 'opacity',
  'font-size', 'font-weight', 'font-family', 'text-anchor', 'paint-order', 'stroke-linejoin', 'dominant-baseline', 'visibility'] as const;

export interface ExportInfo { title: string; subtitle?: string; source: string; status: string; background?: string; ink?: string }

function text(x: number, y: number, size: number, content: string, attrs: Record<string, string> = {}): SVGTextElement {
  const t = document.createElementNS(NS, 'text');
  t.setAttribute('x', String(x));
  t.setAttribute('y', String(y));
  t.setAttribute('font-size', String(size));
  t.setAttribute('font-family', 'Arial, Helvetica, sans-serif');
  for (const [k, v] of Object.entries(attrs)) t.setAttribute(k, v);
  t.textContent = content;
  return t;
}

/** Copy computed styles from the live tree onto the clone (same shape, walked in parallel). */
function inlineStyles(live: Element, clone: Element): void {
  const cs = getComputedStyle(live);
  for (const p of PROPS) {
    const v = cs.getPropertyValue(p);
    if (v && v !== 'none' && !(p === 'visibility' && v === 'visible')) clone.setAttribute(p, v);
    else if (v === 'none' && (p === 'fill' || p === 'stroke')) clone.setAttribute(p, 'none');
  }
  clone.removeAttribute('class');
  clone.removeAttribute('style');
  const a = live.children; const b = clone.children;
  for (let i = 0; i < a.length && i < b.length; i++) inlineStyles(a[i]!, b[i]!);
}

/** Greedy word wrap by character count (the export font is Arial-like, ~0.52 em per character). */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && (line + ' ' + word).length > maxChars) { lines.push(line); line = word; } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export function buildExportSvg(svg: SVGSVGElement, info: ExportInfo): SVGSVGElement {
  const box = svg.viewBox.baseVal;
  const rect = svg.getBoundingClientRect();
  const cw = box && box.width ? box.width : rect.width || 800;
  const ch = box && box.height ? box.height : rect.height || 500;
  const W = Math.max(640, Math.round(cw));
  const scale = W / cw;
  const top = info.subtitle ? 84 : 60;
  const sourceLines = wrapText(info.source, Math.floor((W - 40) / 7.3));
  const H = Math.round(top + ch * scale + 30 + sourceLines.length * 18 + 24);
  const out = document.createElementNS(NS, 'svg');
  out.setAttribute('xmlns', NS);
  out.setAttribute('width', String(W));
  out.setAttribute('height', String(H));
  out.setAttribute('viewBox', `0 0 ${W} ${H}`);
  const title = document.createElementNS(NS, 'title');
  title.textContent = info.title;
  out.append(title);
  const bg = document.createElementNS(NS, 'rect');
  bg.setAttribute('width', String(W)); bg.setAttribute('height', String(H)); bg.setAttribute('fill', info.background ?? '#ffffff');
  out.append(bg);
  const ink = info.ink ?? '#111111';
  out.append(text(20, 38, 26, info.title, { 'font-weight': 'bold', fill: ink }));
  if (info.subtitle) out.append(text(20, 66, 17, info.subtitle, { fill: ink }));
  const inner = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, inner);
  for (const a of ['role', 'aria-label', 'data-testid', 'preserveAspectRatio']) inner.removeAttribute(a);
  inner.setAttribute('x', '0');
  inner.setAttribute('y', String(top));
  inner.setAttribute('width', String(W));
  inner.setAttribute('height', String(Math.round(ch * scale)));
  if (!inner.getAttribute('viewBox')) inner.setAttribute('viewBox', `0 0 ${cw} ${ch}`);
  out.append(inner);
  sourceLines.forEach((line, i) => out.append(text(20, H - 38 - (sourceLines.length - 1 - i) * 18, 14, line, { fill: ink })));
  out.append(text(20, H - 16, 14, info.status, { fill: ink, 'font-weight': 'bold' }));
  return out;
}

export function serializeSvg(svg: SVGSVGElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}`;
}
