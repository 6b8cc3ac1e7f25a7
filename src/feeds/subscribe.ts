// `newsfuse feeds add URL…`: each URL is fetched once to check that it is a feed (a web page that
// names its feed in <link rel="alternate"> is subscribed by that feed), and kept under the URL it
// answered at. Its items are not read here: a new subscription is due at once for `watch`.
import { decodeBytes } from '../ingest/bytes/decode.js';
import {
  chooseKind,
  Deadline,
  type FetchDeps,
  fetchUrl,
  IngestRejection,
  loadFetched,
  reasonOf,
} from '../ingest/index.js';
import type { RawDocument } from '../types/article.js';
import type { NewSubscription, Subscription } from '../types/feeds.js';
import type { Context, Outcome } from '../types/stages.js';
import type { Workspace } from '../types/store.js';

export interface SubscribeResult {
  added: Subscription[];
  already: string[];
  failed: { url: string; reason: string }[];
}

const FEED_TYPES = /application\/(?:rss\+xml|atom\+xml|feed\+json|rdf\+xml)/i;

/** The first feed a page names in `<link rel="alternate" type="application/rss+xml" href>`. */
export function discoverFeed(html: string, base: string): string | null {
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    const tag = m[0];
    if (!/\brel\s*=\s*["']?alternate/i.test(tag) || !FEED_TYPES.test(tag)) continue;
    const href = /\bhref\s*=\s*(?:"([^"]+)"|'([^']+)'|([^\s>]+))/i.exec(tag);
    const value = href?.[1] ?? href?.[2] ?? href?.[3];
    if (value) return new URL(value.replace(/&amp;/g, '&'), base).href;
  }
  return null;
}

/** The feed's title, as its first item carries it; a feed with no items yet is still a feed. */
async function feedTitle(items: AsyncIterable<Outcome<RawDocument>>): Promise<string | null> {
  try {
    for await (const o of items) return o.status === 'ok' ? (o.value.meta.outlet ?? null) : null;
  } catch (e) {
    if (!/feed has no items/.test((e as Error).message)) throw e;
  }
  return null;
}

/** The feed at `url` (or the one its page names): where it answered, and its title. */
async function checkFeed(url: string, ctx: Context, deps: FetchDeps, hops = 0): Promise<NewSubscription> {
  const config = ctx.config.ingest;
  const deadline = new Deadline(config.timeoutMs);
  const got = await fetchUrl(url, config, deadline, deps);
  const loaded = await loadFetched(url, { ...got, name: got.url }, config, deadline);
  const kind = chooseKind(loaded.bytes, loaded.name, loaded.contentType);
  if (kind.kind === 'feed') {
    return {
      url: got.movedTo ?? url,
      title: await feedTitle(kind.read(loaded, { config, deadline, reporter: ctx.reporter })),
    };
  }
  const page = decodeBytes(loaded.bytes, { contentType: loaded.contentType, markup: 'html' }).text;
  const found = kind.kind === 'html' && hops === 0 ? discoverFeed(page, got.url) : null;
  if (!found) throw new IngestRejection(`not a feed (it reads as ${kind.name}, and names no feed)`);
  return checkFeed(found, ctx, deps, hops + 1);
}

export async function subscribe(
  ws: Workspace,
  urls: readonly string[],
  ctx: Context,
  deps: FetchDeps,
): Promise<SubscribeResult> {
  const out: SubscribeResult = { added: [], already: [], failed: [] };
  const known = new Set((await ws.listFeeds()).map((s) => s.url));
  for (const url of urls) {
    if (known.has(url)) {
      out.already.push(url);
      continue;
    }
    let feed: NewSubscription;
    try {
      feed = await checkFeed(url, ctx, deps);
    } catch (e) {
      out.failed.push({ url, reason: e instanceof IngestRejection ? e.message : reasonOf(e) });
      continue;
    }
    const added = await ws.addFeeds([feed], ctx.now.toISOString());
    if (added.length) out.added.push(...added);
    else out.already.push(feed.url);
    known.add(feed.url);
  }
  return out;
}

/** Subscriptions from an OPML file: taken as listed, not fetched (a reader's export is trusted). */
export async function subscribeAll(
  ws: Workspace,
  feeds: readonly NewSubscription[],
  now: Date,
): Promise<SubscribeResult> {
  const added = await ws.addFeeds(feeds, now.toISOString());
  const fresh = new Set(added.map((s) => s.url));
  return { added, already: feeds.filter((f) => !fresh.has(f.url)).map((f) => f.url), failed: [] };
}
