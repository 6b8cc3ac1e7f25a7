// 9. A set phrase with one word swapped: writers say "heart attack", "death penalty", "box office"
// as fixed units; a spinner swaps a word of the unit for a synonym from any of its senses and
// leaves a pair no writer uses ("bosom attack", "decease penalty", "loge office"). Read from two
// neighbouring words: the pair is no WordNet entry, but putting for one of them a far commoner
// member of one of its synsets makes one. The swapped-in word must be rare beside that synonym, so
// a writer's own choice of a common word ("great time" beside "big time", "bomb attack" beside
// "bomb blast") is no sign.
import { isContentWord } from '../text/tokens.js';
import { isSpellingVariant } from './explain.js';
import { type SpinSignal, wordsOf } from './intrinsic.js';
import { lemmaCandidates } from './lemma.js';
import { BoundedMemo } from './memo.js';
import { frequency } from './rarity.js';
import { baseOf, phraseStarts, sensesOf, synonymsIn } from './senses.js';

/** Per 51 million: a word more frequent than this is a writer's, whatever phrase it stands in. */
const RARE = 150;
/** Log ratio of the synonym's frequency over the word's from which the swap counts. */
const GAP = 3.5;
/**
 * Particles that end phrasal verbs ("walk away", "stay out"): a writer's own word, and too many
 * rare words share a sense with one ("extinct", "inward") for a phrasal verb to be read behind them.
 */
const PARTICLE = new Set(
  'out off up down back away around about over through along apart aside forth in on'.split(' '),
);
/** Words that make loose verb phrases with anything ("stand fast", "stand firm"). */
const LOOSE = new Set(['fast', 'firm']);
const WEIGHT = 0.3;

/** Single-word synonyms of a lemma, over all its senses, far commoner than it. */
const commoner = new BoundedMemo<string, readonly string[]>();

function commonerSynonyms(lemma: string): readonly string[] {
  const known = commoner.get(lemma);
  if (known !== undefined) return known;
  const own = usage(lemma);
  const out = new Set<string>();
  if (own <= RARE)
    for (const sense of sensesOf(lemma))
      for (const o of synonymsIn(sense.synset, lemma))
        if (/^[a-z]{2,}$/.test(o) && Math.log(frequency(o) + 1) - Math.log(own + 1) >= GAP) out.add(o);
  const list = [...out];
  commoner.set(lemma, list);
  return list;
}

/**
 * How often a lemma is written, its spellings together: "organisation" is rare in American
 * subtitles only because "organization" is how they spell it. Another spelling shares every sense
 * of the word ("assail" shares one of "assault"'s, and is a word of its own).
 */
function usage(lemma: string): number {
  const senses = sensesOf(lemma);
  let most = frequency(lemma);
  for (const o of senses[0] ? synonymsIn(senses[0].synset, lemma) : [])
    if (isSpellingVariant(o, lemma) && senses.every((s) => synonymsIn(s.synset, lemma).includes(o)))
      most = Math.max(most, frequency(o));
  return most;
}

const isEntry = (phrase: string): boolean => sensesOf(phrase).length > 0;

/**
 * The set phrase `first second` stands for when one of its words was swapped for a rare synonym
 * ("bosom attack" → "heart attack"), or null. `second` may be inflected ("decease penalties").
 */
export function swappedPhrase(first: string, second: string): string | null {
  if (PARTICLE.has(first) || PARTICLE.has(second)) return null;
  const head = baseOf(second) ?? second;
  const forFirst = commonerSynonyms(baseOf(first) ?? first);
  const forSecond = commonerSynonyms(head);
  // Most pairs hold no word with a far commoner synonym: nothing more to read.
  if (forFirst.length === 0 && forSecond.length === 0) return null;
  // "carrying extinct": the verb of a phrasal verb is read in its base form ("carry out").
  const firsts = forSecond.length > 0 ? [...new Set([first, ...lemmaCandidates(first)])] : [first];
  const starts = phraseStarts();
  let usual: string | null = null;
  for (const o of forFirst)
    if (starts.has(o) && !PARTICLE.has(o) && isEntry(`${o} ${head}`)) {
      usual = `${o} ${head}`;
      break;
    }
  for (const f of firsts) {
    if (usual || !starts.has(f)) continue;
    const o = forSecond.find((w) => !PARTICLE.has(w) && !LOOSE.has(w) && isEntry(`${f} ${w}`));
    if (o) usual = `${f} ${o}`;
  }
  // The pair itself a set phrase ("heart attack"): what a writer wrote.
  if (
    !usual ||
    [first, ...lemmaCandidates(first)].some((f) => isEntry(`${f} ${head}`) || isEntry(`${f} ${second}`))
  )
    return null;
  return usual;
}

/** Far commoner synonyms of a word form's lemma, by form: each word of a text is looked at in two pairs. */
const byForm = new BoundedMemo<string, readonly string[]>();

function commonerFor(form: string): readonly string[] {
  let known = byForm.get(form);
  if (known === undefined) {
    known =
      frequency(form) > RARE && frequency(baseOf(form) ?? form) > RARE
        ? []
        : commonerSynonyms(baseOf(form) ?? form);
    byForm.set(form, known);
  }
  return known;
}

export function swappedPhrases(text: string): SpinSignal[] {
  const { tokens, quoted } = wordsOf(text);
  const out: SpinSignal[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const p = tokens[i - 1]!;
    const t = tokens[i]!;
    if (quoted[i] || quoted[i - 1] || t.start !== p.end + 1 || text[p.end] !== ' ') continue;
    // Cheap tests first: this runs on every pair of words, and one of the two must be a rare word
    // with a far commoner synonym.
    if (commonerFor(p.norm).length === 0 && commonerFor(t.norm).length === 0) continue;
    const first = text.slice(p.start, p.end);
    const second = text.slice(t.start, t.end);
    if (!/^[a-z]{3,}$/.test(first) || !/^[a-z]{3,}$/.test(second)) continue;
    if (!isContentWord(first) || !isContentWord(second)) continue;
    // Parts of hyphenated compounds are read with their compound, not as a pair.
    if (/[-'’]/.test(text[p.start - 1] ?? '') || /[-'’]/.test(text[t.end] ?? '')) continue;
    const usual = swappedPhrase(first, second);
    if (usual)
      out.push({
        kind: 'swapped-phrase',
        start: p.start,
        end: t.end,
        weight: WEIGHT,
        evidence: `"${first} ${second}" for "${usual}"`,
      });
  }
  return out;
}
