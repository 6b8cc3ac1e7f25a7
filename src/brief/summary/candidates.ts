// Refiners over the story's sentences before ranking: each takes the list and returns the
// sentences a summary may use. Order does not matter; every refiner only removes.
import type { SentenceUnit } from '../text/units.js';

export interface CandidateLimits {
  minWords: number;
  maxWords: number;
}

export type CandidateRefiner = (units: readonly SentenceUnit[], limits: CandidateLimits) => SentenceUnit[];

/** Too short to say anything on its own, or too long to read as one summary line. */
export const byLength: CandidateRefiner = (units, { minWords, maxWords }) =>
  units.filter((u) => u.words.length >= minWords && u.words.length <= maxWords);

/** Headings, crumbs and list items left by scraping are not sentences: no closing punctuation. */
export function isSentence(u: { text: string }): boolean {
  return /[.!?]["'\u201D\u2019)]?$/.test(u.text) && /^["'\u201C\u2018(]?[\p{Lu}\p{N}]/u.test(u.text);
}

/** A sentence that reads on its own: closed, and not cut through a quotation. */
export function isCleanSentence(u: { text: string }): boolean {
  return isSentence(u) && (u.text.match(/["\u201C\u201D]/g) ?? []).length % 2 === 0;
}

export const byClosingPunctuation: CandidateRefiner = (units) => units.filter(isSentence);

/** A question is rarely a finding. */
export const byNoQuestion: CandidateRefiner = (units) =>
  units.filter((u) => !/\?["'\u201D\u2019]?$/.test(u.text));

/** Unbalanced quotation marks mean the splitter cut through a quote: the piece misleads alone. */
export const byBalancedQuotes: CandidateRefiner = (units) =>
  units.filter((u) => (u.text.match(/["\u201C\u201D]/g) ?? []).length % 2 === 0);

export const CANDIDATE_REFINERS: readonly CandidateRefiner[] = [
  byLength,
  byClosingPunctuation,
  byNoQuestion,
  byBalancedQuotes,
];

export function candidates(units: readonly SentenceUnit[], limits: CandidateLimits): SentenceUnit[] {
  return CANDIDATE_REFINERS.reduce<SentenceUnit[]>((list, refine) => refine(list, limits), [...units]);
}

/** Sentences that open on a pronoun or a connective lean on the one before; read alone they mislead. */
export function contextPenalty(u: SentenceUnit): number {
  return /^(?:He|She|They|It|That|This|These|Those|But|And|However|Also)\b/.test(u.text) ? 0.75 : 1;
}
