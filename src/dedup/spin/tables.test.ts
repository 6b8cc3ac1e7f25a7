// The compact WordNet tables answer exactly as the plain Maps and arrays derived from the dictionary
// files do, for every lemma and every synset WordNet has.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lemmaCandidates } from './lemma.js';
import {
  baseOf,
  compactSenses,
  deriveSenses,
  lemmaCount,
  phraseStarts,
  type Sense,
  SenseTable,
  sensesOf,
  synonymsIn,
  synsetKey,
  synsetPart,
} from './senses.js';
import { compactLexicon, deriveLexicon, kinship, Lexicon } from './wordnet.js';

const sameSenses = (a: readonly Sense[], b: readonly Sense[]): boolean =>
  a.length === b.length &&
  a.every((s, i) => s.synset === b[i]!.synset && s.count === b[i]!.count && s.number === b[i]!.number);
const sameList = <T>(a: ArrayLike<T>, b: ArrayLike<T>): boolean =>
  a.length === b.length && Array.from(a).every((x, i) => x === b[i]);

test('the compact sense table answers as index.sense read into Maps, for every lemma and synset', () => {
  const ref = deriveSenses();
  const table = new SenseTable(compactSenses(ref));
  // The straightforward look-ups over the derived Maps.
  const refSenses = (l: string): readonly Sense[] => ref.senses.get(l) ?? [];
  const refBase = (word: string): string | null => {
    const w = word.toLowerCase();
    if (ref.senses.has(w)) return w;
    return lemmaCandidates(w).find((c) => ref.senses.has(c)) ?? null;
  };
  const refStarts = new Set<string>();
  for (const l of ref.senses.keys()) if (l.indexOf(' ') > 0) refStarts.add(l.slice(0, l.indexOf(' ')));

  assert.ok(ref.senses.size > 140_000);
  assert.equal(table.lemmaCount, ref.senses.size);
  assert.equal(table.synsetCount, ref.keys.length);
  const wrong: string[] = [];
  let i = 0;
  for (const [lemma, senses] of ref.senses) {
    if (table.lemmaAt(i++) !== lemma) wrong.push(`lemma ${i - 1}: ${lemma}`);
    // The module's functions (over the table it loads) and a table made here from the same source.
    if (!sameSenses(sensesOf(lemma), senses) || !sameSenses(table.sensesOf(lemma), senses))
      wrong.push(`sensesOf ${lemma}`);
    if (lemmaCount(lemma) !== (ref.total.get(lemma) ?? 0)) wrong.push(`lemmaCount ${lemma}`);
    // Inflected and capitalised forms go through the candidate bases.
    for (const form of [lemma, lemma.toUpperCase(), `${lemma}s`, `${lemma}ed`, `${lemma}ing`])
      if (baseOf(form) !== refBase(form)) wrong.push(`baseOf ${form}`);
    for (const s of senses) {
      const expected = ref.members[s.synset]!.filter((m) => m !== lemma);
      if (!sameList(synonymsIn(s.synset, lemma), expected)) wrong.push(`synonymsIn ${s.synset} ${lemma}`);
    }
  }
  ref.keys.forEach((key, synset) => {
    if (synsetKey(synset) !== key) wrong.push(`synsetKey ${synset}`);
    if (synsetPart(synset) !== key[0]) wrong.push(`synsetPart ${synset}`);
    if (!sameList(table.membersOf(synset), ref.members[synset]!)) wrong.push(`members ${synset}`);
  });
  for (const word of ['', 'qqzxv', 'Saïd', 'naïve', 'x y z', 'été', 'constructor', '__proto__'])
    if (
      !sameSenses(sensesOf(word), refSenses(word)) ||
      lemmaCount(word) !== 0 ||
      baseOf(word) !== refBase(word)
    )
      wrong.push(`unknown ${word}`);
  assert.deepEqual([...phraseStarts()], [...refStarts]);
  assert.equal(wrong.length, 0, wrong.slice(0, 20).join('; '));
});

test('the compact lexicon answers as the data files read into Maps, for every lemma and synset', () => {
  const ref = deriveLexicon();
  const lexicon = new Lexicon(compactLexicon(ref));
  assert.ok(ref.lemmaSynsets.size > 140_000);
  assert.equal(lexicon.lemmaCount, ref.lemmaSynsets.size);
  assert.equal(lexicon.synsetCount, ref.members.length);
  assert.deepEqual(lexicon.start, ref.start);
  assert.deepEqual(lexicon.neighbours, ref.neighbours);
  const wrong: string[] = [];
  let i = 0;
  for (const [lemma, synsets] of ref.lemmaSynsets) {
    if (lexicon.lemmaAt(i++) !== lemma) wrong.push(`lemma ${i - 1}: ${lemma}`);
    if (!sameList(lexicon.synsetsOf(lemma), synsets)) wrong.push(`synsetsOf ${lemma}`);
  }
  ref.members.forEach((members, synset) => {
    if (!sameList(lexicon.membersOf(synset), members)) wrong.push(`members ${synset}`);
  });
  for (const [key, synset] of ref.idOf) if (lexicon.idOf(key) !== synset) wrong.push(`idOf ${key}`);
  for (const key of ['n:00000000', 'n:99999999', 'x:00001740', 'n:1740', '', 's:00001740'])
    if (lexicon.idOf(key) !== ref.idOf.get(key)) wrong.push(`idOf ${key}`);
  for (const word of ['qqzxv', 'Dog', 'naïve', ''])
    if (lexicon.synsetsOf(word).length !== (ref.lemmaSynsets.get(word)?.length ?? 0))
      wrong.push(`synsetsOf ${word}`);
  assert.equal(wrong.length, 0, wrong.slice(0, 20).join('; '));

  // Kinship of word pairs, against the same rule over the Maps: members of one synset, of
  // neighbouring synsets, and unrelated lemmas a fixed stride apart.
  const synsetsOf = (w: string): number[] => lemmaCandidates(w).flatMap((l) => ref.lemmaSynsets.get(l) ?? []);
  const refKinship = (a: string, b: string): string | null => {
    const [x, y] = [a.toLowerCase(), b.toLowerCase()];
    if (x === y) return null;
    const [left, right] = [synsetsOf(x), synsetsOf(y)];
    if (right.some((s) => left.includes(s))) return 'synonym';
    if (left.length === 0 || right.length === 0) return null;
    const wide = new Set(left);
    for (const id of left)
      for (let k = ref.start[id]!; k < ref.start[id + 1]!; k++) wide.add(ref.neighbours[k]!);
    return right.some((s) => wide.has(s)) ? 'near-synonym' : null;
  };
  const lemmas = [...ref.lemmaSynsets.keys()];
  const pairs: [string, string][] = [];
  for (let s = 0; s < ref.members.length; s += 7) {
    const m = ref.members[s]!;
    if (m.length > 1) pairs.push([m[0]!, m[1]!]);
    const n = ref.neighbours[ref.start[s]!];
    if (n !== undefined && m[0]) pairs.push([m[0], ref.members[n]![0]!]);
  }
  for (let k = 0; k + 9973 < lemmas.length; k += 13) pairs.push([lemmas[k]!, lemmas[k + 9973]!]);
  pairs.push(['said', 'stated'], ['told', 'instructed'], ['houses', 'Dogs'], ['constructor', '__proto__']);
  const kinds = new Map<string | null, number>();
  for (const [a, b] of pairs) {
    const expected = refKinship(a, b);
    kinds.set(expected, (kinds.get(expected) ?? 0) + 1);
    if (kinship(a, b) !== expected) wrong.push(`kinship ${a} ${b}`);
  }
  assert.deepEqual(wrong, []);
  // Each kind is tried many times.
  assert.ok([...kinds.values()].every((n) => n > 1000) && kinds.size === 3, JSON.stringify([...kinds]));
});
