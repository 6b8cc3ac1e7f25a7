// Labelled spun copies made at eval time, never stored: a content-farm spinner over a real text.
// It swaps a share of the eligible words (lower-case content words outside quotations, so names
// and quoted speech are kept) for WordNet synonyms without looking at the context, keeps the
// inflection and leaves "a"/"an" as they were, as thesaurus spinners do. Seeded: the same text,
// spinner and rate always give the same copy.
import { baseOf, sensesOf, synonymsIn, synsetKey, synsetPart } from '../dedup/spin/senses.js';
import { wordnet } from '../dedup/spin/wordnet.js';
import { isContentWord, wordTokens } from '../dedup/text/tokens.js';
import { quotedRanges } from '../dedup/verify/view.js';

/** first: the first synonym of the most frequent sense; random: any synonym of any sense; rare: the least frequent sense. */
export type Spinner = 'first' | 'random' | 'rare';

export const SPINNERS: readonly Spinner[] = ['first', 'random', 'rare'];

export interface SpunCopy {
  text: string;
  /** Original → replacement, in text order. */
  swaps: [string, string][];
  /** Words that could have been swapped. */
  eligible: number;
}

/** mulberry32 over a string hash: small, fast and the same on every platform. */
export function seeded(seed: string): () => number {
  let h = 1779033703;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(xs: readonly T[], rnd: () => number): T | undefined => xs[Math.floor(rnd() * xs.length)];

/** Plain lower-case words: no figures ("1000000"), no proper nouns ("Bush" for "shrub"). */
function options(synset: number, lemma: string): string[] {
  const lx = wordnet();
  const id = lx.idOf(synsetKey(synset));
  const proper = new Set(
    (id === undefined ? [] : lx.membersOf(id)).filter((m) => /^\p{Lu}/u.test(m)).map((m) => m.toLowerCase()),
  );
  return synonymsIn(synset, lemma).filter((m) => /^[a-z]+( [a-z]+)*$/.test(m) && !proper.has(m));
}

export type Inflection = '' | 's' | 'ed' | 'ing';

/** Parts of speech an inflected form can have: the spinner's thesaurus is looked up by form. */
const PARTS: Record<Inflection, string> = { '': 'nvar', s: 'nv', ed: 'v', ing: 'v' };

/** The synonym a spinner puts for a lemma, or null when WordNet offers none. */
export function synonymFor(
  lemma: string,
  spinner: Spinner,
  rnd: () => number,
  how: Inflection = '',
): string | null {
  const senses = sensesOf(lemma).filter(
    (s) => PARTS[how].includes(synsetPart(s.synset)) && options(s.synset, lemma).length > 0,
  );
  if (senses.length === 0) return null;
  const sense = spinner === 'first' ? senses[0] : spinner === 'rare' ? senses.at(-1) : pick(senses, rnd);
  const words = options(sense!.synset, lemma);
  return (spinner === 'first' ? words[0] : pick(words, rnd)) ?? null;
}

export function inflectionOf(word: string, lemma: string): Inflection {
  if (word === lemma) return '';
  if (word.endsWith('ing')) return 'ing';
  if (word.endsWith('s')) return 's';
  return 'ed';
}

/** Regular inflection, as spinners produce it ("despatched", "instructed"); multiword: the first word. */
export function inflect(phrase: string, how: Inflection): string {
  if (how === '') return phrase;
  const [head, ...rest] = phrase.split(' ');
  const w = head!;
  const consonantY = /[^aeiou]y$/.test(w);
  let out: string;
  if (how === 's') out = consonantY ? `${w.slice(0, -1)}ies` : /(s|x|z|ch|sh)$/.test(w) ? `${w}es` : `${w}s`;
  else if (how === 'ed') out = consonantY ? `${w.slice(0, -1)}ied` : w.endsWith('e') ? `${w}d` : `${w}ed`;
  else out = /[^e]e$/.test(w) ? `${w.slice(0, -1)}ing` : `${w}ing`;
  return [out, ...rest].join(' ');
}

function eligible(text: string): { start: number; end: number; word: string; lemma: string }[] {
  const quoted = quotedRanges(text);
  return wordTokens(text)
    .filter((t) => {
      const raw = text.slice(t.start, t.end);
      // Parts of compounds and contractions ("team-owned", "don't") stay: a spinner swaps whole words.
      if (/[-'’]/.test(text[t.start - 1] ?? '') || /[-'’]/.test(text[t.end] ?? '')) return false;
      if (!/^[a-z]{3,}$/.test(raw) || !isContentWord(raw)) return false;
      return !quoted.some((q) => q.start <= t.start && t.end <= q.end);
    })
    .map((t) => ({ ...t, word: t.norm, lemma: baseOf(t.norm) ?? '' }))
    .filter((t) => t.lemma !== '' && /^[a-z]+$/.test(t.lemma));
}

/** A spun copy of `text` with `rate` of its eligible words swapped; `seed` names the copy. */
export function spin(text: string, spinner: Spinner, rate: number, seed: string): SpunCopy {
  const rnd = seeded(`${seed}|${spinner}|${rate}`);
  const words = eligible(text);
  const order = words.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const chosen = new Map<number, string>();
  for (const i of order) {
    if (chosen.size >= Math.round(rate * words.length)) break;
    const w = words[i]!;
    const how = inflectionOf(w.word, w.lemma);
    const synonym = synonymFor(w.lemma, spinner, rnd, how);
    if (synonym) chosen.set(i, inflect(synonym, how));
  }
  let out = '';
  let at = 0;
  const swaps: [string, string][] = [];
  words.forEach((w, i) => {
    const to = chosen.get(i);
    if (to === undefined) return;
    out += text.slice(at, w.start) + to;
    at = w.end;
    swaps.push([w.word, to]);
  });
  return { text: out + text.slice(at), swaps, eligible: words.length };
}
