// WordNet senses with their frequencies: each lemma's synsets, most frequent first, with the
// SemCor tag count of the lemma in that sense. Read from index.sense alone (every line is one
// lemma in one synset, so it also gives each synset's members) without the data files: the
// intrinsic detector runs on every article and must not pay for the lexicon. Derived once at build
// time and read back from dist (prebuilt.ts); derived on first use (~1 s) where that file is absent.
// What a writer picks and what a thesaurus spinner picks differ exactly here: a writer uses the
// usual word for a meaning, a spinner any member of any of its synsets.
// Held as flat typed arrays (pool.ts), strings and sense objects made when asked for: as Maps and
// arrays of strings and objects the table cost every thread that reads articles ~60 MB of heap.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lemmaCandidates } from './lemma.js';
import { buildPool, type PoolData, StringPool } from './pool.js';
import { readTable } from './prebuilt.js';
import { dictDir } from './wordnet.js';

export interface Sense {
  synset: number;
  /** SemCor tag count of this lemma in this sense (0 for most senses). */
  count: number;
  /** WordNet's sense number within the lemma's part of speech. */
  number: number;
}

/** The sense table as index.sense gives it: the reference the compact form is made from. */
export interface SenseSource {
  senses: Map<string, Sense[]>;
  /** Tag count of a lemma over all its senses. */
  total: Map<string, number>;
  /** Lemmas of each synset, lower-case. */
  members: string[][];
  /** `part:offset` (part n, v, a or r) of each synset, as the data files name it. */
  keys: string[];
}

/** The sense table as stored and held in memory: flat typed arrays, no object per lemma, sense or synset. */
export interface SenseData {
  /** The lemmas, lower-case, in index.sense's order, looked up by string. */
  lemmas: PoolData;
  /** Senses of lemma i, most frequent first: entries `senseStart[i] .. senseStart[i + 1]` of the three arrays below. */
  senseStart: Uint32Array;
  senseSynset: Int32Array;
  senseCount: Int32Array;
  senseNumber: Uint16Array;
  /** Tag count of lemma i over all its senses. */
  total: Int32Array;
  /** Members of synset i (lemma numbers): `memberLemmas[memberStart[i] .. memberStart[i + 1]]`. */
  memberStart: Uint32Array;
  memberLemmas: Int32Array;
  /** Part letter (char code) and data-file offset of each synset. */
  part: Uint8Array;
  offset: Uint32Array;
}

/** index.sense's synset type digit → the part letter of the data files (5, satellite, is an adjective). */
const PART = ['', 'n', 'v', 'a', 'r', 'a'];

/** The sense table read from index.sense, in plain Maps and arrays. */
export function deriveSenses(): SenseSource {
  const senses = new Map<string, Sense[]>();
  const total = new Map<string, number>();
  const ids = new Map<string, number>();
  const members: string[][] = [];
  const keys: string[] = [];
  for (const line of readFileSync(join(dictDir(), 'index.sense'), 'latin1').split('\n')) {
    // `lemma%ss_type:lex_filenum:lex_id:head:head_id offset sense_number tag_cnt`
    const [key, offset, number, count] = line.split(' ');
    if (!key || !offset) continue;
    const cut = key.indexOf('%');
    const lemma = key.slice(0, cut).replaceAll('_', ' ');
    const ssKey = `${PART[key.charCodeAt(cut + 1) - 48]}:${offset}`;
    let synset = ids.get(ssKey);
    if (synset === undefined) {
      synset = members.push([]) - 1;
      ids.set(ssKey, synset);
      keys.push(ssKey);
    }
    members[synset]!.push(lemma);
    const sense = { synset, count: Number(count) || 0, number: Number(number) || 0 };
    (senses.get(lemma) ?? senses.set(lemma, []).get(lemma)!).push(sense);
    total.set(lemma, (total.get(lemma) ?? 0) + sense.count);
  }
  // index.sense lists a lemma's senses by key; usage order is count, then WordNet's sense number.
  for (const list of senses.values())
    if (list.length > 1) list.sort((x, y) => y.count - x.count || x.number - y.number);
  return { senses, total, members, keys };
}

/** `part:offset` names as the data files write them: a part letter and eight digits. */
const KEY = /^([nvar]):(\d{8})$/;

/** The compact form of a derived sense table. */
export function compactSenses(source: SenseSource): SenseData {
  const lemmaList = [...source.senses.keys()];
  const numberOf = new Map(lemmaList.map((l, i) => [l, i]));
  const senseStart = new Uint32Array(lemmaList.length + 1);
  const all = lemmaList.flatMap((l) => source.senses.get(l)!);
  const senseSynset = new Int32Array(all.length);
  const senseCount = new Int32Array(all.length);
  const senseNumber = new Uint16Array(all.length);
  const total = new Int32Array(lemmaList.length);
  let k = 0;
  lemmaList.forEach((l, i) => {
    senseStart[i] = k;
    total[i] = source.total.get(l) ?? 0;
    if (total[i] !== (source.total.get(l) ?? 0))
      throw new Error(`WordNet senses: ${l} has a count out of range`);
    for (const s of source.senses.get(l)!) {
      senseSynset[k] = s.synset;
      senseCount[k] = s.count;
      senseNumber[k] = s.number;
      if (senseCount[k] !== s.count || senseNumber[k] !== s.number)
        throw new Error(`WordNet senses: ${l} has a count or sense number out of range`);
      k++;
    }
  });
  senseStart[lemmaList.length] = k;

  const memberStart = new Uint32Array(source.members.length + 1);
  const memberLemmas: number[] = [];
  source.members.forEach((list, i) => {
    memberStart[i] = memberLemmas.length;
    for (const m of list) memberLemmas.push(numberOf.get(m)!);
  });
  memberStart[source.members.length] = memberLemmas.length;

  const part = new Uint8Array(source.keys.length);
  const offset = new Uint32Array(source.keys.length);
  source.keys.forEach((key, i) => {
    const m = KEY.exec(key);
    if (!m) throw new Error(`WordNet senses: unexpected synset name ${key}`);
    part[i] = m[1]!.charCodeAt(0);
    offset[i] = Number(m[2]);
  });
  return {
    lemmas: buildPool(lemmaList, true),
    senseStart,
    senseSynset,
    senseCount,
    senseNumber,
    total,
    memberStart,
    memberLemmas: Int32Array.from(memberLemmas),
    part,
    offset,
  };
}

/** The sense table derived from index.sense, in its compact form. */
export const buildSenseTable = (): SenseData => compactSenses(deriveSenses());

const NO_SENSES: readonly Sense[] = Object.freeze([]);

/**
 * Values made for lately asked lemma or synset numbers, one slot per number modulo the size (a
 * number asked for takes its slot over): bounded, and cheaper to ask than a Map, on a path that asks
 * for the senses and synonyms of every word of every article.
 */
class NumberCache<V> {
  readonly #keys: Int32Array;
  readonly #values: (V | undefined)[];
  readonly #mask: number;

  /** `size` a power of two. */
  constructor(size: number) {
    this.#keys = new Int32Array(size).fill(-1);
    this.#values = new Array<V | undefined>(size).fill(undefined);
    this.#mask = size - 1;
  }

  get(n: number): V | undefined {
    const slot = n & this.#mask;
    return this.#keys[slot] === n ? this.#values[slot] : undefined;
  }

  set(n: number, value: V): void {
    const slot = n & this.#mask;
    this.#keys[slot] = n;
    this.#values[slot] = value;
  }
}

/** Look-ups into the compact sense table; strings and sense objects are made when asked for. */
export class SenseTable {
  readonly #data: SenseData;
  readonly #lemmas: StringPool;
  /** A lemma's senses and a synset's members, lately asked for (the same words recur article after article). */
  readonly #senses = new NumberCache<readonly Sense[]>(1 << 15);
  readonly #members = new NumberCache<readonly string[]>(1 << 15);
  #starts: Set<string> | undefined;

  constructor(data: SenseData) {
    this.#data = data;
    this.#lemmas = new StringPool(data.lemmas);
  }

  /** How many lemmas the table knows, and the i-th of them in index.sense's order. */
  get lemmaCount(): number {
    return this.#lemmas.size;
  }

  lemmaAt(i: number): string {
    return this.#lemmas.at(i);
  }

  get synsetCount(): number {
    return this.#data.part.length;
  }

  has(lemma: string): boolean {
    return this.#lemmas.find(lemma) >= 0;
  }

  sensesOf(lemma: string): readonly Sense[] {
    // Most words asked for are no lemma (every two-word phrase of an article is tried): those cost
    // the hash look-up alone.
    const i = this.#lemmas.find(lemma);
    if (i < 0) return NO_SENSES;
    const known = this.#senses.get(i);
    if (known) return known;
    const { senseStart, senseSynset, senseCount, senseNumber } = this.#data;
    const out: Sense[] = [];
    for (let k = senseStart[i]!; k < senseStart[i + 1]!; k++)
      out.push({ synset: senseSynset[k]!, count: senseCount[k]!, number: senseNumber[k]! });
    this.#senses.set(i, out);
    return out;
  }

  countOf(lemma: string): number {
    const i = this.#lemmas.find(lemma);
    return i < 0 ? 0 : this.#data.total[i]!;
  }

  membersOf(synset: number): readonly string[] {
    const known = this.#members.get(synset);
    if (known) return known;
    const { memberStart, memberLemmas } = this.#data;
    const out: string[] = [];
    for (let k = memberStart[synset]!; k < memberStart[synset + 1]!; k++)
      out.push(this.#lemmas.at(memberLemmas[k]!));
    this.#members.set(synset, out);
    return out;
  }

  /** The part letter of a synset (n, v, a or r). */
  partOf(synset: number): string {
    return String.fromCharCode(this.#data.part[synset]!);
  }

  keyOf(synset: number): string {
    return `${String.fromCharCode(this.#data.part[synset]!)}:${String(this.#data.offset[synset]).padStart(8, '0')}`;
  }

  phraseStarts(): ReadonlySet<string> {
    if (!this.#starts) {
      this.#starts = new Set();
      for (let i = 0; i < this.#lemmas.size; i++) {
        const lemma = this.#lemmas.at(i);
        const space = lemma.indexOf(' ');
        if (space > 0) this.#starts.add(lemma.slice(0, space));
      }
    }
    return this.#starts;
  }
}

let table: SenseTable | undefined;

function senseTable(): SenseTable {
  table ??= new SenseTable(readTable<SenseData>('senses') ?? buildSenseTable());
  return table;
}

/** A lemma's senses, most frequent first; empty when WordNet does not know it. */
export function sensesOf(lemma: string): readonly Sense[] {
  return senseTable().sensesOf(lemma);
}

/** First words of WordNet's multi-word lemmas ("time" of "time of year"): a phrase starting otherwise is no entry. */
export function phraseStarts(): ReadonlySet<string> {
  return senseTable().phraseStarts();
}

/** How often a lemma is tagged in SemCor over all its senses. */
export function lemmaCount(lemma: string): number {
  return senseTable().countOf(lemma);
}

/** The WordNet lemma of a word form: the form itself when WordNet has it, else its first known base. */
export function baseOf(word: string): string | null {
  const known = senseTable();
  const w = word.toLowerCase();
  if (known.has(w)) return w;
  return lemmaCandidates(w).find((c) => known.has(c)) ?? null;
}

/** Members of a synset other than `lemma`. */
export function synonymsIn(synset: number, lemma: string): readonly string[] {
  return senseTable()
    .membersOf(synset)
    .filter((m) => m !== lemma);
}

/** The part of speech of a synset: n, v, a or r (the first letter of its `synsetKey`). */
export const synsetPart = (synset: number): string => senseTable().partOf(synset);

/** The data files' `part:offset` name of a synset. */
export const synsetKey = (synset: number): string => senseTable().keyOf(synset);
