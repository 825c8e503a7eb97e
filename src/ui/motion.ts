/**
 * prefers-reduced-motion (WCAG 2.3.3): year playback still works (it is content the user asked
 * for) but steps slowly enough to read as separate frames rather than an animation, and the CSS
 * turns transitions and animations off (styles.css).
 */
export const REDUCED_STEP_MS = 2500;

export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** The time between two years of a playback. */
export function playStep(ms: number): number {
  return prefersReducedMotion() ? Math.max(ms, REDUCED_STEP_MS) : ms;
}
