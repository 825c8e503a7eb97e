/** The scorecard screen (lazy-loaded by the view registry), and what the deck and exports reuse. */
export { default } from './ScorecardView.tsx';
export { deriveScorecard, chosenIndicators, type Scorecard } from './scorecardData.ts';
export { cellText, TREND_ARROW } from './format.ts';
