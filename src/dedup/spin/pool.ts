// A pool of distinct strings in flat typed arrays: WordNet's ~150,000 lemmas as one byte array, one
// offset array and (when the pool is looked up by string) an open-addressing hash index, in place of
// as many string objects and Map entries. A few MB instead of tens, outside the JS heap, so every
// thread that reads WordNet's tables neither holds nor walks them at each garbage collection.
// Strings are latin1 (WordNet's files are read as such): one byte each.

/** The stored form of a pool (plain typed arrays, so the structured clone and v8.serialize keep them). */
export interface PoolData {
  /** The strings' bytes, one after another. */
  bytes: Uint8Array;
  /** String i is `bytes[offsets[i] .. offsets[i + 1]]`. */
  offsets: Uint32Array;
  /** Open-addressing hash index (linear probing, size a power of two): string number, or -1. Empty when the pool is not looked up by string. */
  slots: Int32Array;
}

/** FNV-1a over the string's char codes. */
function hashOf(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The pool of `strings` in their order (they must be distinct when `indexed`). */
export function buildPool(strings: readonly string[], indexed: boolean): PoolData {
  let size = 0;
  for (const s of strings) size += s.length;
  const bytes = new Uint8Array(size);
  const offsets = new Uint32Array(strings.length + 1);
  let at = 0;
  strings.forEach((s, i) => {
    offsets[i] = at;
    for (let j = 0; j < s.length; j++) {
      const c = s.charCodeAt(j);
      if (c > 0xff) throw new Error(`WordNet table: "${s}" is not latin1`);
      bytes[at++] = c;
    }
  });
  offsets[strings.length] = at;
  let slots = new Int32Array(0);
  if (indexed) {
    let capacity = 16;
    while (capacity < strings.length * 2) capacity *= 2;
    slots = new Int32Array(capacity).fill(-1);
    const mask = capacity - 1;
    strings.forEach((s, i) => {
      let slot = hashOf(s) & mask;
      while (slots[slot] !== -1) {
        if (strings[slots[slot]!] === s) throw new Error(`WordNet table: "${s}" twice in an indexed pool`);
        slot = (slot + 1) & mask;
      }
      slots[slot] = i;
    });
  }
  return { bytes, offsets, slots };
}

export class StringPool {
  readonly #bytes: Uint8Array;
  readonly #offsets: Uint32Array;
  readonly #slots: Int32Array;
  readonly #mask: number;
  readonly #text: Buffer;

  constructor(data: PoolData) {
    this.#bytes = data.bytes;
    this.#offsets = data.offsets;
    this.#slots = data.slots;
    this.#mask = data.slots.length - 1;
    this.#text = Buffer.from(data.bytes.buffer, data.bytes.byteOffset, data.bytes.byteLength);
  }

  get size(): number {
    return this.#offsets.length - 1;
  }

  /** String number i. */
  at(i: number): string {
    return this.#text.toString('latin1', this.#offsets[i]!, this.#offsets[i + 1]!);
  }

  /** Length of string i. */
  lengthOf(i: number): number {
    return this.#offsets[i + 1]! - this.#offsets[i]!;
  }

  /** The number of `s` in an indexed pool, or -1 when it is not there. */
  find(s: string): number {
    if (this.#slots.length === 0) return -1;
    const bytes = this.#bytes;
    const offsets = this.#offsets;
    const n = s.length;
    let slot = hashOf(s) & this.#mask;
    for (;;) {
      const i = this.#slots[slot]!;
      if (i === -1) return -1;
      const start = offsets[i]!;
      if (offsets[i + 1]! - start === n) {
        let j = 0;
        while (j < n && bytes[start + j] === s.charCodeAt(j)) j++;
        if (j === n) return i;
      }
      slot = (slot + 1) & this.#mask;
    }
  }
}
