// JSON Feed 1.0/1.1 (jsonfeed.org), read with feed-extractor's extractFromJson after a depth check.
import { extractFromJson } from '@extractus/feed-extractor';
import { decodeBytes } from '../bytes/decode.js';
import { IngestRejection } from '../errors.js';
import { assertDepth, jsonDepth } from '../guards/depth.js';
import { type FeedEntry, feedDocuments } from './feed-items.js';
import { headText } from './sniff.js';
import type { Detection, KindReader } from './types.js';

const JSON_FEED_VERSION = /"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\//;

export function detectJsonFeed(bytes: Uint8Array): Detection {
  const head = headText(bytes, 4096).trimStart();
  return head.startsWith('{') && JSON_FEED_VERSION.test(head) ? 'sure' : null;
}

type Raw = Record<string, unknown>;

function parseJson(text: string): Raw {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    // The engine's wording changes between Node versions: kept as the cause, not in the reason.
    throw new IngestRejection('malformed JSON Feed: not valid JSON', { cause: e });
  }
  if (!data || typeof data !== 'object' || Array.isArray(data))
    throw new IngestRejection('JSON Feed is not an object');
  return data as Raw;
}

export const jsonFeedKind: KindReader = {
  name: 'json-feed',
  kind: 'feed',
  mediaTypes: ['application/feed+json'],
  detect: detectJsonFeed,
  async *read(src, env) {
    const { text } = decodeBytes(src.bytes, { contentType: src.contentType });
    assertDepth('JSON', jsonDepth(text), env.config.maxDepth);
    env.deadline.check();
    const data = parseJson(text);
    if (!Array.isArray(data.items)) throw new IngestRejection('JSON Feed has no "items" array');
    const items = data.items.filter((item): item is Raw => !!item && typeof item === 'object');
    const result = extractFromJson({ ...data, items }, {
      descriptionMaxLen: 0,
      useISODateFormat: false,
      getExtraEntryFields: (item: Raw) => ({ raw: item }),
    } as Parameters<typeof extractFromJson>[1]);
    const entries = (result?.entries ?? []) as unknown as FeedEntry[];
    const title = typeof data.title === 'string' ? data.title : null;
    yield* feedDocuments(src, entries, { title, language: data.language }, env);
  },
};
