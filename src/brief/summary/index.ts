// The extractive summary: salience over all sentences, refiners drop non-sentences, MMR removes
// repeats, each chosen sentence is cited with every span that supports it, then put in story order.

import type { SummarySentence } from '../../types/story.js';
import type { BriefConfig } from '../config.js';
import type { SourceBook } from '../sources.js';
import type { SentenceUnit } from '../text/units.js';
import { cosine } from '../text/words.js';
import { candidates, contextPenalty } from './candidates.js';
import { mmr } from './mmr.js';
import { salience, tfidfVectors, type Vector, vectorCosine } from './salience.js';
import { citationsOf, type Supported, withSupport } from './support.js';

export interface SummaryInput {
  units: readonly SentenceUnit[];
  book: SourceBook;
  /** Event rank of each article (earlier events first), for ordering. */
  eventRank: (article: string) => number;
  config: BriefConfig;
}

export function summarize(input: SummaryInput): SummarySentence[] {
  const { units, book, config } = input;
  const ranked = leadsFirst(units, config.maxUnits);
  const scores = salience(ranked, { threshold: config.lexrankThreshold, damping: config.lexrankDamping });
  const scoreOf = new Map(ranked.map((u, i) => [u, scores[i]!]));
  const pool = distinctTop(
    candidates(ranked, { minWords: config.minSentenceWords, maxWords: config.maxSentenceWords }).sort(
      (a, b) => (scoreOf.get(b) ?? 0) - (scoreOf.get(a) ?? 0),
    ),
    config.maxCandidates,
  );
  const supported = pool
    .map((u) => withSupport(u, units, book, config.supportSimilarity))
    .filter((s): s is Supported => s !== null);
  const weights = supported.map((s) => weightOf(s, scoreOf, book, config));
  const vectors = tfidfVectors(supported.map((s) => s.shown));
  const chosen = mmr(weights, (i, j) => redundancy(supported[i]!, supported[j]!, vectors[i]!, vectors[j]!), {
    lambda: config.mmrLambda,
    redundancy: config.redundancy,
    min: config.minSentences,
    max: config.maxSentences,
    tail: 0.3,
  });
  const picked = dedupeShown(chosen.map((i) => supported[i]!));
  return storyOrder(picked, input.eventRank).map((s) => ({
    text: s.shown.text,
    citations: citationsOf(s.supports),
  }));
}

/**
 * At most `max` sentences, taken round-robin by position so every article's lead is in: news puts
 * what matters first, and LexRank is quadratic in the number of sentences.
 */
export function leadsFirst(units: readonly SentenceUnit[], max: number): SentenceUnit[] {
  if (units.length <= max) return [...units];
  return [...units].sort((a, b) => a.index - b.index).slice(0, max);
}

/**
 * The best `max` candidates that are not copies of a better one: syndicated copies of one sentence
 * would otherwise fill the pool; they come back as its supporting citations.
 */
export function distinctTop(sorted: readonly SentenceUnit[], max: number): SentenceUnit[] {
  const kept: SentenceUnit[] = [];
  for (const u of sorted) {
    if (kept.length >= max) break;
    if (!kept.some((k) => k.text === u.text || cosine(k.words, u.words) >= 0.9)) kept.push(u);
  }
  return kept;
}

/**
 * Salience of the candidate, raised for each further independent origin that carries it (what
 * several newsrooms reported is what the story is), discounted for spun origin, lateness and
 * leaning on context.
 */
function weightOf(
  s: Supported,
  scoreOf: Map<SentenceUnit, number>,
  book: SourceBook,
  config: BriefConfig,
): number {
  const base = Math.max(...s.supports.map((u) => scoreOf.get(u) ?? 0));
  const spun = book.isSpun(s.supports[0]!.article) ? config.spunWeight : 1;
  const lead = 1 - 0.3 * Math.min(...s.supports.map((u) => u.position));
  const origins = book.independent(s.supports.map((u) => u.article));
  const corroboration = 1 + config.corroborationBoost * Math.max(0, origins - 1);
  return base * spun * lead * corroboration * contextPenalty(s.shown);
}

/** Two candidates backed by one and the same sentence somewhere say the same thing, however worded. */
function redundancy(a: Supported, b: Supported, va: Vector, vb: Vector): number {
  return a.supports.some((u) => b.supports.includes(u)) ? 1 : vectorCosine(va, vb);
}

/** Two picks can end up showing the same sentence after a spun pick was swapped for its original. */
function dedupeShown(list: readonly Supported[]): Supported[] {
  const seen = new Set<string>();
  return list.filter((s) => {
    const key = `${s.shown.article}:${s.shown.start}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Earlier events first; inside an event, sentences that lead their articles first. */
function storyOrder(list: readonly Supported[], eventRank: (article: string) => number): Supported[] {
  const key = (s: Supported) => ({
    event: Math.min(...s.supports.filter((u) => u === s.shown).map((u) => eventRank(u.article))),
    position: Math.min(...s.supports.map((u) => u.position)),
  });
  return [...list].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    return ka.event - kb.event || ka.position - kb.position || a.shown.position - b.shown.position;
  });
}
