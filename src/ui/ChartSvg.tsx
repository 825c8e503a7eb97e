/**
 * The frame of a static chart (projector, print, export): an SVG with a viewBox, so it scales to
 * any box without overflow, named by its title and described by its summary.
 */
import type { ReactNode } from 'react';

export interface ChartFrame { title: string; desc: string; children: ReactNode; w: number; h: number; testId?: string }

export function ChartSvg({ title, desc, children, w, h, testId }: ChartFrame) {
  return (
    <svg className="p-chart" viewBox={`0 0 ${w} ${h}`} preserveAspectRatio="xMidYMid meet" role="img"
      aria-label={title} data-testid={testId} xmlns="http://www.w3.org/2000/svg">
      <title>{title}</title>
      <desc>{desc}</desc>
      {children}
    </svg>
  );
}
