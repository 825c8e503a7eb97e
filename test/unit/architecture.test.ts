/**
 * The dependency rules of the README's "How it works", checked on the source itself:
 * no import cycle in src, and the arrow views → store → domain holds for every folder.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Static imports and re-exports with a relative path (dynamic import() is a lazy edge, not a cycle). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/^\s*(?:import|export)\s[^;]*?\sfrom\s+'(\.[^']+)'/gms)].map((m) => m[1]!);
  specs.push(...[...text.matchAll(/^\s*import\s+'(\.[^']+)'/gm)].map((m) => m[1]!));
  return specs.filter((s) => /\.tsx?$/.test(s)).map((s) => resolve(dirname(file), s));
}

const files = sourceFiles(SRC);
const graph = new Map(files.map((f) => [f, importsOf(f)]));
const rel = (f: string) => relative(SRC, f);

/** Every back edge found by a depth-first walk, as the cycle it closes (type-only imports count too). */
function findCycles(): string[][] {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (f: string): void => {
    if (state.get(f) === 'done') return;
    if (state.get(f) === 'open') {
      cycles.push([...stack.slice(stack.indexOf(f)), f].map(rel));
      return;
    }
    state.set(f, 'open');
    stack.push(f);
    for (const next of graph.get(f) ?? []) visit(next);
    stack.pop();
    state.set(f, 'done');
  };
  for (const f of files) visit(f);
  return cycles;
}

describe('architecture', () => {
  it('reads the imports it checks (the graph is not empty)', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(graph.get(join(SRC, 'views/registry.ts'))).toContain(join(SRC, 'store/url.ts'));
  });

  it('has no import cycle in src', () => {
    expect(findCycles()).toEqual([]);
  });

  it('keeps src/ui and src/store out of src/views, and domain, ingest and geo out of both', () => {
    const wrong: string[] = [];
    for (const [from, tos] of graph) {
      const layer = rel(from).split('/')[0];
      for (const to of tos) {
        const target = rel(to).split('/')[0];
        const banned = ['ui', 'store'].includes(layer!) ? ['views'] : ['domain', 'ingest', 'geo'].includes(layer!) ? ['views', 'ui', 'store'] : [];
        if (banned.includes(target!)) wrong.push(`${rel(from)} → ${rel(to)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  // The summary's sentences are worded in the domain from the i18n catalogues, so src/i18n sits
  // below the domain: it imports nothing else from src, and the pure layers read only its plain
  // files (formatters, catalogues), never index.ts, which sets up i18next for React.
  it('keeps src/i18n a leaf that the pure layers read without its i18next set-up', () => {
    const wrong: string[] = [];
    for (const [from, tos] of graph) {
      const layer = rel(from).split('/')[0]!;
      for (const to of tos) {
        const target = rel(to);
        const leavesI18n = layer === 'i18n' && !target.startsWith('i18n/');
        const pureToSetup = ['domain', 'ingest', 'geo', 'store'].includes(layer) && target === 'i18n/index.ts';
        if (leavesI18n || pureToSetup) wrong.push(`${rel(from)} → ${target}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(graph.get(join(SRC, 'domain/narrative/render.ts'))).toContain(join(SRC, 'i18n/messages/narrative.ts'));
  });

  it('lets a view reach another view only through that view’s index.ts', () => {
    const wrong: string[] = [];
    for (const [from, tos] of graph) {
      const [layer, view] = rel(from).split('/');
      if (layer !== 'views') continue;
      for (const to of tos) {
        const [tLayer, tView, ...rest] = rel(to).split('/');
        if (tLayer === 'views' && tView !== view && rest.length > 0 && rest.join('/') !== 'index.ts') wrong.push(`${rel(from)} → ${rel(to)}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
