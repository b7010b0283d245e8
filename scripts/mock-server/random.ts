/**
 * Small seeded PRNG (mulberry32) plus a 32-bit mixing hash, hand-written
 * because it is ten lines and needs no dependency. rngFor(seed, stream, i)
 * gives every generated row its own generator, so any row can be built on its
 * own (lazily) and still be identical across runs with the same seed.
 */

/** Mixes numbers into one well-spread unsigned 32-bit value. */
export function hash32(...parts: number[]): number {
  let h = 0x811c9dc5;
  for (const part of parts) {
    // Fold both 32-bit halves so large seeds and indexes still differ.
    for (const word of [part >>> 0, Math.floor(part / 0x1_0000_0000) >>> 0]) {
      h = Math.imul(h ^ word, 0x01000193);
      h ^= h >>> 15;
      h = Math.imul(h, 0x2c1b3c6d);
      h ^= h >>> 12;
    }
  }
  return h >>> 0;
}

/** mulberry32: a fast 32-bit generator returning floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 0x1_0000_0000;
  };
}

export type Rng = () => number;

/** A generator for one row (index) of one kind of data (stream). */
export function rngFor(seed: number, stream: number, index: number): Rng {
  return mulberry32(hash32(seed, stream, index));
}

/** An integer in [min, max], both included. */
export function intBetween(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)] as T;
}
