// RSS 2.0, Atom and RDF (RSS 1.0) feeds:
//   1. feed-extractor (strict: the XML must be well-formed);
//   2. fast-xml-parser without validation, for the many real feeds that are not (feed-lenient.ts).
// Entity declarations are refused before either parser runs; the parser's own expansion and nesting
// caps stay on as well.
import { extractFromXml } from '@extractus/feed-extractor';
import { decodeBytes } from '../bytes/decode.js';
import { IngestRejection } from '../errors.js';
import { assertDepth, markupDepth } from '../guards/depth.js';
import { assertNoEntityDeclarations } from '../guards/entities.js';
import { alternateLink, textOf } from './feed-fields.js';
import { type FeedEntry, feedDocuments } from './feed-items.js';
import { type LenientFeed, parseFeedLeniently } from './feed-lenient.js';
import { headAfterProlog } from './sniff.js';
import type { Detection, KindReader } from './types.js';

const FEED_ROOT = /^<(?:rss\b|feed\b|rdf:RDF\b|(?:[\w-]+:)?RDF\b[^>]*purl\.org\/rss)/;

export function detectXmlFeed(bytes: Uint8Array): Detection {
  return FEED_ROOT.test(headAfterProlog(bytes)) ? 'sure' : null;
}

type Raw = Record<string, unknown>;

function parserOptions(maxDepth: number) {
  return {
    parseTagValue: false,
    maxNestedTags: maxDepth,
    // Numeric character references must be decoded (XML says so); named HTML ones (&nbsp;) are common
    // in real feeds. Decoding is one pass, so escaped markup (&amp;lt;) stays escaped.
    htmlEntities: true,
    // Declared entities are refused before parsing (guards/entities.ts); these caps are a second line.
    // The expansion count is left unbounded because the parser counts built-in references too, and a
    // large feed of escaped HTML holds far more than any fixed count of &lt; and &gt;; the growth cap
    // counts only references that expand, which built-ins never do.
    processEntities: { enabled: true, maxEntityCount: 100, maxExpandedLength: 1_000_000 },
  };
}

/** Parses the feed, keeping each raw item beside feed-extractor's normalised entry. */
function parseStrictly(xml: string, maxDepth: number): LenientFeed {
  let feedRaw: Raw = {};
  const result = extractFromXml(xml, {
    normalization: true,
    useISODateFormat: false,
    descriptionMaxLen: 0,
    xmlParserOptions: parserOptions(maxDepth),
    getExtraFeedFields: (feed: Raw) => {
      feedRaw = feed;
      return {};
    },
    getExtraEntryFields: (item: Raw) => ({ raw: item }),
  } as Parameters<typeof extractFromXml>[1]);
  const channel = (feedRaw.channel as Raw | undefined) ?? feedRaw;
  const entries = ((result?.entries ?? []) as unknown as (FeedEntry & { link?: unknown })[]).map((e) => ({
    ...e,
    link: alternateLink(e.raw.link) ?? e.link,
  }));
  return {
    entries,
    title: textOf(channel.title) ?? textOf(result?.title),
    language: result?.language ?? channel['dc:language'] ?? feedRaw['@_xml:lang'],
  };
}

function parseFeed(xml: string, maxDepth: number): LenientFeed {
  let strictError: string;
  try {
    return parseStrictly(xml, maxDepth);
  } catch (e) {
    strictError = (e as Error).message ?? String(e);
  }
  let lenient: LenientFeed | null = null;
  try {
    lenient = parseFeedLeniently(xml, parserOptions(maxDepth));
  } catch {
    // Both parsers failed: the strict parser's message says more about what is wrong.
  }
  if (lenient && lenient.entries.length > 0) return lenient;
  if (lenient || /Unrecognized feed format/i.test(strictError))
    throw new IngestRejection('feed has no items');
  throw new IngestRejection(`malformed feed XML: ${strictError}`);
}

export const xmlFeedKind: KindReader = {
  name: 'xml-feed',
  kind: 'feed',
  mediaTypes: ['application/rss+xml', 'application/atom+xml', 'application/rdf+xml'],
  detect: detectXmlFeed,
  async *read(src, env) {
    const { text } = decodeBytes(src.bytes, { contentType: src.contentType, markup: 'xml' });
    assertNoEntityDeclarations(text);
    assertDepth('XML', markupDepth(text, 'xml'), env.config.maxDepth);
    env.deadline.check();
    const feed = parseFeed(text, env.config.maxDepth);
    yield* feedDocuments(src, feed.entries, { title: feed.title, language: feed.language }, env);
  },
};
