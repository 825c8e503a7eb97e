/** The allocation screen (lazy-loaded by the view registry). */
export { default } from './AllocationView.tsx';
