// A fetched feed's items → the ones not seen before, each with its keys and its article id, and
// (when pages are fetched) its page in place of its summary. A page that cannot be fetched leaves
// the summary, marked to be tried again.
import {
  type FetchDeps,
  fetchItemPage,
  type Gate,
  type IngestConfig,
  pageLink,
  reasonOf,
} from '../ingest/index.js';
import type { RawDocument } from '../types/article.js';
import type { FeedItemRecord, Subscription } from '../types/feeds.js';
import type { Outcome } from '../types/stages.js';
import type { Workspace } from '../types/store.js';
import { itemArticleId, itemKeys } from './items.js';
import { pageRetryAt, type ScheduleConfig } from './schedule.js';

export interface FreshItem {
  doc: RawDocument;
  keys: string[];
  /** The page still to fetch (it failed this time), or null. */
  pendingPage: string | null;
  pageError: string | null;
}

/** Items whose link another item of the same feed shares (a feed linking every item to its home page): the link does not tell them apart. */
function sharedLinks(docs: readonly RawDocument[], feed: string): Set<string> {
  const count = new Map<string, number>();
  for (const d of docs) {
    const link = itemKeys(feed, d.meta, d.content).find((k) => k.startsWith('link:'));
    if (link) count.set(link, (count.get(link) ?? 0) + 1);
  }
  return new Set([...count].filter(([, n]) => n > 1).map(([k]) => k));
}

function keyed(docs: readonly RawDocument[], feed: string): { doc: RawDocument; keys: string[] }[] {
  const shared = sharedLinks(docs, feed);
  return docs.map((doc) => {
    const keys = itemKeys(feed, doc.meta, doc.content).filter((k) => !shared.has(k));
    return { doc, keys: keys.length ? keys : itemKeys(feed, { ...doc.meta, url: null }, doc.content) };
  });
}

/** The items not seen before (by any key), each once, with the article id their first key gives. */
export async function unseenItems(
  ws: Workspace,
  sub: Subscription,
  items: readonly Outcome<RawDocument>[],
): Promise<{ fresh: { doc: RawDocument; keys: string[] }[]; seen: number }> {
  const docs = items.flatMap((o) => (o.status === 'ok' ? [o.value] : []));
  const all = keyed(docs, sub.id);
  const seen = await ws.seenItemKeys(all.flatMap((i) => i.keys));
  const taken = new Set<string>();
  const fresh: { doc: RawDocument; keys: string[] }[] = [];
  for (const item of all) {
    if (item.keys.some((k) => seen.has(k) || taken.has(k))) continue;
    for (const k of item.keys) taken.add(k);
    fresh.push({ doc: { ...item.doc, id: itemArticleId(item.keys) }, keys: item.keys });
  }
  return { fresh, seen: all.length - fresh.length };
}

/** Each fresh item with its page read in place of its summary where it can be. */
export async function withPages(
  fresh: readonly { doc: RawDocument; keys: string[] }[],
  config: IngestConfig,
  deps: FetchDeps,
  gate: Gate,
  fetchPages: boolean,
): Promise<FreshItem[]> {
  const out: FreshItem[] = [];
  for (const item of fresh) {
    const link = fetchPages ? pageLink(item.doc) : null;
    if (!link) {
      out.push({ ...item, pendingPage: null, pageError: null });
      continue;
    }
    try {
      out.push({
        ...item,
        doc: await fetchItemPage(item.doc, config, deps, gate),
        pendingPage: null,
        pageError: null,
      });
    } catch (e) {
      out.push({ ...item, pendingPage: link, pageError: reasonOf(e) });
    }
  }
  return out;
}

/** The records of items just added: every key, a failed page marked for another try. */
export function recordsOf(
  feed: string,
  items: readonly FreshItem[],
  now: Date,
  config: ScheduleConfig,
): FeedItemRecord[] {
  return items.flatMap((i) =>
    i.keys.map((key) => ({
      key,
      feed,
      article: i.doc.id,
      pendingPage: i.pendingPage,
      attempts: i.pendingPage ? 1 : 0,
      retryAt: i.pendingPage ? pageRetryAt(now, 1, config) : null,
    })),
  );
}
