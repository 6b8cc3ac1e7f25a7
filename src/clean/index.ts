// The clean stage: one raw document (plain text or HTML) → a clean article with metadata, or a
// reasoned rejection. Metadata the input already carried (feed, JSON Lines, WARC) is kept; what the
// page or text states about itself fills the gaps, and `publishedFrom` says which source gave the date.

import type { IngestConfig } from '../ingest/config.js';
import { oversize } from '../ingest/guards/size.js';
import type {
  ArticleKind,
  CleanArticle,
  PublishedFrom,
  RawDocument,
  Removed,
  SourceMeta,
} from '../types/article.js';
import type { CleanStage, Context, Outcome } from '../types/stages.js';
import type { CleanConfig } from './config.js';
import { cutToLimit } from './cut.js';
import { dateFromUrl, normalizeDate } from './dates.js';
import { extractHtml } from './html/index.js';
import { outletFromUrl } from './html/metadata.js';
import { detectLanguage } from './language.js';
import { cleanText } from './text/index.js';

export { refineCorpus } from './corpus.js';
export { extractHtml, type HtmlExtraction } from './html/index.js';
export { cleanText, type TextClean } from './text/index.js';

/** What cleaning found in the document itself, before the input's own metadata is laid over it. */
interface Found {
  text: string;
  removed: Removed[];
  title: string | null;
  outlet: string | null;
  byline: string | null;
  published: string | null;
  publishedFrom: PublishedFrom | null;
  dateline: string | null;
  declaredLanguage: string | null;
}

function fromText(content: string, url: string | null, config: CleanConfig): Found {
  const t = cleanText(content, config);
  const urlDate = dateFromUrl(url);
  return {
    text: t.paragraphs.join('\n\n'),
    removed: t.removed,
    title: t.title,
    outlet: outletFromUrl(url),
    byline: t.byline,
    published: t.published ?? urlDate,
    publishedFrom: t.published ? t.publishedFrom : urlDate ? 'url' : null,
    dateline: t.dateline,
    declaredLanguage: null,
  };
}

function fromHtml(content: string, url: string | null, config: CleanConfig, maxChars: number): Found {
  const h = extractHtml(content, url, config);
  const cut = cutToLimit(h.paragraphs, maxChars);
  // The page's paragraphs still go through the text rules: datelines, credits and link lists
  // written as ordinary paragraphs look the same in HTML as in a scraped text.
  const t = cleanText(cut.kept.join('\n\n'), config, { top: false });
  return {
    text: t.paragraphs.join('\n\n'),
    removed: [...h.removed, ...cut.removed, ...t.removed],
    title: h.meta.title ?? t.title,
    outlet: h.meta.outlet,
    byline: h.meta.byline ?? t.byline,
    published: h.meta.published ?? t.published,
    publishedFrom: h.meta.published ? h.meta.publishedFrom : t.publishedFrom,
    dateline: t.dateline,
    declaredLanguage: h.meta.lang,
  };
}

/** Where a date carried by the input came from, when the input did not say. */
function inputDateSource(doc: RawDocument, meta: SourceMeta): PublishedFrom {
  if (meta.publishedFrom) return meta.publishedFrom;
  return doc.kind === 'warc' ? 'warc' : doc.kind === 'feed' || doc.kind === 'jsonl' ? 'feed' : 'html-meta';
}

/**
 * Metadata in order of trust: 1. what the input carried with it; 2. what the document states about
 * itself; 3. for a page fetched from a feed item, what the feed said, where the page is silent.
 */
function assemble(doc: RawDocument, found: Found, kind: ArticleKind | undefined): CleanArticle {
  const m = doc.meta;
  const feed = doc.feedItem?.meta ?? {};
  const given = normalizeDate(m.published);
  const fromFeed = given || found.published ? null : normalizeDate(feed.published);
  const title = m.title ?? found.title ?? feed.title ?? null;
  // A summary is a line or two: the title beside it gives detection something to read.
  const sample = kind === 'summary' && title ? `${title}\n${found.text}` : found.text;
  return {
    id: doc.id,
    input: doc.input,
    url: m.url ?? feed.url ?? null,
    title,
    outlet: m.outlet ?? outletOf(found, feed, m.url ?? null),
    byline: m.byline ?? found.byline ?? feed.byline ?? null,
    language: detectLanguage(sample, found.declaredLanguage ?? m.language ?? feed.language ?? null),
    published: given ?? found.published ?? fromFeed,
    publishedFrom: given
      ? inputDateSource(doc, m)
      : found.published
        ? found.publishedFrom
        : fromFeed
          ? 'feed'
          : null,
    dateline: found.dateline,
    text: found.text,
    removed: found.removed,
    ...(kind ? { kind } : {}),
  };
}

/** A name the page gives itself beats the feed's; a name guessed from the host does not. */
function outletOf(found: Found, feed: SourceMeta, url: string | null): string | null {
  const guessed = !found.outlet || found.outlet === outletFromUrl(url);
  return (guessed ? (feed.outlet ?? found.outlet) : found.outlet) ?? null;
}

function find(doc: RawDocument, config: CleanConfig, maxChars: number): Found {
  const url = doc.meta.url ?? null;
  return doc.format === 'html'
    ? fromHtml(doc.content, url, config, maxChars)
    : fromText(doc.content, url, config);
}

/** A feed item is kept however short: below the article minimum, or read from a summary, it is one. */
function feedItemKind(doc: RawDocument, found: Found, minimum: number, config: CleanConfig) {
  if (doc.kind !== 'feed') return undefined;
  const short = found.text.length < minimum;
  return short || (doc.excerpt && found.text.length < config.maxSummaryChars) ? 'summary' : undefined;
}

function cleanOne(doc: RawDocument, config: CleanConfig, limits: IngestConfig): Outcome<CleanArticle> {
  if (!doc.content.trim())
    return { status: 'rejected', input: doc.input, reason: 'empty: the document has no content' };
  // Documents that did not come through ingest (API bodies, embedders) meet the same size limit.
  const tooBig = oversize(doc, limits);
  if (tooBig) return { status: 'rejected', input: doc.input, reason: tooBig };
  const started = performance.now();
  const found = find(doc, config, limits.maxArticleChars);
  // A feed of headlines: the title is all the text there is.
  if (!found.text && doc.kind === 'feed' && doc.meta.title) found.text = doc.meta.title;
  if (!found.text)
    return { status: 'rejected', input: doc.input, reason: 'not-an-article: no body text found' };
  const minimum = doc.format === 'html' ? config.minArticleChars : config.minTextArticleChars;
  const kind = feedItemKind(doc, found, minimum, config);
  if (found.text.length < minimum && !kind) {
    const reason = `not-an-article: ${found.text.length} characters of body text (minimum ${minimum})`;
    return { status: 'rejected', input: doc.input, reason };
  }
  // Cleaning is synchronous, so the per-document deadline is checked once it is done: a document
  // that overran it is refused rather than handed to the later stages, which cost more.
  const elapsed = performance.now() - started;
  if (elapsed > limits.timeoutMs) {
    const reason = `time ${Math.round(elapsed)} ms over ${limits.timeoutMs} ms limit (--timeout) while cleaning`;
    return { status: 'rejected', input: doc.input, reason };
  }
  return { status: 'ok', value: assemble(doc, found, kind) };
}

/**
 * One document → a clean article, or `empty` / `not-an-article` with what was found. A page fetched
 * for a feed item that turns out not to be an article (a paywall, a video) gives way to the item.
 */
export const clean: CleanStage = (doc: RawDocument, ctx: Context): Outcome<CleanArticle> => {
  const outcome = cleanOne(doc, ctx.config.clean, ctx.config.ingest);
  if (outcome.status === 'ok' || !doc.feedItem) return outcome;
  return cleanOne(doc.feedItem, ctx.config.clean, ctx.config.ingest);
};
