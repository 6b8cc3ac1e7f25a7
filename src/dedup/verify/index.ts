// The verifier on a candidate pair: shared passages (runs of identical words) and aligned sentences
// with their word-level differences, so a relation can say how much was taken and where.

import { isContentWord } from '../text/tokens.js';
import { alignSentences, type SentencePair } from './align.js';
import { norms, seedIndex } from './derived.js';
import { coverage, type Run, sharedRuns } from './runs.js';
import type { ArticleView } from './view.js';

export interface PairSettings {
  /** Shortest run of identical words that counts as a shared passage. */
  minRun: number;
  /** Least content-word Dice for two sentences to be aligned. */
  minAlign: number;
}

export interface PairReport {
  a: ArticleView;
  b: ArticleView;
  runs: Run[];
  /** Share of each side's words inside shared passages, names, figures and quotations not counted. */
  coverA: number;
  coverB: number;
  /** Share of each side's words inside any run of identical words: what a copy keeps verbatim. */
  verbatimA: number;
  verbatimB: number;
  /** Sentences of `a` aligned to `b`, and of `b` aligned to `a`. */
  alignedA: SentencePair[];
  alignedB: SentencePair[];
  /** Share of each side's words in aligned sentences. */
  alignedShareA: number;
  alignedShareB: number;
  /** Share of each side's words that are content words kept in order inside aligned sentences. */
  keptShareA: number;
  keptShareB: number;
  identical: boolean;
}

function alignedShare(view: ArticleView, pairs: readonly SentencePair[]): number {
  if (view.words.length === 0) return 0;
  let n = 0;
  for (const p of pairs) n += view.sentences[p.a]!.end - view.sentences[p.a]!.first;
  return n / view.words.length;
}

/** Content words in a run that are neither names nor figures. */
function substance(view: ArticleView, start: number, length: number): number {
  let n = 0;
  for (let i = start; i < start + length; i++)
    if (view.evidential[i] && isContentWord(view.words[i]!.norm)) n++;
  return n;
}

/**
 * Runs that carry at least two content words: "the talks were" or "washington and its" turn up
 * in any two reports of a story and say nothing about copying.
 */
function substantialRuns(a: ArticleView, runs: readonly Run[]): Run[] {
  return runs.filter((r) => substance(a, r.a, r.length) >= 2);
}

function keptShare(view: ArticleView, pairs: readonly SentencePair[]): number {
  return view.words.length === 0 ? 0 : pairs.reduce((n, p) => n + p.keptContent, 0) / view.words.length;
}

export function verifyPair(a: ArticleView, b: ArticleView, s: PairSettings): PairReport {
  const wa = norms(a);
  const wb = norms(b);
  const allRuns = sharedRuns(wa, wb, s.minRun, seedIndex(b, s.minRun));
  const runs = substantialRuns(a, allRuns);
  const alignedA = alignSentences(a, b, s.minAlign);
  const alignedB = alignSentences(b, a, s.minAlign);
  return {
    a,
    b,
    runs,
    coverA: coverage(runs, 'a', wa.length, a.evidential),
    coverB: coverage(runs, 'b', wb.length, b.evidential),
    verbatimA: coverage(allRuns, 'a', wa.length),
    verbatimB: coverage(allRuns, 'b', wb.length),
    alignedA,
    alignedB,
    alignedShareA: alignedShare(a, alignedA),
    alignedShareB: alignedShare(b, alignedB),
    keptShareA: keptShare(a, alignedA),
    keptShareB: keptShare(b, alignedB),
    identical: wa.length > 0 && wa.length === wb.length && wa.every((w, i) => w === wb[i]),
  };
}

/** Shared passages as character spans on both sides, longest first. */
export function passageSpans(
  r: PairReport,
): { from: { start: number; end: number }; to: { start: number; end: number } }[] {
  return [...r.runs]
    .sort((x, y) => y.length - x.length)
    .map((run) => ({
      from: { start: r.a.words[run.a]!.start, end: r.a.words[run.a + run.length - 1]!.end },
      to: { start: r.b.words[run.b]!.start, end: r.b.words[run.b + run.length - 1]!.end },
    }));
}
