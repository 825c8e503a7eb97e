import { describe, expect, it } from 'vitest';
import { filled, objects } from './lists.ts';

describe('arrays made in their final kind', () => {
  it('starts empty and takes any value', () => {
    const a = objects<unknown>();
    expect(a).toEqual([]);
    a.push(1, 'x', { y: 2 });
    expect(a).toEqual([1, 'x', { y: 2 }]);
    // Each call makes its own array.
    expect(objects()).not.toBe(objects());
  });

  it('fills n items without gaps', () => {
    const a = filled(3, -1);
    expect(a).toEqual([-1, -1, -1]);
    expect(0 in a && 2 in a).toBe(true);
    expect(filled(0, 'x')).toEqual([]);
  });
});
