// An in-memory LSH index over band keys. Band keys are hashed into 64 open-addressing multimaps
// held in typed arrays: a million articles × 42 bands is past what a JS Map can hold, and typed
// arrays keep it to ~0.5–1 kB per article with no per-entry objects for the collector to walk.
import { fnv1a32 } from './hash.js';

/** Where fingerprints of stored articles live: this in-memory index, or a workspace's band table. */
export interface FingerprintIndex {
  add(id: string, bands: readonly string[]): void | Promise<void>;
  /** Stored ids sharing at least one band key, with how many they share. */
  query(bands: readonly string[]): Promise<Map<string, number>> | Map<string, number>;
  remove(id: string): void | Promise<void>;
}

const PARTS = 64;
const EMPTY = -1;

/** One multimap: 32-bit key → doc numbers, linear probing, duplicates in successive slots. */
class Part {
  keys = new Uint32Array(256);
  docs = new Int32Array(256).fill(EMPTY);
  size = 0;

  insert(key: number, doc: number): void {
    // At most half full: with linear probing a miss then scans ~2.5 slots, at 3/4 it scans ~8.5.
    if ((this.size + 1) * 2 > this.docs.length) this.grow();
    const mask = this.docs.length - 1;
    let slot = key & mask;
    while (this.docs[slot] !== EMPTY) slot = (slot + 1) & mask;
    this.keys[slot] = key;
    this.docs[slot] = doc;
    this.size++;
  }

  /** Adds one to `counts` for every doc stored under `key`. */
  count(key: number, counts: Map<number, number>): void {
    const { keys, docs } = this;
    const mask = docs.length - 1;
    let slot = key & mask;
    for (let doc = docs[slot]!; doc !== EMPTY; doc = docs[slot]!) {
      if (keys[slot] === key) counts.set(doc, (counts.get(doc) ?? 0) + 1);
      slot = (slot + 1) & mask;
    }
  }

  /** Rebuilds at double size (or the same size when only dropping dead docs). */
  grow(keep: (doc: number) => boolean = () => true, factor = 2): void {
    const { keys, docs } = this;
    this.keys = new Uint32Array(docs.length * factor);
    this.docs = new Int32Array(docs.length * factor).fill(EMPTY);
    this.size = 0;
    for (let i = 0; i < docs.length; i++)
      if (docs[i] !== EMPTY && keep(docs[i]!)) this.insert(keys[i]!, docs[i]!);
  }

  get bytes(): number {
    return this.keys.byteLength + this.docs.byteLength;
  }
}

export class MemoryFingerprintIndex implements FingerprintIndex {
  private readonly parts = Array.from({ length: PARTS }, () => new Part());
  private ids: string[] = [];
  private readonly numberOf = new Map<string, number>();
  private dead = 0;

  add(id: string, bands: readonly string[]): void {
    this.remove(id);
    const doc = this.ids.length;
    this.ids.push(id);
    this.numberOf.set(id, doc);
    for (const band of bands) this.partOf(band).insert(fnv1a32(band), doc);
  }

  query(bands: readonly string[]): Map<string, number> {
    const counts = new Map<number, number>();
    for (const band of bands) this.partOf(band).count(fnv1a32(band), counts);
    const out = new Map<string, number>();
    for (const [doc, n] of counts) {
      const id = this.ids[doc]!;
      if (this.numberOf.get(id) === doc) out.set(id, n);
    }
    return out;
  }

  /** Removal leaves the entries in place and drops them at the next compaction. */
  remove(id: string): void {
    if (!this.numberOf.delete(id)) return;
    this.dead++;
    if (this.dead * 4 > this.ids.length && this.ids.length > 1024) this.compact();
  }

  get count(): number {
    return this.numberOf.size;
  }

  /** Bytes held by the band tables (ids and their map excluded). */
  get tableBytes(): number {
    return this.parts.reduce((n, p) => n + p.bytes, 0);
  }

  private compact(): void {
    const live = (doc: number) => this.numberOf.get(this.ids[doc]!) === doc;
    for (const part of this.parts) part.grow(live, 1);
    this.dead = 0;
  }

  private partOf(band: string): Part {
    return this.parts[fnv1a32(band, 0x9e3779b9) % PARTS]!;
  }
}
