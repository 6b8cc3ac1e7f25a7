// The story's facts: quantities grouped by value and unit head, and claims naming the same people
// across articles; each with its sources and how many independent origins back it.
import type { Article } from '../../types/article.js';
import type { Fact, StoryEntity } from '../../types/story.js';
import { type SourceBook, uniq } from '../sources.js';
import { isCleanSentence } from '../summary/candidates.js';
import type { SentenceUnit } from '../text/units.js';
import { groupClaims, type ParticipantClaim, participantClaims } from './participants.js';
import { groupQuantities, type QuantityMention, quantityMentions } from './quantities.js';

export interface FactInput {
  articles: readonly Article[];
  units: readonly SentenceUnit[];
  entities: readonly StoryEntity[];
  book: SourceBook;
  max: number;
  claimOverlap: number;
}

export function storyFacts(input: FactInput): Fact[] {
  const { articles, book } = input;
  const quantities = groupQuantities(articles.flatMap(quantityMentions))
    .filter(isNotable)
    .map((g) => quantityFact(g, book));
  const claims = groupClaims(
    participantClaims(articles, input.units, input.entities),
    input.claimOverlap,
  ).map((g) => claimFact(g, book));
  // Facts only a spun copy reports are kept but sorted last; better-corroborated facts first.
  return [...quantities, ...claims]
    .sort((a, b) => b.independentSources - a.independentSources || b.sources.length - a.sources.length)
    .slice(0, input.max);
}

/**
 * A figure is worth a fact when more than one report gives it or it is written in figures: a lone
 * "two sides" or "one step" is ordinary wording, not a claim.
 */
export function isNotable(group: readonly QuantityMention[]): boolean {
  return new Set(group.map((m) => m.article)).size >= 2 || group.some((m) => m.digits);
}

/** Prefer what a non-spun source wrote, then the earliest source in story order. */
function shownOf<T extends { article: string }>(list: readonly T[], book: SourceBook): T {
  const order = (id: string) => book.order.indexOf(id);
  return [...list].sort(
    (x, y) =>
      Number(book.isSpun(x.article)) - Number(book.isSpun(y.article)) || order(x.article) - order(y.article),
  )[0]!;
}

export function quantityFact(group: readonly QuantityMention[], book: SourceBook): Fact {
  const shown = shownOf(group, book);
  const sources = uniq(group.map((m) => m.article));
  return {
    text: shown.text,
    value: shown.value,
    unit: shown.unit,
    sources,
    independentSources: book.independent(sources),
    citations: group.map((m) => ({ article: m.article, start: m.start, end: m.end })),
  };
}

function claimFact(group: readonly ParticipantClaim[], book: SourceBook): Fact {
  const units = group.map((c) => c.unit);
  const clean = units.filter(isCleanSentence);
  const shown = shownOf(clean.length > 0 ? clean : units, book);
  const sources = uniq(group.map((c) => c.unit.article));
  return {
    text: shown.text,
    value: null,
    unit: null,
    sources,
    independentSources: book.independent(sources),
    citations: group.map((c) => ({ article: c.unit.article, start: c.unit.start, end: c.unit.end })),
  };
}
