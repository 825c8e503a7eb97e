/** A seeded generator of floats in [0, 1). */
export function mulberry32(seed: number): () => number;
