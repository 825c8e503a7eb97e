// Prints the licences of the runtime dependency tree (what ships to users) as a Markdown table.
// Usage: node build/licences.mjs
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const tree = JSON.parse(execFileSync('npm', ['ls', '--omit=dev', '--all', '--json'], { encoding: 'utf8' }));
const seen = new Map();
(function walk(node) {
  for (const [name, child] of Object.entries(node.dependencies ?? {})) {
    // An optional peer nobody installed (zustand's immer) ships nothing.
    if (!existsSync(join('node_modules', name, 'package.json'))) continue;
    if (!seen.has(name)) {
      const pkg = JSON.parse(readFileSync(join('node_modules', name, 'package.json'), 'utf8'));
      seen.set(name, { version: pkg.version, license: typeof pkg.license === 'string' ? pkg.license : JSON.stringify(pkg.license ?? 'UNKNOWN') });
    }
    walk(child);
  }
})(tree);
const byLicence = new Map();
for (const [name, { version, license }] of [...seen].sort()) {
  if (!byLicence.has(license)) byLicence.set(license, []);
  byLicence.get(license).push(`${name}@${version}`);
}
console.log('| licence | packages |\n|---|---|');
for (const [license, names] of [...byLicence].sort((a, b) => b[1].length - a[1].length)) console.log(`| ${license} | ${names.join(', ')} |`);
