/** Screens by URL id. Each is lazy-loaded from its folder's index.ts (its only public face). */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { ViewId } from '../store/url.ts';

export const VIEW_COMPONENTS: Record<ViewId, LazyExoticComponent<ComponentType>> = {
  overview: lazy(() => import('./overview/index.ts')),
  map: lazy(() => import('./map/index.ts')),
  allocation: lazy(() => import('./allocation/index.ts')),
  data: lazy(() => import('./data/index.ts')),
  present: lazy(() => import('./present/index.ts')),
  deprivation: lazy(() => import('./deprivation/index.ts')),
  scorecard: lazy(() => import('./scorecard/index.ts')),
};
