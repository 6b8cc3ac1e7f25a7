// WordNet senses with their frequencies: each lemma's synsets, most frequent first, with the
// SemCor tag count of the lemma in that sense. Read from index.sense alone (every line is one
// lemma in one synset, so it also gives each synset's members) without the data files: the
// intrinsic detector runs on every article and must not pay for the lexicon. Derived once at build
// time and read back from dist (prebuilt.ts); derived on first use (~1 s) where that file is absent.
// What a writer picks and what a thesaurus spinner picks differ exactly here: a writer uses the
// usual word for a meaning, a spinner any member of any of its synsets.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lemmaCandidates } from './lemma.js';
import { readTable } from './prebuilt.js';
import { dictDir } from './wordnet.js';

export interface Sense {
  synset: number;
  /** SemCor tag count of this lemma in this sense (0 for most senses). */
  count: number;
  /** WordNet's sense number within the lemma's part of speech. */
  number: number;
}

export interface SenseTable {
  senses: Map<string, Sense[]>;
  /** Tag count of a lemma over all its senses. */
  total: Map<string, number>;
  /** Lemmas of each synset, lower-case. */
  members: string[][];
  /** `part:offset` (part n, v, a or r) of each synset, as the data files name it. */
  keys: string[];
}

/** index.sense's synset type digit → the part letter of the data files (5, satellite, is an adjective). */
const PART = ['', 'n', 'v', 'a', 'r', 'a'];

let table: SenseTable | undefined;

/** The sense table derived from index.sense. */
export function buildSenseTable(): SenseTable {
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
function senseTable(): SenseTable {
  table ??= readTable<SenseTable>('senses') ?? buildSenseTable();
  return table;
}

/** A lemma's senses, most frequent first; empty when WordNet does not know it. */
export function sensesOf(lemma: string): readonly Sense[] {
  return senseTable().senses.get(lemma) ?? [];
}

let starts: Set<string> | undefined;

/** First words of WordNet's multi-word lemmas ("time" of "time of year"): a phrase starting otherwise is no entry. */
export function phraseStarts(): ReadonlySet<string> {
  if (!starts) {
    starts = new Set();
    for (const lemma of senseTable().senses.keys()) {
      const space = lemma.indexOf(' ');
      if (space > 0) starts.add(lemma.slice(0, space));
    }
  }
  return starts;
}

/** How often a lemma is tagged in SemCor over all its senses. */
export function lemmaCount(lemma: string): number {
  return senseTable().total.get(lemma) ?? 0;
}

/** The WordNet lemma of a word form: the form itself when WordNet has it, else its first known base. */
export function baseOf(word: string): string | null {
  const known = senseTable().senses;
  const w = word.toLowerCase();
  if (known.has(w)) return w;
  return lemmaCandidates(w).find((c) => known.has(c)) ?? null;
}

/** Members of a synset other than `lemma`. */
export function synonymsIn(synset: number, lemma: string): readonly string[] {
  return senseTable().members[synset]!.filter((m) => m !== lemma);
}

/** The data files' `part:offset` name of a synset. */
export const synsetKey = (synset: number): string => senseTable().keys[synset]!;
