/**
 * The deck as PowerPoint slide specs (src/ui/export/pptx.ts draws them): the same data as the
 * scenes, as native charts and tables. Pure apart from the message function it is given.
 */
import { provenanceMarkLegend } from '../../ui/figureText.ts';
import { statusWord } from '../../ui/StatusBadge.tsx';
import type { Dataset } from '../../domain/dataset.ts';
import { describeIndicator } from '../../domain/catalogue.ts';
import { summarize } from '../../domain/narrative/index.ts';
import { formatPercent, formatPp, formatValue, type Lang } from '../../i18n/format.ts';
import { sourceParts } from '../../ui/export/sourceLine.ts';
import type { SlideBody, SlideSpec, TableRowSpec } from '../../ui/export/pptx.ts';
import { resolveYear } from '../overview/index.ts';
import { cellText, deriveScorecard } from '../scorecard/index.ts';
import { sceneState, type Deck, type Scene } from './deck.ts';
import { noneBehindText, overviewFor, statusRows } from './sceneData.ts';
import { mapPicture } from '../map/index.ts';
import { trendEvents } from './sceneEvents.ts';
import { cellValue, heatTable } from '../../domain/deprivation/heat.ts';

/** 2025-07-01 → "1/7/2025" (vi) or "1 Jul 2025" (en). */
function dateText(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

type T = (key: string, opts?: Record<string, unknown>) => string;
/** A slide holds about this many table rows at a readable size. */
const ROWS = 12;

export function deckSlides(deck: Deck, ds: Dataset, lang: Lang, t: T, tc: T): SlideSpec[] {
  const src = sourceParts(ds, lang);
  return deck.scenes.map((scene, i) => {
    const state = sceneState(scene);
    const year = resolveYear(ds, state.indicator, state.year);
    const base = scene.title || t(`kind.${scene.kind}`);
    const title = year === null ? base : `${base} · ${year}`;
    const notes = scene.notes || (i === 0 ? summarize(ds, lang, { year }).text : t(`defaultNotes.${scene.kind}`));
    return { title, notes, source: src.source, status: src.status, body: sceneBody(scene, ds, state, year, lang, t, tc) };
  });
}

function sceneBody(scene: Scene, ds: Dataset, state: ReturnType<typeof sceneState>, year: number | null, lang: Lang, t: T, tc: T): SlideBody {
  const def = describeIndicator(state.indicator);
  const rate = def.kind === 'rate';
  const fmt = (v: number) => (rate ? formatPercent(v, lang) : formatValue(v, def.unit, lang));
  const more = (n: number) => (n > 0 ? t('more', { count: n }) : undefined);
  switch (scene.kind) {
    case 'kpis': {
      const o = overviewFor(ds, state, year, lang);
      const h = o.headline;
      const status = o.status?.status ?? h.status;
      const judged = o.status ? o.status.provenance?.kind : h.latest?.provenance.kind;
      return {
        kind: 'kpis', lead: summarize(ds, lang, { year }).text,
        items: [
          { label: t('kpi.latest', { year: h.latest?.year ?? '' }), value: h.latest ? fmt(h.latest.value) : '–' },
          { label: t('kpi.change', { year: h.previous?.year ?? '–' }), value: h.changePp !== undefined ? (rate ? formatPp(h.changePp, lang) : fmt(h.changePp)) : '–' },
          { label: h.target ? t('kpi.target', { year: h.target.year }) : t('kpi.gap'), value: h.target ? fmt(h.target.value) : '–' },
          { label: t('kpi.status'), value: statusWord(status, judged, tc) },
        ],
      };
    }
    case 'trend': {
      const o = overviewFor(ds, state, year, lang);
      const tr = o.trend;
      const cats = tr.points.map((p) => String(p.year));
      const upTo = year ?? Infinity;
      return {
        kind: 'line', categories: cats, percent: rate,
        series: [
          { name: `${t('trendActual')} · ${tr.unitName}`, role: 'actual', values: tr.points.map((p) => (p.value !== null && p.year <= upTo ? p.value : null)) },
          ...tr.targets.map((tg) => ({ name: t('targetLine', { year: tg.year, value: fmt(tg.value) }), role: 'target' as const, values: tr.points.map(() => tg.value) })),
          ...tr.paths.map((p) => ({
            name: `${t('trendPath')} ${p.target.year}`, role: 'path' as const,
            values: tr.points.map((pt) => (pt.year < p.line.from.year || pt.year > p.line.to.year ? null
              : p.line.from.value + ((p.line.to.value - p.line.from.value) * (pt.year - p.line.from.year)) / Math.max(1, p.line.to.year - p.line.from.year))),
          })),
        ],
        events: trendEvents(ds, tr.years, lang).map((e) => `${e.label} (${dateText(e.date, lang)})`),
      };
    }
    case 'ranking': {
      const o = overviewFor(ds, state, year, lang);
      // pptxgenjs draws the first category at the bottom: reverse so the highest is on top.
      const rows = o.compare.rows.slice(0, 15).reverse();
      return {
        kind: 'bar', name: def.label[lang], percent: rate, categories: rows.map((r) => r.name), values: rows.map((r) => r.value),
        ...(o.compare.target ? { target: t('targetLine', { year: o.compare.target.year, value: fmt(o.compare.target.value) }) } : {}),
      };
    }
    case 'map': {
      const m = mapPicture(ds, state.indicator, year, lang, state.extra);
      const cells = [...m.cells].sort((a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity)).slice(0, ROWS);
      return {
        kind: 'table', header: [t('col.unit'), t('col.value')],
        rows: cells.map((c): TableRowSpec => ({ cells: [c.name, c.value === undefined ? t('noValue') : fmt(c.value)], fills: [null, c.color] })),
        ...(more(m.cells.length - cells.length) ? { note: more(m.cells.length - cells.length)! } : {}),
      };
    }
    case 'deprivation': {
      // Share of the poor deprived on each indicator: the parent and the units, a native table.
      const heat = heatTable(ds, year, 'share', { by: 'poor', desc: true }, lang);
      const shown = heat.rows.slice(0, ROWS);
      return {
        kind: 'table', header: [t('col.unit'), ...heat.list.map((d) => d.label[lang])],
        rows: shown.map((r) => ({ cells: [r.name, ...heat.list.map((d) => { const v = cellValue(r.profile, d.id, 'share'); return v === null ? '–' : formatPercent(v, lang, 0); })] })),
        ...(more(heat.rows.length - shown.length) ? { note: more(heat.rows.length - shown.length)! } : {}),
      };
    }
    case 'status':
    case 'offtrack': {
      const all = statusRows(ds, year, lang, state.extra.method);
      const rows = scene.kind === 'offtrack' ? all.filter((r) => r.status.status === 'off-track' || r.status.status === 'at-risk') : all;
      const shown = rows.slice(0, ROWS);
      const pp = (v: number | undefined) => (v === undefined ? '–' : formatPp(-v, lang));
      return {
        kind: 'table', header: ['unit', 'value', 'target', 'required', 'pace', 'status'].map((c) => t(`col.${c}`)),
        rows: shown.map((r) => ({ cells: [r.name, r.status.latest ? formatPercent(r.status.latest.value, lang) : '–',
          r.status.target ? `${formatPercent(r.status.target.value, lang)} (${r.status.target.year})` : '–',
          pp(r.status.requiredPerYear), pp(r.status.pacePerYear), statusWord(r.status.status, r.status.provenance?.kind, tc)] })),
        ...(shown.length === 0 ? { note: noneBehindText(all, t) } : more(rows.length - shown.length) ? { note: more(rows.length - shown.length)! } : {}),
      };
    }
    case 'scorecard': {
      const card = deriveScorecard({ dataset: ds, year, indicators: ['poverty_rate'], lang });
      const shown = card.rows.slice(0, ROWS + 1);
      const rest = more(card.rows.length - shown.length);
      const note = [...(rest ? [rest] : []), ...provenanceMarkLegend(shown.map((r) => r.cells.poverty_rate?.kind), tc)];
      return {
        kind: 'table', header: [t('col.unit'), t('col.value'), tc('scorecard:col.change'), t('col.target'), t('col.status'), tc('scorecard:col.trend')],
        rows: shown.map((r) => {
          const c = r.cells.poverty_rate;
          const x = cellText(c, lang);
          return { bold: r.parent, cells: [r.name, x.value, x.change, x.target, statusWord(c?.status ?? 'no-data', c?.kind, tc), c?.trend ? tc(`scorecard:trend.${c.trend}`) : '–'] };
        }),
        ...(note.length ? { note: note.join(' · ') } : {}),
      };
    }
  }
}
