// Stable hashing for fingerprints: the same text gives the same band keys on every machine and in
// every release, because stored band keys are compared with fresh ones.

/** 32-bit FNV-1a over UTF-16 code units. */
export function fnv1a32(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A Mersenne prime: permutations are (a·x + b) mod P. */
export const PRIME = 2147483647;

/** Fixed-seed generator, so the permutation constants never change. */
function mulberry32(seed: number): () => number {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return (r ^ (r >>> 14)) >>> 0;
  };
}

export interface Permutations {
  aHi: Uint32Array;
  aLo: Uint32Array;
  b: Uint32Array;
}

/** `k` permutations from the fixed seed; `a` is split in 15+16 bits so every product is exact in a double. */
export function permutations(k: number, seed = 0x5eed1234): Permutations {
  const next = mulberry32(seed);
  const aHi = new Uint32Array(k);
  const aLo = new Uint32Array(k);
  const b = new Uint32Array(k);
  for (let i = 0; i < k; i++) {
    const a = 1 + (next() % (PRIME - 1));
    aHi[i] = Math.floor(a / 65536);
    aLo[i] = a % 65536;
    b[i] = next() % PRIME;
  }
  return { aHi, aLo, b };
}

const TWO31 = 2147483648;

/** v mod P for 0 ≤ v < 2^48, by folding (2^31 ≡ 1 mod P): far cheaper than a floating-point `%`. */
function fold(v: number): number {
  const q = Math.floor(v / TWO31);
  const s = v - q * TWO31 + q;
  return s >= PRIME ? s - PRIME : s;
}

/** (a·x + b) mod P, exact: a = aHi·2^16 + aLo, x < P, every intermediate below 2^48. */
export function permute(aHi: number, aLo: number, b: number, x: number): number {
  return fold(fold(aHi * x) * 65536 + aLo * x + b);
}
