/**
 * A small seeded PRNG so every run of the benchmark draws the same pairs: the figures of two
 * runs then differ only by the machine, never by the input.
 */

/** mulberry32: a 32-bit-state generator returning floats in [0, 1); fast and good enough here. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
