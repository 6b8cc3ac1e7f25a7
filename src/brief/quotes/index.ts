// The story's quotes: extract (the analyser's quotes, scare quotes dropped), group into statements,
// order by how many independent origins report each, most reported first.
import type { Article } from '../../types/article.js';
import type { StoryEntity, StoryQuote } from '../../types/story.js';
import type { SourceBook } from '../sources.js';
import { uniq } from '../sources.js';
import { groupStatements, type QuoteOptions, quoteItems, toStoryQuote } from './merge.js';

export function storyQuotes(
  articles: readonly Article[],
  entities: readonly StoryEntity[],
  book: SourceBook,
  opts: QuoteOptions & { max: number },
): StoryQuote[] {
  const groups = groupStatements(quoteItems(articles, opts.scareWords), opts);
  const order = new Map(book.order.map((id, i) => [id, i]));
  const scored = groups.map((g) => {
    const sources = uniq(g.map((item) => item.article));
    const first = Math.min(...g.map((item) => (order.get(item.article) ?? 0) * 1e7 + item.quote.start));
    return {
      quote: toStoryQuote(g, entities, book),
      weight: book.independent(sources),
      first,
      spunOnly: sources.every(book.isSpun),
    };
  });
  return scored
    .sort((a, b) => Number(a.spunOnly) - Number(b.spunOnly) || b.weight - a.weight || a.first - b.first)
    .slice(0, opts.max)
    .map((s) => s.quote);
}
