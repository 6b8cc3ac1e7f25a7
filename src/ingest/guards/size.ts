// The article-size limit at ingest. Every later stage costs at least linear time in an article's
// length (and some more), so one huge document could hold up a whole batch: plain text over
// `maxArticleChars` is refused with its size here, and markup far beyond it is refused before any
// parser sees it. HTML within that is cut after extraction by the clean stage, with a `removed` entry.
import type { RawDocument } from '../../types/article.js';
import type { Outcome } from '../../types/stages.js';
import { type IngestConfig, MARKUP_PER_ARTICLE_CHAR } from '../config.js';

const count = (n: number): string => n.toLocaleString('en-US');

/** Why a document is too big to read as one article, or null. */
export function oversize(doc: RawDocument, config: Pick<IngestConfig, 'maxArticleChars'>): string | null {
  const limit = config.maxArticleChars;
  const size = doc.content.length;
  if (doc.format === 'text' && size > limit) {
    return `article size ${count(size)} characters over ${count(limit)} limit (--max-article-chars)`;
  }
  const markupLimit = limit * MARKUP_PER_ARTICLE_CHAR;
  if (doc.format === 'html' && size > markupLimit) {
    return `markup size ${count(size)} characters over ${count(markupLimit)} limit (${MARKUP_PER_ARTICLE_CHAR} × --max-article-chars)`;
  }
  return null;
}

/** The outcome, or a rejection naming the document's item when it is over the size limit. */
export function sizeChecked(outcome: Outcome<RawDocument>, config: IngestConfig): Outcome<RawDocument> {
  if (outcome.status !== 'ok') return outcome;
  const reason = oversize(outcome.value, config);
  if (!reason) return outcome;
  const where = itemName(outcome.value);
  return { status: 'rejected', input: outcome.value.input, reason: where ? `${where}: ${reason}` : reason };
}

/** The item of a container as the kinds' own rejections name it (`line 3`, `feed item 2`), or null. */
function itemName(doc: RawDocument): string | null {
  const m = /-(\d+)$/.exec(doc.id);
  if (!m) return null;
  const item = Number(m[1]);
  if (doc.kind === 'jsonl') return `line ${item}`;
  if (doc.kind === 'warc') return `WARC record ${item + 1}`;
  return `${doc.kind === 'feed' ? 'feed item' : 'item'} ${item + 1}`;
}
