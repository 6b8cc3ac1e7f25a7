// One feed entry → one article candidate, for every feed format (RSS, Atom, RDF, JSON Feed).
import type { RawDocument } from '../../types/article.js';
import type { Outcome } from '../../types/stages.js';
import { IngestRejection, rejectedItem } from '../errors.js';
import { documentOf, formatOf } from './document.js';
import {
  bylineOf,
  FULL_TEXT_FIELDS,
  firstText,
  itemLanguage,
  publishedOf,
  SUMMARY_FIELDS,
  textOf,
} from './feed-fields.js';
import type { Loaded, ReadEnv } from './types.js';

/** What the feed says about itself, applied to every item. */
export interface FeedInfo {
  title: string | null;
  language: unknown;
}

/** An entry as feed-extractor normalises it, plus the parser's raw item. */
export interface FeedEntry {
  title?: unknown;
  link?: unknown;
  raw: Record<string, unknown>;
}

/** Item links are sometimes relative to the feed's own URL. */
function absolute(link: string | null, base: string | null): string | null {
  if (!link || !base) return link;
  try {
    return new URL(link, base).href;
  } catch {
    return link;
  }
}

/**
 * What an item holds: 1. its full text; 2. else its summary; 3. else its title (a feed of headlines).
 * Only the first is the article itself; the others are kept as summaries of it.
 */
function itemContent(entry: FeedEntry, title: string | null): { content: string; excerpt: boolean } | null {
  const full = firstText(entry.raw, FULL_TEXT_FIELDS);
  if (full) return { content: full, excerpt: false };
  const summary = firstText(entry.raw, SUMMARY_FIELDS);
  if (summary) return { content: summary, excerpt: true };
  return title ? { content: title, excerpt: true } : null;
}

/** RSS `guid`, Atom and JSON Feed `id`. */
function guidOf(entry: FeedEntry): string | null {
  return textOf(entry.raw.guid) ?? textOf(entry.raw.id);
}

function entryDocument(
  src: Loaded,
  index: number,
  entry: FeedEntry,
  feed: FeedInfo,
  maxDepth: number,
): Outcome<RawDocument> {
  const link = textOf(entry.link) ?? textOf(entry.raw.url) ?? textOf(entry.raw.external_url);
  const url = absolute(link, src.url);
  const title = textOf(entry.title) ?? textOf(entry.raw.title);
  const found = itemContent(entry, title);
  if (!found)
    throw new IngestRejection(`no title and no content in the feed${url ? ` (only a link: ${url})` : ''}`);
  const published = publishedOf(entry.raw);
  const doc = documentOf(
    src,
    {
      item: index,
      kind: 'feed',
      format: formatOf(found.content),
      content: found.content,
      meta: {
        url,
        title,
        outlet: feed.title,
        byline: bylineOf(entry.raw),
        published,
        publishedFrom: published ? 'feed' : null,
        language: itemLanguage(entry.raw, feed.language),
        guid: guidOf(entry),
      },
    },
    maxDepth,
  );
  if (doc.status === 'ok' && found.excerpt) doc.value.excerpt = true;
  return doc;
}

/** Every entry, each checked against the time limit; a bad entry is reported and the rest kept. */
export function* feedDocuments(
  src: Loaded,
  entries: readonly FeedEntry[],
  feed: FeedInfo,
  env: ReadEnv,
): Generator<Outcome<RawDocument>> {
  if (entries.length === 0) throw new IngestRejection('feed has no items');
  for (const [index, entry] of entries.entries()) {
    env.deadline.restart();
    try {
      yield entryDocument(src, index, entry, feed, env.config.maxDepth);
    } catch (e) {
      yield rejectedItem(src.input, `feed item ${index + 1}`, e);
    }
  }
}
