// Runs every test/e2e/*.e2e.mjs with node:test, two files at a time by default (E2E_JOBS to
// change): most of a test's time is the browser waiting, so two files share two cores well and
// keep CI under its 10-minute budget. The longest files start first so neither slot idles at the end.
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium } from './harness.mjs';

// By their time in the last whole runs (a11y is the axe matrix, a11y.e2e.mjs).
const LONGEST_FIRST = ['storage', 'a11y', 'map', 'present', 'national', 'leaders', 'truth', 'overview', 'share', 'hardening', 'mapping'];
const rank = (f) => { const i = LONGEST_FIRST.findIndex((n) => f.startsWith(`${n}.`)); return i < 0 ? LONGEST_FIRST.length : i; };

const dir = dirname(fileURLToPath(import.meta.url));
try { findChromium(); } catch (e) { console.error(String(e.message)); process.exit(1); }
const only = process.argv.slice(2);
const jobs = Math.max(1, Number(process.env.E2E_JOBS) || 2);
const files = readdirSync(dir).filter((f) => f.endsWith('.e2e.mjs'))
  .filter((f) => !only.length || only.some((o) => f.includes(o)))
  .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
  .map((f) => join(dir, f));
const r = spawnSync(process.execPath, ['--test', `--test-concurrency=${jobs}`, '--test-reporter=spec', ...files], { stdio: 'inherit' });
process.exit(r.status ?? 1);
