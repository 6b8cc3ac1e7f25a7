// One feed entry → one article candidate, for every feed format (RSS, Atom, RDF, JSON Feed).
import type { RawDocument } from '../../types/article.js';
import type { Outcome } from '../../types/stages.js';
import { IngestRejection, rejectedItem } from '../errors.js';
import { documentOf, formatOf } from './document.js';
import { bylineOf, CONTENT_FIELDS, firstText, itemLanguage, publishedOf, textOf } from './feed-fields.js';
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

function entryDocument(
  src: Loaded,
  index: number,
  entry: FeedEntry,
  feed: FeedInfo,
  maxDepth: number,
): Outcome<RawDocument> {
  const content = firstText(entry.raw, CONTENT_FIELDS);
  const link = textOf(entry.link) ?? textOf(entry.raw.url) ?? textOf(entry.raw.external_url);
  const url = absolute(link, src.url);
  if (!content)
    throw new IngestRejection(`no content in the feed (only ${url ? `a link: ${url}` : 'a title'})`);
  const published = publishedOf(entry.raw);
  return documentOf(
    src,
    {
      item: index,
      kind: 'feed',
      format: formatOf(content),
      content,
      meta: {
        url,
        title: textOf(entry.title) ?? textOf(entry.raw.title),
        outlet: feed.title,
        byline: bylineOf(entry.raw),
        published,
        publishedFrom: published ? 'feed' : null,
        language: itemLanguage(entry.raw, feed.language),
      },
    },
    maxDepth,
  );
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
