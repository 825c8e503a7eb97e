// Runs every test/e2e/*.e2e.mjs with node:test, one file at a time (2-core machines).
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium } from './harness.mjs';

const dir = dirname(fileURLToPath(import.meta.url));
try { findChromium(); } catch (e) { console.error(String(e.message)); process.exit(1); }
const only = process.argv.slice(2);
const files = readdirSync(dir).filter((f) => f.endsWith('.e2e.mjs')).filter((f) => !only.length || only.some((o) => f.includes(o))).map((f) => join(dir, f));
const r = spawnSync(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=spec', ...files], { stdio: 'inherit' });
process.exit(r.status ?? 1);
