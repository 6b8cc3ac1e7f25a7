// Cascade step 1: Mozilla Readability over a linkedom document. Readability rewrites the document
// it is given, so callers pass a document parsed for it alone.
import { Readability } from '@mozilla/readability';
import { type Block, readBlocks } from './blocks.js';

export interface ReadabilityResult {
  blocks: Block[];
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
}

export function runReadability(document: Document): ReadabilityResult | null {
  // Classes are kept so the block refiners can still see `caption`, `share`, `related` after it.
  let article: ReturnType<Readability<Node>['parse']>;
  try {
    const reader = new Readability<Node>(document, { keepClasses: true, serializer: (node) => node });
    article = reader.parse();
  } catch {
    // Readability throws on some malformed trees (e.g. a document without a body); the cascade's
    // next step reads such pages without it.
    return null;
  }
  if (!article?.content) return null;
  return {
    blocks: readBlocks(article.content),
    title: article.title ?? null,
    byline: article.byline ?? null,
    siteName: article.siteName ?? null,
    publishedTime: article.publishedTime ?? null,
    lang: article.lang ?? null,
  };
}
