// The language stage: one wink reading of the text, then entities, quotes, times and numbers.
// Entities come first: quote speakers are resolved to them. Times come before numbers so that the
// figures inside dates are not read twice.
import { readText } from '../nlp/index.js';
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

/** Language analysis of one clean article; the input is not changed. */
export const analyzeLanguage: AnalyzeStage = (article: CleanArticle, ctx: Context): AnalyzedArticle => {
  const { text } = article;
  const reading = readText(text);
  const { mentions, table } = extractEntities(text, reading);
  const quotes = extractQuotes(text, reading, mentions, table, ctx.config.analyze.quotes);
  const times = extractTimes(article, reading, ctx.config.analyze.times);
  const numbers = extractNumbers(text, reading, times);
  return {
    ...article,
    entities: toEntityMentions(mentions),
    entityTable: table,
    quotes,
    times,
    numbers,
    sentences: reading.sentences.map(({ start, end }) => ({ start, end })),
  };
};
