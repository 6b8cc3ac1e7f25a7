// MinHash over word shingles with LSH banding. The parameters are part of the stored format: band
// keys written by one run are looked up by the next, so changing them means re-fingerprinting.
import { fnv1a32, PRIME, permutations, permute } from './hash.js';

/** Word bigrams: a spinner that swaps one word in four still leaves over half of them intact. */
export const SHINGLE_WORDS = 2;
/** 42 bands of 3 rows: a pair at Jaccard 0.5 is a candidate with p ≈ 0.996, at 0.3 with 0.68, at 0.05 with 0.005. */
export const BANDS = 42;
export const ROWS = 3;
export const HASHES = BANDS * ROWS;

const PERMS = permutations(HASHES);

export interface Fingerprint {
  bands: string[];
  signature: Uint32Array;
}

/** Words as the fingerprint sees them: the whole text folded once (no offsets needed here). */
function foldedWords(text: string): string[] {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** Distinct shingle hashes of a text, reduced below the prime. */
export function shingleHashes(text: string, size = SHINGLE_WORDS): Uint32Array {
  const words = foldedWords(text);
  const seen = new Set<number>();
  if (words.length > 0 && words.length < size) seen.add(fnv1a32(words.join(' ')) % PRIME);
  for (let i = 0; i + size <= words.length; i++)
    seen.add(fnv1a32(words.slice(i, i + size).join(' ')) % PRIME);
  return Uint32Array.from(seen);
}

/** The MinHash signature: per permutation, the least permuted shingle hash (P for an empty text). */
export function minhash(shingles: Uint32Array): Uint32Array {
  const sig = new Uint32Array(HASHES).fill(PRIME);
  const { aHi, aLo, b } = PERMS;
  for (let i = 0; i < HASHES; i++) {
    const hi = aHi[i]!;
    const lo = aLo[i]!;
    const bi = b[i]!;
    let min = PRIME;
    for (let j = 0; j < shingles.length; j++) {
      const v = permute(hi, lo, bi, shingles[j]!);
      if (v < min) min = v;
    }
    sig[i] = min;
  }
  return sig;
}

const DIGITS = Array.from('0123456789abcdefghijklmnopqrstuv', (c) => c.charCodeAt(0));
const COLON = 58;

/**
 * A band key in one fixed-width call: two base-32 digits of the band, a colon, seven of the hash
 * (`"07:1x3kq9a"`). Built from char codes because concatenating short strings per key was the
 * index's hottest spot.
 */
function bandKey(band: number, hash: number): string {
  const h = hash >>> 0;
  return String.fromCharCode(
    DIGITS[(band >>> 5) & 31]!,
    DIGITS[band & 31]!,
    COLON,
    DIGITS[(h >>> 30) & 3]!,
    DIGITS[(h >>> 25) & 31]!,
    DIGITS[(h >>> 20) & 31]!,
    DIGITS[(h >>> 15) & 31]!,
    DIGITS[(h >>> 10) & 31]!,
    DIGITS[(h >>> 5) & 31]!,
    DIGITS[h & 31]!,
  );
}

/** Band keys: band number and a hash of its rows, as short fixed-width strings. */
export function bandsOf(signature: Uint32Array): string[] {
  const keys: string[] = new Array(BANDS);
  for (let band = 0; band < BANDS; band++) {
    let h = 0x811c9dc5 ^ band;
    for (let r = 0; r < ROWS; r++) {
      h = Math.imul(h ^ signature[band * ROWS + r]!, 0x01000193);
      h ^= h >>> 15;
    }
    keys[band] = bandKey(band, h);
  }
  return keys;
}

/** Signature and band keys of a text. An empty text has no bands (it matches nothing). */
export function fingerprint(text: string): Fingerprint {
  const shingles = shingleHashes(text);
  const signature = minhash(shingles);
  return { bands: shingles.length === 0 ? [] : bandsOf(signature), signature };
}

/** The share of equal rows: an unbiased estimate of the shingle Jaccard similarity. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  const n = Math.min(a.length, b.length);
  let same = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) same++;
  return n === 0 ? 0 : same / n;
}
