/**
 * PowerPoint export: one 16:9 slide per scene, with native (editable) line and bar charts and
 * tables, the title, the source line and the data status on every slide, and speaker notes.
 * pptxgenjs is loaded only when a deck is exported (it is not in the first screen's bundle).
 */
export interface Theme { bg: string; ink: string; muted: string; line: string; card: string; brand: string; accent: string; target: string; path: string }

/** The projector theme's colours (src/views/present/present.css), without '#'. */
export const THEMES: Record<'dark' | 'light', Theme> = {
  dark: { bg: '0B0F14', ink: 'F5F7FA', muted: 'C3CCD4', line: '3A4754', card: '16202A', brand: '7CC7EC', accent: 'FFB26B', target: 'FF8A80', path: 'D3A6FF' },
  light: { bg: 'FFFFFF', ink: '0B1620', muted: '34444F', line: 'B9C4CC', card: 'F1F4F6', brand: '0B4F6C', accent: 'B35900', target: 'B3261E', path: '6B3FA0' },
};

export interface LineSeries { name: string; values: (number | null)[]; role: 'actual' | 'target' | 'path' }
export interface TableRowSpec { cells: string[]; fills?: (string | null)[]; bold?: boolean }
export type SlideBody =
  | { kind: 'line'; categories: string[]; series: LineSeries[]; percent: boolean; events: string[] }
  | { kind: 'bar'; categories: string[]; values: number[]; name: string; percent: boolean; target?: string }
  | { kind: 'table'; header: string[]; rows: TableRowSpec[]; note?: string }
  | { kind: 'kpis'; items: { label: string; value: string }[]; lead: string };

export interface SlideSpec { title: string; body: SlideBody; notes: string; source: string; status: string }

/** LAYOUT_16x9 is 10 × 5.625 in. */
const W = 10; const M = 0.4;
const FONT = 'Arial';

export async function buildPptx(slides: readonly SlideSpec[], opts: { theme: 'dark' | 'light'; title: string; lang: string }): Promise<Blob> {
  const { default: PptxGenJS } = await import('pptxgenjs');
  const th = THEMES[opts.theme];
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_16x9';
  pptx.title = opts.title;
  pptx.subject = opts.lang === 'en' ? 'Poverty reduction' : 'Giảm nghèo';
  for (const spec of slides) {
    const slide = pptx.addSlide();
    slide.background = { color: th.bg };
    slide.addText(spec.title, { x: M, y: 0.2, w: W - 2 * M, h: 0.6, fontFace: FONT, fontSize: 26, bold: true, color: th.ink, fit: 'shrink', valign: 'middle' });
    const box = { x: M, y: 0.9, w: W - 2 * M, h: 3.95 };
    drawBody(slide, spec.body, box, th);
    // Footer: the source on the left, the data status on its own box so it is never cut.
    slide.addShape('line', { x: M, y: 4.98, w: W - 2 * M, h: 0, line: { color: th.line, width: 0.75 } });
    slide.addText(spec.source, { x: M, y: 5.02, w: 6.6, h: 0.5, fontFace: FONT, fontSize: 9, color: th.muted, valign: 'top', fit: 'shrink' });
    slide.addText(spec.status, { x: M + 6.7, y: 5.02, w: W - 2 * M - 6.7, h: 0.5, fontFace: FONT, fontSize: 10, bold: true, color: th.ink, align: 'right', valign: 'top' });
    if (spec.notes) slide.addNotes(spec.notes);
  }
  const out = await pptx.write({ outputType: 'blob', compression: true });
  return out as Blob;
}

type Pptx = InstanceType<typeof import('pptxgenjs').default>;
type Slide = ReturnType<Pptx['addSlide']>;
interface Box { x: number; y: number; w: number; h: number }
type Border = import('pptxgenjs').default.BorderProps;

function drawBody(slide: Slide, body: SlideBody, box: Box, th: Theme): void {
  const axis = { catAxisLabelColor: th.muted, valAxisLabelColor: th.muted, catAxisLabelFontSize: 14, valAxisLabelFontSize: 14,
    catAxisLabelFontFace: FONT, valAxisLabelFontFace: FONT, valGridLine: { color: th.line, size: 0.5 }, catGridLine: { style: 'none' as const },
    legendColor: th.ink, legendFontSize: 14, legendFontFace: FONT };
  switch (body.kind) {
    case 'line': {
      const fmt = body.percent ? '0.00"%"' : '#,##0';
      const h = body.events.length ? box.h - 0.45 : box.h;
      // A gap is an empty cell (pptxgenjs writes null as ""), shown as a gap, never as 0.
      const group = (role: LineSeries['role']) => body.series.filter((s) => s.role === role)
        .map((s) => ({ name: s.name, labels: body.categories, values: s.values as number[] }));
      const types = [
        { role: 'actual' as const, color: th.brand, dash: 'solid' as const, size: 4, labels: true },
        { role: 'target' as const, color: th.target, dash: 'dash' as const, size: 2.5, labels: false },
        { role: 'path' as const, color: th.path, dash: 'sysDot' as const, size: 2.5, labels: false },
      ].filter((x) => group(x.role).length > 0);
      // A combo of line charts on one axis, one per role, so each role keeps its own dash. For a
      // multi-type chart pptxgenjs takes the options as the second argument (its typings say data).
      const multi = types.map((x) => ({
        type: 'line' as const, data: group(x.role),
        options: { chartColors: [x.color], lineDash: x.dash, lineSize: x.size, lineDataSymbol: x.labels ? 'circle' as const : 'none' as const,
          lineDataSymbolSize: 9, showValue: x.labels, dataLabelColor: th.ink, dataLabelFontSize: 14, dataLabelFontBold: true,
          dataLabelPosition: 't' as const, dataLabelFormatCode: fmt },
      }));
      const chartOpts = { x: box.x, y: box.y, w: box.w, h, ...axis, showLegend: true, legendPos: 'b' as const, valAxisLabelFormatCode: fmt, valAxisMinVal: 0, displayBlanksAs: 'gap' };
      slide.addChart(multi, chartOpts as unknown as unknown[]);
      if (body.events.length) {
        slide.addText(body.events.join('  ·  '), { x: box.x, y: box.y + h + 0.05, w: box.w, h: 0.4, fontFace: FONT, fontSize: 11, color: th.muted, fit: 'shrink' });
      }
      return;
    }
    case 'bar': {
      const fmt = body.percent ? '0.00"%"' : '#,##0';
      const h = body.target ? box.h - 0.4 : box.h;
      slide.addChart('bar', [{ name: body.name, labels: body.categories, values: body.values }], {
        x: box.x, y: box.y, w: box.w, h, ...axis, barDir: 'bar', chartColors: [th.brand], showValue: true, dataLabelColor: th.ink,
        dataLabelFontSize: 13, dataLabelFormatCode: fmt, valAxisLabelFormatCode: fmt, showLegend: false, valAxisMinVal: 0,
      });
      if (body.target) slide.addText(body.target, { x: box.x, y: box.y + h, w: box.w, h: 0.4, fontFace: FONT, fontSize: 14, bold: true, color: th.target });
      return;
    }
    case 'table': {
      const n = body.rows.length + 1;
      // Shrink by rule: the rows share the box; never under 10 pt.
      const size = Math.max(10, Math.min(18, Math.floor((box.h * 72) / (n * 1.9))));
      const cell = (text: string, fill?: string | null, bold = false, head = false) => ({
        text, options: { fontFace: FONT, fontSize: size, bold: bold || head, color: fill ? '0B1620' : th.ink, fill: { color: fill ?? (head ? th.card : th.bg) },
          border: [{ type: 'none' }, { type: 'none' }, { type: 'solid', pt: 0.75, color: th.line }, { type: 'none' }] as [Border, Border, Border, Border] },
      });
      const rows = [body.header.map((h) => cell(h, null, true, true)), ...body.rows.map((r) => r.cells.map((c, i) => cell(c, r.fills?.[i] ?? null, r.bold)))];
      const h = body.note ? box.h - 0.4 : box.h;
      slide.addTable(rows, { x: box.x, y: box.y, w: box.w, valign: 'middle', rowH: Math.min(0.45, h / n), autoPage: false });
      if (body.note) slide.addText(body.note, { x: box.x, y: box.y + h, w: box.w, h: 0.4, fontFace: FONT, fontSize: 12, color: th.muted });
      return;
    }
    case 'kpis': {
      const n = body.items.length;
      const gap = 0.15; const cw = (box.w - gap * (n - 1)) / n;
      body.items.forEach((it, i) => {
        const x = box.x + i * (cw + gap);
        slide.addShape('rect', { x, y: box.y + 0.2, w: cw, h: 1.5, fill: { color: th.card } });
        slide.addText(it.label, { x: x + 0.1, y: box.y + 0.25, w: cw - 0.2, h: 0.45, fontFace: FONT, fontSize: 13, bold: true, color: th.muted, fit: 'shrink' });
        slide.addText(it.value, { x: x + 0.1, y: box.y + 0.7, w: cw - 0.2, h: 0.9, fontFace: FONT, fontSize: 30, bold: true, color: th.ink, fit: 'shrink', valign: 'middle' });
      });
      slide.addText(body.lead, { x: box.x, y: box.y + 1.9, w: box.w, h: box.h - 1.9, fontFace: FONT, fontSize: 16, color: th.ink, valign: 'top', fit: 'shrink' });
      return;
    }
  }
}
