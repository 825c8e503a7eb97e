// JS size of the built app, gzipped with node:zlib (default level). "Initial" = the scripts
// index.html references plus everything they import statically (dynamic import() chunks excluded).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const gz = (file) => gzipSync(readFileSync(file)).length;

/** Static import specifiers of a minified ES module (`import{a}from"./x.js"`, `import"./y.js"`). */
export function staticImports(code) {
  const out = new Set();
  const re = /(?:^|[;\s}\n])(?:import|export)\s*(?:[\w*${}\s,]*?from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;
  for (let m; (m = re.exec(code));) out.add(m[1]);
  return [...out];
}

export function measureBundle(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const entries = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="([^"]+\.js)"/g)].map((m) => normalize(join(dist, m[1])));
  const seen = new Set();
  const stack = [...entries];
  while (stack.length) {
    const f = stack.pop();
    if (seen.has(f) || !existsSync(f)) continue;
    seen.add(f);
    for (const spec of staticImports(readFileSync(f, 'utf8'))) stack.push(normalize(join(dirname(f), spec)));
  }
  const all = [];
  const walk = (d) => { for (const e of readdirSync(d, { withFileTypes: true })) { const p = join(d, e.name); if (e.isDirectory()) walk(p); else if (p.endsWith('.js')) all.push(p); } };
  walk(dist);
  const kb = (files) => Math.round(files.reduce((s, f) => s + gz(f), 0) / 102.4) / 10;
  return {
    initial_js_gzip_kb: kb([...seen]),
    total_js_gzip_kb: kb(all),
    initial_files: [...seen].map((f) => f.slice(dist.length + 1)).sort(),
  };
}
