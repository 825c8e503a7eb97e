/**
 * The view state in the URL: ?view=…&year=…&indicator=…&unit=…&lang=…, plus view-specific keys
 * (map classification, allocation method …) kept in `extra` so any view can add its own.
 */
export const VIEWS = ['overview', 'map', 'allocation', 'data', 'present', 'deprivation', 'scorecard'] as const;
export type ViewId = (typeof VIEWS)[number];
export type Lang = 'vi' | 'en';

export interface UrlState {
  view: ViewId;
  year: number | null;
  indicator: string;
  unit: string | null;
  lang: Lang;
  extra: Record<string, string>;
}

export const DEFAULT_STATE: UrlState = { view: 'overview', year: null, indicator: 'poverty_rate', unit: null, lang: 'vi', extra: {} };

const CORE = new Set(['view', 'year', 'indicator', 'unit', 'lang']);
const SAFE_KEY = /^[a-z][a-z0-9_-]{0,31}$/;

export function parseUrlState(search: string): UrlState {
  const p = new URLSearchParams(search);
  const view = p.get('view');
  const year = Number(p.get('year'));
  const lang = p.get('lang');
  const extra: Record<string, string> = {};
  p.forEach((v, k) => {
    if (!CORE.has(k) && SAFE_KEY.test(k) && v.length <= 200) extra[k] = v;
  });
  return {
    view: (VIEWS as readonly string[]).includes(view ?? '') ? (view as ViewId) : DEFAULT_STATE.view,
    year: p.has('year') && Number.isInteger(year) && year > 0 && year < 10000 ? year : null,
    indicator: /^[a-z][a-z0-9_]{0,63}$/.test(p.get('indicator') ?? '') ? p.get('indicator')! : DEFAULT_STATE.indicator,
    unit: p.get('unit')?.slice(0, 64) || null,
    lang: lang === 'en' ? 'en' : 'vi',
    extra,
  };
}

export function toSearch(s: UrlState): string {
  const p = new URLSearchParams();
  p.set('view', s.view);
  if (s.year !== null) p.set('year', String(s.year));
  if (s.indicator !== DEFAULT_STATE.indicator) p.set('indicator', s.indicator);
  if (s.unit) p.set('unit', s.unit);
  p.set('lang', s.lang);
  for (const k of Object.keys(s.extra).sort()) p.set(k, s.extra[k]!);
  return `?${p.toString()}`;
}
