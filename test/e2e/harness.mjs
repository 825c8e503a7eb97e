// Shared set-up for end-to-end tests: serves dist/ on a free port and drives Debian's Chromium
// through playwright-core. Never downloads a browser.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { existsSync, mkdirSync } from 'node:fs';
import { extname, join, normalize, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { beforeEach, afterEach } from 'node:test';

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
      // As a static host would: files with a content hash in their name never change, so the
      // browser may keep them (and V8 its compiled code) for the next page load in the same
      // context; everything else (index.html, sw.js, data) is asked for again each time.
      const hashed = /[\\/]assets[\\/][^\\/]+-[\w-]{8}\.\w+$/.test(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      });
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
 *
 * Its pages run without the service worker unless asked (`page({ serviceWorkers: 'allow' })`):
 * installing it copies every built file into a new cache in each fresh context, about a fifth of
 * the CPU of a typical test, and the app works the same with or without it. The offline test and
 * the CSP test run with it; the two-tab tests, which make their own contexts, keep it too.
 */
// Contexts opened during a test are closed when it ends. Left open, every earlier test's page
// kept its renderer, memory and timers for the rest of the file, and on a busy CI host a later
// page's load once waited over 30 s. Contexts opened in a file's before hook stay for its tests.
// The hooks are only for test files run by `node --test`: the bench imports this file too.
const opened = [];
let inTest = false;
if (process.env.NODE_TEST_CONTEXT) {
  beforeEach(() => { inTest = true; });
  afterEach(async () => {
    inTest = false;
    await Promise.all(opened.splice(0).map((c) => c.close().catch(() => {})));
  });
}

export async function setup() {
  const server = await serveDist();
  const browser = await launch();
  const pages = new WeakMap();
  return {
    baseUrl: server.url,
    browser,
    async page(opts = {}) {
      const context = await browser.newContext({ viewport: { width: 1366, height: 860 }, acceptDownloads: true, serviceWorkers: 'block', ...opts });
      if (inTest) opened.push(context);
      const page = await context.newPage();
      const errors = [];
      page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('dialog', (d) => { errors.push(`unexpected dialog: ${d.message()}`); void d.dismiss(); });
      pages.set(page, errors);
      // The screenshots are for people to look at; CI throws them away, so it skips taking them
      // (a full-page PNG of a tall screen costs a second of CPU). E2E_SHOTS=1 takes them anyway.
      if (process.env.CI && !process.env.E2E_SHOTS) page.screenshot = async () => Buffer.alloc(0);
      return page;
    },
    /** A fresh page on the presenter (1920×1080 unless told), once its deck is drawn. */
    async present(query = '?view=present&lang=vi', viewport = { width: 1920, height: 1080 }) {
      const page = await this.page({ viewport });
      await page.goto(server.url + query);
      await page.getByTestId('present').waitFor();
      return page;
    },
    errors(page) { return pages.get(page) ?? []; },
    async close() { await browser.close(); await server.close(); },
  };
}

/**
 * Waits until the page has finished rendering: two animation frames in a row with no change to
 * the DOM (a view that mounts in stages, or a chart drawn from a ResizeObserver, changes it in the
 * frames after its first paint). Used instead of sleeps of a guessed length. Gives up quietly after
 * `timeout` ms (a page that keeps changing, such as year playback, is then looked at as it is).
 */
export async function rendered(page, timeout = 5000) {
  await page.evaluate((limit) => new Promise((resolve) => {
    let changed = true;
    let quiet = 0;
    let over = false;
    const seen = new MutationObserver(() => { changed = true; });
    seen.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    const done = () => { over = true; seen.disconnect(); clearTimeout(cap); resolve(); };
    const cap = setTimeout(done, limit);
    const frame = () => {
      if (over) return;
      quiet = changed ? 0 : quiet + 1;
      changed = false;
      if (quiet >= 2) done(); else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  }), timeout);
}

/**
 * Waits until a screen is shown (or its error panel): the saved data has been read (no "opening
 * the data saved on this device"), the lazy view has loaded (no "loading") and it has finished
 * rendering.
 */
export async function viewShown(page, timeout = 30000) {
  await page.waitForFunction(() => !document.querySelector('[data-testid=restoring], .loading')
    && Boolean(document.querySelector('main#main > *, [data-testid=present], .error-panel')), null, { timeout });
  await rendered(page);
}

/**
 * Evaluates the async `fn(arg)` in the page until it returns something truthy, and returns that
 * (page.waitForFunction does not wait for a promise). Throws after `timeout` ms with `what`.
 */
export async function until(page, fn, arg, { timeout = 30000, what = 'condition' } = {}) {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await page.evaluate(fn, arg);
    if (v) return v;
    if (Date.now() > end) throw new Error(`${what}: not met within ${timeout} ms`);
    await page.evaluate(() => new Promise((r) => setTimeout(r, 50))); // poll interval
  }
}

/** Every value in the page's IndexedDB databases, as JSON text (for "is it stored yet?"). */
export async function storedText(page) {
  return page.evaluate(async () => {
    const out = [];
    for (const { name } of await indexedDB.databases()) {
      const db = await new Promise((r, j) => { const o = indexedDB.open(name); o.onsuccess = () => r(o.result); o.onerror = () => j(o.error); });
      for (const st of db.objectStoreNames) {
        out.push(await new Promise((r) => { const q = db.transaction(st).objectStore(st).getAll(); q.onsuccess = () => r(JSON.stringify(q.result)); }));
      }
      db.close();
    }
    return out.join('\n');
  });
}

/**
 * Waits until IndexedDB holds the import of `file` as the current data (the app saves after it
 * shows the result; navigating away before that aborted the save).
 */
export async function savedToStorage(page, file, timeout = 30000) {
  await until(page, async (f) => {
    // Never create the database here: the app must be the one to create it.
    if (!(await indexedDB.databases()).some((d) => d.name === 'poverty-dashboard-data')) return false;
    return new Promise((resolve) => {
      const open = indexedDB.open('poverty-dashboard-data');
      open.onerror = () => resolve(false);
      open.onsuccess = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains('kv')) { db.close(); resolve(false); return; }
        const st = db.transaction('kv').objectStore('kv');
        const ptr = st.get('pointer');
        ptr.onsuccess = () => {
          if (!ptr.result?.current) { db.close(); resolve(false); return; }
          const rec = st.get(ptr.result.current);
          rec.onsuccess = () => { db.close(); resolve(Boolean(rec.result?.label?.endsWith(f))); };
        };
      };
    });
  }, file, { timeout, what: `${file} saved as the current data` });
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
  // By test id: a role query walks the whole page's accessibility roles at every poll, a 50 ms+
  // main-thread task on a national report, which the benchmark would count as the app's.
  const dialog = page.getByTestId('apply-guard');
  await Promise.race([
    page.getByTestId('applied').waitFor({ timeout }).catch(() => {}),
    dialog.waitFor({ timeout }).catch(() => {}),
  ]);
  if (await dialog.isVisible()) await page.getByTestId('apply-confirm').click();
}
