/** The scorecard screen (lazy-loaded by the view registry). */
export { default } from './ScorecardView.tsx';
export { deriveScorecard, chosenIndicators } from './scorecardData.ts';
