export { default } from './OverviewView.tsx';
export { deriveOverview, trendOf } from './overviewData.ts';
