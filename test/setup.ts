// Component tests opt into jsdom per file (`// @vitest-environment jsdom`); this adds the DOM matchers
// only where a DOM exists, so domain tests stay DOM-free.
if (typeof document !== 'undefined') {
  await import('@testing-library/jest-dom/vitest');
  const { cleanup } = await import('@testing-library/react');
  const { afterEach } = await import('vitest');
  afterEach(() => cleanup());
}
export {};
