// Entities of one article: capitalised runs → typed mentions → refiners → canonical entities.
import type { Reading } from '../../nlp/index.js';
import type { ArticleEntity, EntityMention } from '../../types/article.js';
import { findNameRuns } from './candidates.js';
import { canonicalise, type ResolvedMention } from './canonical.js';
import { confirmPeople } from './evidence.js';
import { splitHyphenPairs } from './hyphen.js';
import { dropSentenceInitialWords } from './initial.js';
import { capitalsAsGovernments } from './metonymy.js';
import { dropNonNames } from './nonames.js';
import { segmentRun } from './segment.js';

export type { ResolvedMention } from './canonical.js';
export { entityKey, foldName, foldWord, plainKey } from './fold.js';
export { isNameWord } from './lexicon.js';

export interface ArticleEntities {
  /** Mentions with their entity ids and what the quote stage needs (type, gender, tokens). */
  mentions: ResolvedMention[];
  table: ArticleEntity[];
}

/** Finds and canonicalises the people, organisations and places of one article. */
export function extractEntities(text: string, reading: Reading): ArticleEntities {
  const raw = findNameRuns(reading).flatMap((run) => segmentRun(text, reading, run));
  // Order matters: hyphen pairs need every name of the article to be known first, and people are
  // confirmed last, once every mention that can show a surname is a person's is in the list.
  const kept = dropNonNames(reading, dropSentenceInitialWords(reading, raw));
  const refined = capitalsAsGovernments(reading, splitHyphenPairs(text, reading, kept));
  return canonicalise(confirmPeople(reading, refined));
}

/** The contract's mention shape. */
export function toEntityMentions(mentions: readonly ResolvedMention[]): EntityMention[] {
  return mentions.map((m) => ({
    entity: m.entity,
    start: m.start,
    end: m.end,
    text: m.text,
    provenance: m.provenance,
  }));
}
