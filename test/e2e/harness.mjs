// Shared set-up for end-to-end tests: serves dist/ on a free port and drives Debian's Chromium
// through playwright-core. Never downloads a browser.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { existsSync, mkdirSync } from 'node:fs';
import { extname, join, normalize, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
// E2E_DIST lets a second build be tested while another run still serves dist/.
export const DIST = process.env.E2E_DIST ? normalize(process.env.E2E_DIST) : join(root, 'dist');
export const SHARED = join(root, '..', 'shared');
export const OUT = join(root, 'test', 'e2e', 'out');
mkdirSync(OUT, { recursive: true });

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.webmanifest': 'application/manifest+json', '.csv': 'text/csv', '.ico': 'image/x-icon',
};

export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error('No Chromium found. Install Debian\'s Chromium with `apt-get install -y chromium` '
      + '(or set CHROMIUM_PATH). The tests never download a browser.');
  }
  return found;
}

/** Static server for dist/ (SPA fallback to index.html). */
export async function serveDist() {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first.');
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let file = normalize(join(DIST, decodeURIComponent(url.pathname)));
    if (!file.startsWith(DIST)) { res.writeHead(403).end(); return; }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    } catch { file = join(DIST, 'index.html'); }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch { res.writeHead(404).end(); }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => server.close(r)) };
}

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function launch() {
  return chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
}

/**
 * One browser and one server for a test file. `page()` opens a page that records console errors
 * and page errors; `assertClean(page)` fails the test if any were seen.
 */
export async function setup() {
  const server = await serveDist();
  const browser = await launch();
  const pages = new WeakMap();
  return {
    baseUrl: server.url,
    browser,
    async page(opts = {}) {
      const context = await browser.newContext({ viewport: { width: 1366, height: 860 }, acceptDownloads: true, ...opts });
      const page = await context.newPage();
      const errors = [];
      page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('dialog', (d) => { errors.push(`unexpected dialog: ${d.message()}`); void d.dismiss(); });
      pages.set(page, errors);
      return page;
    },
    errors(page) { return pages.get(page) ?? []; },
    async close() { await browser.close(); await server.close(); },
  };
}

/** Requires a file from ../shared; fails (never skips) when it is missing. */
export function sharedFile(rel) {
  const p = join(SHARED, rel);
  if (!existsSync(p)) throw new Error(`Missing ${p}: the shared test data must be beside the project (../shared).`);
  return p;
}

/**
 * Clicks Apply and, when the app asks first (most rows rejected or most units new, as synthetic
 * files are), confirms. The caller still waits for 'applied'.
 */
export async function applyConfirming(page, timeout = 60000) {
  await page.getByTestId('apply').click();
  const dialog = page.getByRole('alertdialog');
  await Promise.race([
    page.getByTestId('applied').waitFor({ timeout }).catch(() => {}),
    dialog.waitFor({ timeout }).catch(() => {}),
  ]);
  if (await dialog.isVisible()) await dialog.getByRole('button', { name: /Vẫn nạp|Load anyway/ }).click();
}
