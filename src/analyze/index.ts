// The language stage: one wink reading of the text, then entities, quotes, times and numbers.
// Entities come first: quote speakers are resolved to them. Times come before numbers so that the
// figures inside dates are not read twice.
import { type Reading, readText } from '../nlp/index.js';
import type { AnalyzedArticle, CleanArticle } from '../types/article.js';
import type { AnalyzeStage, Context } from '../types/stages.js';
import { extractEntities, toEntityMentions } from './entities/index.js';
import { extractNumbers } from './numbers/index.js';
import { extractQuotes } from './quotes/index.js';
import { extractTimes } from './times/index.js';

export type { ArticleEntities, ResolvedMention } from './entities/index.js';
export { entityKey, extractEntities, foldName, foldWord, plainKey } from './entities/index.js';
export { linkStoryEntities } from './entities/link.js';
export { extractQuotes, findQuotedPassages } from './quotes/index.js';

/** Says once, when the per-document deadline has passed, which steps are left unread. */
function stepClock(article: CleanArticle, ctx: Context): (done: string, left: string) => boolean {
  const started = performance.now();
  const limit = ctx.config.ingest.timeoutMs;
  let stopped = false;
  return (done, left) => {
    if (stopped) return false;
    const elapsed = performance.now() - started;
    if (elapsed <= limit) return true;
    stopped = true;
    ctx.reporter.warn(
      `${article.input}: language analysis took ${Math.round(elapsed)} ms, over the ${limit} ms limit (--timeout), after ${done}; ${left} not read`,
    );
    return false;
  };
}

/**
 * Language analysis of one clean article; the input is not changed. The per-document deadline
 * (`--timeout`) is checked between steps: past it, the steps left are not run and a warning names
 * the article and what was not read, so one pathological text cannot hold up the batch.
 */
export const analyzeLanguage: AnalyzeStage = (article: CleanArticle, ctx: Context): AnalyzedArticle =>
  analyzeReading(article, ctx, readText).article;

/**
 * The language stage with its reading kept: the clustering features are made from the same wink
 * reading (`read` is `readText`, or a stand-in in tests), so no text is read twice.
 */
export function analyzeReading(
  article: CleanArticle,
  ctx: Context,
  read: (text: string) => Reading,
): { article: AnalyzedArticle; reading: Reading } {
  const { text } = article;
  const within = stepClock(article, ctx);
  const reading = read(text);
  const { mentions, table } = within('reading', 'entities, quotes, times and numbers')
    ? extractEntities(text, reading)
    : extractEntities('', readText(''));
  const quotes = within('entities', 'quotes, times and numbers')
    ? extractQuotes(text, reading, mentions, table, ctx.config.analyze.quotes)
    : [];
  const times = within('quotes', 'times and numbers')
    ? extractTimes(article, reading, ctx.config.analyze.times)
    : [];
  const numbers = within('times', 'numbers') ? extractNumbers(text, reading, times) : [];
  return {
    article: {
      ...article,
      entities: toEntityMentions(mentions),
      entityTable: table,
      quotes,
      times,
      numbers,
      sentences: reading.sentences.map(({ start, end }) => ({ start, end })),
    },
    reading,
  };
}
