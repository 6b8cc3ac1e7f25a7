// What the quote extractors read: the text, its tokens and sentences, and the entity mentions,
// indexed by token so that "the mention ending just before this cue" is a lookup.
import type { Reading, Token } from '../../nlp/index.js';
import type { ArticleEntity } from '../../types/article.js';
import type { QuotesConfig } from '../config.js';
import type { ResolvedMention } from '../entities/index.js';
import { entityGenders } from './gender.js';
import { findQuotedPassages, type QuotedPassage } from './marks.js';
import { joinContinuedSentences } from './sentences.js';

export interface QuoteDoc {
  text: string;
  tokens: readonly Token[];
  reading: Reading;
  mentions: readonly ResolvedMention[];
  entities: ReadonlyMap<string, ArticleEntity>;
  /** Mention whose last token is i / whose first token is i. */
  mentionEndingAt: ReadonlyMap<number, ResolvedMention>;
  mentionStartingAt: ReadonlyMap<number, ResolvedMention>;
  /** Sentence index of each token. */
  sentenceOf: Int32Array;
  config: QuotesConfig;
  /** The quoted passages, in order: names inside them are not antecedents of a narrator's "he". */
  passages: readonly QuotedPassage[];
  /** Person entity id → the gender its pronouns agree with, where known (gender.ts). */
  genders: ReadonlyMap<string, 'm' | 'f'>;
}

export function makeQuoteDoc(
  text: string,
  tokenized: Reading,
  mentions: readonly ResolvedMention[],
  table: readonly ArticleEntity[],
  config: QuotesConfig,
): QuoteDoc {
  const reading = { ...tokenized, sentences: joinContinuedSentences(text, tokenized.sentences) };
  const sentenceOf = new Int32Array(reading.tokens.length).fill(-1);
  for (const [k, s] of reading.sentences.entries()) sentenceOf.fill(k, s.firstToken, s.lastToken + 1);
  return {
    text,
    tokens: reading.tokens,
    reading,
    mentions,
    entities: new Map(table.map((e) => [e.id, e])),
    mentionEndingAt: new Map(mentions.map((m) => [m.last, m])),
    mentionStartingAt: new Map(mentions.map((m) => [m.first, m])),
    sentenceOf,
    config,
    passages: findQuotedPassages(text),
    genders: entityGenders(reading.tokens, sentenceOf, mentions),
  };
}

/** Whether an offset lies inside a quoted passage. */
export function isQuoted(doc: QuoteDoc, offset: number): boolean {
  return doc.passages.some((p) => offset > p.open && offset < p.close);
}

/** Index of the first token starting at or after `offset` (tokens.length if none). */
export function tokenAt(doc: QuoteDoc, offset: number): number {
  let lo = 0;
  let hi = doc.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
