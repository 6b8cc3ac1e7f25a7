// 8. A word of the wrong class for its slot: a spinner swaps a noun for a synonym from any of the
// word's senses, verb senses included ("the fight" → "the contend", "a broadcast" → "a televise"),
// and a verb for a noun ("will serve" → "will server"). Read from the two words alone: a
// determiner before a word WordNet knows only as a verb, a modal before one it knows only as a noun.
import { type SpinSignal, wordsOf } from './intrinsic.js';
import { lemmaCandidates } from './lemma.js';
import { BoundedMemo } from './memo.js';
import { baseOf, sensesOf, synsetKey } from './senses.js';

const DETERMINER = new Set(['the', 'a', 'an', 'these', 'those', 'his', 'its', 'their', 'our', 'my', 'your']);
const MODAL = new Set(['will', 'would', 'could', 'should', 'can', 'may', 'might', 'must']);
/** Less than the other signals: a writer's slip ("his flee") looks the same; two or three, or one beside others, flag. */
const BEFORE = new Set([...DETERMINER, ...MODAL]);
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
  for (const b of lemmaCandidates(word)) for (const s of sensesOf(b)) found.add(synsetKey(s.synset)[0]!);
  return [...found].sort().join('');
}

/** "the designate", "will server": what is wrong with the pair, or null when nothing is. */
export function wrongClass(before: string, word: string): string | null {
  if (DETERMINER.has(before.toLowerCase())) {
    // "the meeting", "the injured": participles stand as nouns and adjectives.
    if (/(ing|ed)$/.test(word)) return null;
    const parts = partsOf(word);
    return parts === 'v' ? 'a verb after a determiner' : null;
  }
  // "May announcement": the month, not the modal.
  if (MODAL.has(before)) return partsOf(word) === 'n' ? 'a noun after a modal verb' : null;
  return null;
}

export function wordClass(text: string): SpinSignal[] {
  const { tokens, quoted } = wordsOf(text);
  const out: SpinSignal[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const p = tokens[i - 1]!;
    const t = tokens[i]!;
    // Only after a determiner or a modal, and the cheap tests first: this runs on every word.
    if (!BEFORE.has(p.norm) || quoted[i] || t.start !== p.end + 1 || text[p.end] !== ' ') continue;
    const word = text.slice(t.start, t.end);
    // "a follow-up": part of a compound.
    if (!/^[a-z]{3,}$/.test(word) || /[-'’]/.test(text[t.end] ?? '')) continue;
    const before = text.slice(p.start, p.end);
    const why = wrongClass(before, word);
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
