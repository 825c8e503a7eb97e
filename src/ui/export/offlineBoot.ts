/**
 * Start-up for the two offline cases: inside a downloaded report (data and deck are embedded in a
 * <script type="application/json" id="offline-report">), and the service worker for the served app.
 */
import { useDataStore, useViewStore } from '../../store/index.ts';
import { parseUrlState } from '../../store/url.ts';
import { decodeReport, type ReportData } from './reportCodec.ts';
import { useBoundaryStore, type StoredBoundaries } from '../../store/boundaryStore.ts';

declare global {
  interface Window { __OFFLINE_REPORT__?: { madeAt: string; deck?: unknown; locator?: unknown } }
}

/** True when running as an offline report (then the embedded data replaces the built-in one). */
export function bootOfflineReport(): boolean {
  const el = typeof document === 'undefined' ? null : document.getElementById('offline-report');
  if (!el?.textContent) return false;
  try {
    const report = JSON.parse(el.textContent) as ReportData;
    const dataset = decodeReport(report);
    window.__OFFLINE_REPORT__ = { madeAt: report.madeAt, ...(report.deck ? { deck: report.deck } : {}), ...(report.locator ? { locator: report.locator } : {}) };
    useDataStore.getState().load({ dataset, label: dataset.title.en, at: report.madeAt });
    const b = report.boundaries as StoredBoundaries | undefined;
    if (b && typeof b === 'object' && typeof b.prop === 'string') useBoundaryStore.setState({ current: b });
    if (!location.search && report.view) useViewStore.getState().replaceAll(parseUrlState(report.view));
    return true;
  } catch (e) {
    console.warn('offline report: embedded data could not be read', e);
    return false;
  }
}

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
  if (!/^https?:$/.test(location.protocol)) return;
  window.addEventListener('load', () => { navigator.serviceWorker.register('./sw.js').catch(() => {}); });
}

/** The locator TopoJSON embedded in an offline report, if this page is one. */
export function embeddedLocator(): unknown {
  return typeof window === 'undefined' ? undefined : window.__OFFLINE_REPORT__?.locator;
}
