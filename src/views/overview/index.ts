/** The overview screen (lazy-loaded by the view registry), and what the presenter reuses. */
export { default } from './OverviewView.tsx';
export { deriveOverview, resolveYear, trendOf, type OverviewData, type TrendData } from './overviewData.ts';
