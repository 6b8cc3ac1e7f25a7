// The clean stage: one raw document (plain text or HTML) → a clean article with metadata, or a
// reasoned rejection. Metadata the input already carried (feed, JSON Lines, WARC) is kept; what the
// page or text states about itself fills the gaps, and `publishedFrom` says which source gave the date.

import { oversize } from '../ingest/guards/size.js';
import type { CleanArticle, PublishedFrom, RawDocument, Removed } from '../types/article.js';
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
function inputDateSource(doc: RawDocument): PublishedFrom {
  if (doc.meta.publishedFrom) return doc.meta.publishedFrom;
  return doc.kind === 'warc' ? 'warc' : doc.kind === 'feed' || doc.kind === 'jsonl' ? 'feed' : 'html-meta';
}

function assemble(doc: RawDocument, found: Found): CleanArticle {
  const m = doc.meta;
  const given = normalizeDate(m.published);
  return {
    id: doc.id,
    input: doc.input,
    url: m.url ?? null,
    title: m.title ?? found.title,
    outlet: m.outlet ?? found.outlet,
    byline: m.byline ?? found.byline,
    language: detectLanguage(found.text, found.declaredLanguage ?? m.language ?? null),
    published: given ?? found.published,
    publishedFrom: given ? inputDateSource(doc) : found.publishedFrom,
    dateline: found.dateline,
    text: found.text,
    removed: found.removed,
  };
}

/** One document → a clean article, or `empty` / `not-an-article` with what was found. */
export const clean: CleanStage = (doc: RawDocument, ctx: Context): Outcome<CleanArticle> => {
  const config = ctx.config.clean;
  const url = doc.meta.url ?? null;
  if (!doc.content.trim())
    return { status: 'rejected', input: doc.input, reason: 'empty: the document has no content' };
  // Documents that did not come through ingest (API bodies, embedders) meet the same size limit.
  const tooBig = oversize(doc, ctx.config.ingest);
  if (tooBig) return { status: 'rejected', input: doc.input, reason: tooBig };
  const started = performance.now();
  const found =
    doc.format === 'html'
      ? fromHtml(doc.content, url, config, ctx.config.ingest.maxArticleChars)
      : fromText(doc.content, url, config);
  if (!found.text)
    return { status: 'rejected', input: doc.input, reason: 'not-an-article: no body text found' };
  const minimum = doc.format === 'html' ? config.minArticleChars : config.minTextArticleChars;
  if (found.text.length < minimum) {
    const reason = `not-an-article: ${found.text.length} characters of body text (minimum ${minimum})`;
    return { status: 'rejected', input: doc.input, reason };
  }
  // Cleaning is synchronous, so the per-document deadline is checked once it is done: a document
  // that overran it is refused rather than handed to the later stages, which cost more.
  const elapsed = performance.now() - started;
  if (elapsed > ctx.config.ingest.timeoutMs) {
    const reason = `time ${Math.round(elapsed)} ms over ${ctx.config.ingest.timeoutMs} ms limit (--timeout) while cleaning`;
    return { status: 'rejected', input: doc.input, reason };
  }
  return { status: 'ok', value: assemble(doc, found) };
};
