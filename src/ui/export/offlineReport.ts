/**
 * "Download offline report": one HTML file with the app (the single-script build in offline/),
 * its stylesheet, the current dataset and the deck, that opens from disk with no network.
 */
import type { Dataset } from '../../domain/dataset.ts';
import type { Lang } from '../../i18n/format.ts';
import { encodeReport, jsonForScript, scriptSafe } from './reportCodec.ts';

/** The locator map's TopoJSON, served from public/. */
export const LOCATOR_PATH = 'geo/vn-provinces-ne.topo.json';

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESC[c]!);

export function reportHtml(parts: { js: string; css: string; title: string; lang: Lang; data: unknown }): string {
  return [
    '<!doctype html>',
    `<html lang="${parts.lang === 'en' ? 'en' : 'vi'}">`,
    '<head>',
    '<meta charset="utf-8" />',
    '<meta name="viewport" content="width=device-width, initial-scale=1" />',
    `<title>${escapeHtml(parts.title)}</title>`,
    `<style>${parts.css.replace(/<\/style/gi, '<\\/style')}</style>`,
    '</head>',
    '<body>',
    '<div id="root"></div>',
    `<script type="application/json" id="offline-report">${jsonForScript(parts.data)}</script>`,
    `<script type="module">${scriptSafe(parts.js)}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

export async function buildOfflineReport(ds: Dataset, opts: { deck?: unknown; view: string; lang: Lang; title: string; boundaries?: unknown }): Promise<Blob> {
  const base = document.baseURI;
  const [js, css, locator] = await Promise.all([
    fetch(new URL('offline/app.js', base)).then((r) => { if (!r.ok) throw new Error(`offline/app.js: ${r.status}`); return r.text(); }),
    fetch(new URL('offline/app.css', base)).then((r) => (r.ok ? r.text() : '')),
    // The map's locator (about 80 KB): a file:// page cannot fetch it, so it travels inside the report.
    fetch(new URL(LOCATOR_PATH, base)).then((r) => (r.ok ? r.json() as Promise<unknown> : undefined)).catch(() => undefined),
  ]);
  const data = { ...encodeReport(ds, new Date().toISOString(), opts.deck, opts.view, opts.boundaries), ...(locator ? { locator } : {}) };
  return new Blob([reportHtml({ js, css, title: opts.title, lang: opts.lang, data })], { type: 'text/html;charset=utf-8' });
}
