import type { Reading } from '../../nlp/index.js';
import type { NumberExpression, Span } from '../../types/article.js';

export interface NumberContext {
  text: string;
  reading: Reading;
  /** Date and clock expressions: numbers inside them are parts of a time, not figures. */
  times: readonly Span[];
}

/** A figure before its refiners: `unit` may still be filled from the words after it. */
export interface NumberCandidate extends NumberExpression {
  source: string;
  /** Set when the unit is part of the figure itself (money, percent, "90-minute"). */
  unitFixed?: boolean;
}

export type NumberExtractor = (ctx: NumberContext) => NumberCandidate[];
export type NumberRefiner = (ctx: NumberContext, list: readonly NumberCandidate[]) => NumberCandidate[];
