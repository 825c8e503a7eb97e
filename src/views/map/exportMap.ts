/**
 * Export the map as SVG or PNG with title, year, legend and source line. Built with DOM APIs
 * (createElementNS, textContent), never by concatenating names into markup, so any name is safe.
 */
import { downloadBlob } from '../../ui/export/download.ts';

const NS = 'http://www.w3.org/2000/svg';

export interface ExportInfo {
  title: string;
  subtitle: string;
  legend: { color: string | null; label: string }[];
  source: string;
}

function el<K extends keyof SVGElementTagNameMap>(name: K, attrs: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const e = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

export function buildExportSvg(map: SVGSVGElement, info: ExportInfo): SVGSVGElement {
  const vb = (map.getAttribute('viewBox') ?? '0 0 800 600').split(/\s+/).map(Number);
  const mw = 640;
  const mh = Math.round((mw * vb[3]!) / vb[2]!);
  const W = 960;
  const top = 70;
  const legendH = 28 + info.legend.length * 24;
  const H = top + Math.max(mh, legendH) + 50;
  const svg = el('svg', { xmlns: NS, width: W, height: H, viewBox: `0 0 ${W} ${H}`, 'font-family': 'Arial, Helvetica, sans-serif' });
  svg.append(el('rect', { width: W, height: H, fill: '#ffffff' }));
  svg.append(el('text', { x: 20, y: 32, 'font-size': 22, 'font-weight': 'bold', fill: '#111' }, info.title));
  svg.append(el('text', { x: 20, y: 56, 'font-size': 15, fill: '#333' }, info.subtitle));
  const inner = map.cloneNode(true) as SVGSVGElement;
  for (const a of ['class', 'role', 'aria-label']) inner.removeAttribute(a);
  inner.setAttribute('x', '10');
  inner.setAttribute('y', String(top));
  inner.setAttribute('width', String(mw));
  inner.setAttribute('height', String(mh));
  // Inline the few styles the page's CSS gave the shapes.
  inner.querySelectorAll('.map-unit path, path.map-unit, .map-unit rect').forEach((p) => { p.setAttribute('stroke', '#fff'); p.setAttribute('stroke-width', '0.7'); });
  inner.querySelectorAll('.map-other').forEach((p) => { p.setAttribute('fill', '#e6e6e6'); p.setAttribute('stroke', '#fff'); });
  svg.append(inner);
  const lx = mw + 40;
  info.legend.forEach((row, i) => {
    const y = top + 10 + i * 24;
    svg.append(el('rect', { x: lx, y, width: 22, height: 16, rx: 2, fill: row.color ?? 'url(#map-nodata)', stroke: row.color ? 'none' : '#8a8a8a' }));
    svg.append(el('text', { x: lx + 30, y: y + 13, 'font-size': 13, fill: '#222' }, row.label));
  });
  svg.append(el('text', { x: 20, y: H - 18, 'font-size': 12, fill: '#555' }, info.source));
  return svg;
}

const download = (blob: Blob, filename: string): void => downloadBlob(filename, blob);

export function svgText(svg: SVGSVGElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}`;
}

export function exportSvg(svg: SVGSVGElement, filename: string): void {
  download(new Blob([svgText(svg)], { type: 'image/svg+xml;charset=utf-8' }), filename);
}

/** Rasterise at 2× through an <img> and a canvas. */
export async function exportPng(svg: SVGSVGElement, filename: string): Promise<void> {
  const w = Number(svg.getAttribute('width'));
  const h = Number(svg.getAttribute('height'));
  const url = URL.createObjectURL(new Blob([svgText(svg)], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const img = new Image();
    await new Promise<void>((resolve, reject) => { img.onload = () => resolve(); img.onerror = () => reject(new Error('SVG did not load')); img.src = url; });
    const canvas = document.createElement('canvas');
    canvas.width = w * 2;
    canvas.height = h * 2;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.scale(2, 2);
    ctx.drawImage(img, 0, 0, w, h);
    const blob = await new Promise<Blob | null>((r) => canvas.toBlob(r, 'image/png'));
    if (!blob) throw new Error('PNG encoding failed');
    download(blob, filename);
  } finally {
    URL.revokeObjectURL(url);
  }
}
