// 8. A word of the wrong class for its slot: a spinner swaps a noun for a synonym from any of the
// word's senses, verb senses included ("the fight" → "the contend", "a broadcast" → "a televise"),
// and a verb for a noun ("will serve" → "will server"). Read from the two words alone: a
// determiner before a word WordNet knows only as a verb, a modal before one it knows only as a noun
// or only as an adjective ("would political"), a preposition before a bare verb ("into woo", "of
// liberate"), and an object pronoun after a word that is no verb ("impressive them", "replacement
// him", where "telling them" and "replacing him" stood), and a phrase WordNet knows only as an
// adverb where an adjective stood ("the first of all two games").

import type { WordToken } from '../text/tokens.js';
import { isContentWord } from '../text/tokens.js';
import { type SpinSignal, wordsOf } from './intrinsic.js';
import { lemmaCandidates } from './lemma.js';
import { BoundedMemo } from './memo.js';
import { frequency } from './rarity.js';
import { baseOf, lemmaCount, sensesOf, synsetPart } from './senses.js';

const DETERMINER = new Set(['the', 'a', 'an', 'these', 'those', 'his', 'its', 'their', 'our', 'my', 'your']);
const MODAL = new Set(['will', 'would', 'could', 'should', 'can', 'may', 'might', 'must']);
/** Prepositions that take a noun phrase, never a bare verb ("to" does: "to assist"). */
const PREPOSITION = new Set(
  'of in on at for with from by into onto over under between against during without through upon within across toward towards'.split(
    ' ',
  ),
);
/** Pronouns that are only ever objects: the word before them is a verb or a preposition. */
const OBJECT = new Set(['him', 'them', 'us', 'me']);
/** Adjectives that take an object as a preposition does ("worth it", "unlike them"). */
const TAKES_OBJECT = new Set(['worth', 'unlike', 'opposite', 'minus', 'plus']);
/**
 * SUBTLEX count (per 51 million) over SemCor tags (per 360,000) past which a form is mostly used as
 * something WordNet does not list under it: an irregular verb form ("sold", "drove", "spent" are
 * listed only as adjectives or nouns), a function word ("despite", "must"). A word a writer uses in
 * its listed senses has a ratio near the corpora's size ratio (~140); such forms run to thousands.
 */
const UNLISTED_USE = 200;
/** Less than the other signals: a writer's slip ("his flee") looks the same; two or three, or one beside others, flag. */
const BEFORE = new Set([...DETERMINER, ...MODAL, ...PREPOSITION]);
const WEIGHT = 0.25;

/**
 * WordNet parts of speech (n, v, a, r) a word form can have, over every base form it may be of
 * ("leaves": "leaf" as well as "leave"); empty when WordNet does not list the form itself.
 */
const parts = new BoundedMemo<string, string>();

function partsOf(word: string): string {
  const known = parts.get(word);
  if (known !== undefined) return known;
  const out = readParts(word);
  parts.set(word, out);
  return out;
}

function readParts(word: string): string {
  // Only a form WordNet itself lists: "carjacker" is not "carjack", "thieves" not "thieve".
  if (baseOf(word) !== word) return '';
  const found = new Set<string>();
  for (const b of lemmaCandidates(word)) for (const s of sensesOf(b)) found.add(synsetPart(s.synset));
  return [...found].sort().join('');
}

/** Whether a word form may be a noun (its own form or a plural's base). */
const isNoun = (word: string): boolean =>
  isContentWord(word) &&
  [word, ...lemmaCandidates(word)].some((b) => sensesOf(b).some((s) => synsetPart(s.synset) === 'n'));

/** Whether WordNet's parts for the form describe how writers use it (see UNLISTED_USE). */
const listedUse = (word: string): boolean =>
  isContentWord(word) && frequency(word) <= UNLISTED_USE * (lemmaCount(word) + 1);

/**
 * "the designate", "will server", "into woo": what is wrong with the pair, or null when nothing is.
 * `after` is the word that follows, when one does in the same phrase ("stun" is a verb, "stun gun" a noun).
 */
export function wrongClass(before: string, word: string, after = ''): string | null {
  // "the meeting", "the injured", "with reporters": participles and plurals stand as nouns and adjectives.
  const bare = !/(ing|ed)$/.test(word);
  if (OBJECT.has(word)) {
    // "impressive them": the verb ("telling") became an adjective or a noun.
    if (!/^[a-z]{3,}$/.test(before) || /(ing|ed)$/.test(before) || TAKES_OBJECT.has(before)) return null;
    if (/[rv]/.test(partsOf(before)) || !listedUse(before)) return null;
    return partsOf(before) ? 'an object pronoun after a word that is no verb' : null;
  }
  if (DETERMINER.has(before.toLowerCase()))
    return bare && partsOf(word) === 'v' ? 'a verb after a determiner' : null;
  // "May announcement": the month, not the modal.
  if (MODAL.has(before)) {
    const parts = partsOf(word);
    if (parts === 'n') return 'a noun after a modal verb';
    return bare && parts === 'a' && listedUse(word) ? 'an adjective after a modal verb' : null;
  }
  if (PREPOSITION.has(before.toLowerCase()) && bare && !word.endsWith('s') && partsOf(word) === 'v') {
    // "with stun grenades", "stun gun": a verb as the first word of a noun phrase.
    if (after && (sensesOf(`${word} ${after}`).length > 0 || isNoun(after))) return null;
    return 'a bare verb after a preposition';
  }
  return null;
}

/**
 * "the first of all two games", "its to a lesser extent": a phrase WordNet knows only as an adverb,
 * of three words or more, after a determiner and before another word. A spinner's swap for the
 * adjective that stood there ("first"); a writer's "first of all" opens a sentence.
 */
function adverbPhraseAt(
  text: string,
  tokens: readonly WordToken[],
  i: number,
): { end: number; why: string } | null {
  for (let len = 4; len >= 3; len--) {
    const run = tokens.slice(i, i + len);
    if (
      run.length < len ||
      run.some((t, k) => k > 0 && (t.start !== run[k - 1]!.end + 1 || text[t.start - 1] !== ' '))
    )
      continue;
    const phrase = text.slice(run[0]!.start, run.at(-1)!.end);
    if (!/^[a-z]+( [a-z]+)+$/.test(phrase)) continue;
    const senses = sensesOf(phrase);
    if (senses.length === 0 || senses.some((s) => synsetPart(s.synset) !== 'r')) continue;
    const end = run.at(-1)!.end;
    // Before a word of the noun phrase: "first of all, he said" is a writer's aside, and "the first
    // of all the candidates" is "first" with its own "of".
    const next = tokens[i + len];
    if (!next || next.start !== end + 1 || text[end] !== ' ' || DETERMINER.has(next.norm)) return null;
    return { end, why: 'an adverb phrase after a determiner' };
  }
  return null;
}

export function wordClass(text: string): SpinSignal[] {
  const { tokens, quoted } = wordsOf(text);
  const out: SpinSignal[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const p = tokens[i - 1]!;
    const t = tokens[i]!;
    // Only after a determiner, a modal or a preposition, or before an object pronoun, and the cheap
    // tests first: this runs on every word.
    if (!(BEFORE.has(p.norm) || OBJECT.has(t.norm)) || quoted[i]) continue;
    if (t.start !== p.end + 1 || text[p.end] !== ' ') continue;
    const word = text.slice(t.start, t.end);
    const adverb = DETERMINER.has(p.norm) ? adverbPhraseAt(text, tokens, i) : null;
    if (adverb) {
      out.push({
        kind: 'word-class',
        start: p.start,
        end: adverb.end,
        weight: WEIGHT,
        evidence: `"${text.slice(p.start, adverb.end)}": ${adverb.why}`,
      });
      continue;
    }
    // "a follow-up": part of a compound; "co-opted them".
    if (!/^[a-z]+$/.test(word) || /[-'’]/.test(text[t.end] ?? '') || /[-'’]/.test(text[p.start - 1] ?? ''))
      continue;
    if (!OBJECT.has(word) && word.length < 3) continue;
    const n = tokens[i + 1];
    const after = n && n.start === t.end + 1 && text[t.end] === ' ' ? text.slice(n.start, n.end) : '';
    const before = text.slice(p.start, p.end);
    const why = wrongClass(before, word, after);
    if (why)
      out.push({
        kind: 'word-class',
        start: p.start,
        end: t.end,
        weight: WEIGHT,
        evidence: `"${before} ${word}": ${why}`,
      });
  }
  return out;
}
