// One conditional request for one feed, and its items read the way ingest reads any feed: the
// validators of the last answer go out as If-None-Match / If-Modified-Since, a 304 costs no
// parsing, and any failure (HTTP status, timeout, a page that is not a feed) comes back as a value.

import { decodeBytes } from '../ingest/bytes/decode.js';
import {
  chooseKind,
  Deadline,
  type FetchDeps,
  fetchUrl,
  type Gate,
  HttpStatusRejection,
  type IngestConfig,
  IngestRejection,
  loadFetched,
  reasonOf,
} from '../ingest/index.js';
import type { RawDocument } from '../types/article.js';
import type { Subscription } from '../types/feeds.js';
import type { Outcome, Reporter } from '../types/stages.js';
import { pollHint } from './hints.js';

export type PollResult =
  | { status: 'not-modified'; movedTo: string | null }
  | {
      status: 'fetched';
      movedTo: string | null;
      items: Outcome<RawDocument>[];
      title: string | null;
      etag: string | null;
      lastModified: string | null;
      hintSec: number | null;
    }
  | { status: 'failed'; reason: string; retryAfter: string | null };

function conditionalHeaders(sub: Subscription): Record<string, string> {
  const headers: Record<string, string> = {};
  if (sub.etag) headers['if-none-match'] = sub.etag;
  if (sub.lastModified) headers['if-modified-since'] = sub.lastModified;
  return headers;
}

/** Every item of a feed; a feed with no items is a feed with nothing new, not a failure. */
async function readItems(
  input: string,
  got: Awaited<ReturnType<typeof fetchUrl>>,
  config: IngestConfig,
  deadline: Deadline,
  reporter: Reporter,
): Promise<{ items: Outcome<RawDocument>[]; text: string }> {
  const loaded = await loadFetched(input, { ...got, name: got.url }, config, deadline);
  const kind = chooseKind(loaded.bytes, loaded.name, loaded.contentType);
  if (kind.kind !== 'feed') throw new IngestRejection(`not a feed: ${got.url} reads as ${kind.name}`);
  const { text } = decodeBytes(loaded.bytes, { contentType: loaded.contentType, markup: 'xml' });
  const items: Outcome<RawDocument>[] = [];
  try {
    for await (const o of kind.read(loaded, { config, deadline, reporter })) items.push(o);
  } catch (e) {
    if (!/feed has no items/.test((e as Error).message)) throw e;
  }
  return { items, text };
}

export async function pollFeed(
  sub: Subscription,
  config: IngestConfig,
  deps: FetchDeps,
  gate: Gate,
  reporter: Reporter,
): Promise<PollResult> {
  // The clock starts once the request may go: time spent queued behind other feeds of the host is not its own.
  let deadline = new Deadline(config.timeoutMs);
  try {
    const got = await gate(sub.url, () => {
      deadline = new Deadline(config.timeoutMs);
      return fetchUrl(sub.url, config, deadline, deps, { headers: conditionalHeaders(sub) });
    });
    if (got.status === 304) return { status: 'not-modified', movedTo: got.movedTo };
    const { items, text } = await readItems(sub.url, got, config, deadline, reporter);
    const first = items.find((o) => o.status === 'ok');
    return {
      status: 'fetched',
      movedTo: got.movedTo,
      items,
      title: first?.status === 'ok' ? (first.value.meta.outlet ?? null) : null,
      etag: got.headers.get('etag'),
      lastModified: got.headers.get('last-modified'),
      hintSec: pollHint(text),
    };
  } catch (e) {
    const retryAfter = e instanceof HttpStatusRejection ? e.retryAfter : null;
    return { status: 'failed', reason: reasonOf(e), retryAfter };
  }
}
