import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readBoundaries } from '../../geo/boundaries.ts';
import { projectToWidth } from '../../geo/project.ts';
import { drawLocator } from './Locator.tsx';

describe('the locator, projected a few provinces per task', () => {
  it('draws the same paths and height as projecting it at once, and only once per boundary set', async () => {
    const set = readBoundaries(JSON.parse(readFileSync(new URL('../../../public/geo/vn-provinces-ne.topo.json', import.meta.url), 'utf8')));
    const once = projectToWidth(set.features, 110, 220);
    const drawn = await drawLocator(set);
    expect(drawn.height).toBe(once.height);
    expect(drawn.paths).toEqual(once.paths.map((p) => p.d));
    expect(drawn.paths.length).toBeGreaterThan(60);
    expect(drawLocator(set)).toBe(drawLocator(set));
  });
});
