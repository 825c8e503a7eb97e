// Shared checks of the accessibility suites (test/e2e/a11y-*.e2e.mjs).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** axe-core with the WCAG 2.2 A/AA and best-practice rules: every violation, any impact. */
export async function axeViolations(page) {
  if (!(await page.evaluate(() => Boolean(window.axe)))) await page.addScriptTag({ content: axeSource });
  const found = await page.evaluate(async (tags) => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id} [${v.impact}]: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  }, AXE_TAGS);
  return found;
}

/**
 * Where focus is: its description, whether it is drawn in the viewport, and whether the element
 * at its centre is it or inside it (not covered by a pop-up or overlay).
 */
export async function focusState(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body || el === document.documentElement) return { where: 'body', visible: false, uncovered: false };
    const r = el.getBoundingClientRect();
    const cx = r.left + r.width / 2; const cy = r.top + r.height / 2;
    const inView = r.width > 0 && r.height > 0 && cx >= 0 && cy >= 0 && cx <= innerWidth && cy <= innerHeight;
    const hit = inView ? document.elementFromPoint(cx, cy) : null;
    const name = el.getAttribute('aria-label') || el.textContent?.trim().slice(0, 40) || '';
    return { where: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${name}"`, visible: inView, uncovered: !!hit && (hit === el || el.contains(hit)) };
  });
}

/** Asserts focus sits on a visible, uncovered element (after scrolling it into view, as a browser does). */
export async function assertFocusVisible(assert, page, what) {
  // Focus is moved a frame or two after the change that caused it.
  await page.waitForFunction(() => document.activeElement && document.activeElement !== document.body, null, { timeout: 2000 }).catch(() => {});
  await page.evaluate(() => document.activeElement?.scrollIntoView?.({ block: 'nearest' }));
  const f = await focusState(page);
  assert.ok(f.visible && f.uncovered, `${what}: focus on ${f.where}, visible=${f.visible}, uncovered=${f.uncovered}`);
  return f;
}

/** Waits for the screen's live region to say something matching re, and returns the text. */
export async function announced(page, re, timeout = 5000) {
  const h = await page.waitForFunction((src) => {
    const t = document.querySelector('[data-testid=announcer]')?.textContent ?? '';
    return new RegExp(src).test(t) ? t : null;
  }, re.source, { timeout });
  return h.jsonValue();
}

/** WCAG contrast ratio of two CSS colours (rgb()/rgba() as getComputedStyle gives them). */
export function contrast(a, b) {
  const lum = (c) => {
    const [r, g, bl] = c.match(/[\d.]+/g).slice(0, 3).map(Number).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

/** The focused element's ring colours and the opaque background behind it. */
export async function ringColours(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    const cs = getComputedStyle(el);
    const shadow = cs.boxShadow.match(/rgba?\([^)]*\)/)?.[0] ?? null;
    let p = el.parentElement; let bg = 'rgb(255, 255, 255)';
    while (p) {
      const c = getComputedStyle(p).backgroundColor;
      if (c && !/rgba\(0, 0, 0, 0\)|transparent/.test(c)) { bg = c; break; }
      p = p.parentElement;
    }
    return { outer: cs.outlineColor, outerWidth: parseFloat(cs.outlineWidth), style: cs.outlineStyle, inner: shadow, bg };
  });
}
