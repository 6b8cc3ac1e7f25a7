// One round of polling: every due subscription (or all, with `--all`) is fetched, several at once
// but one per host; what each brings is written one feed at a time (the workspace has one writer):
// new items through the normal ingest (`addDocuments`), then their records, then the feed's
// schedule. A feed that fails is reported and kept failing in `feeds list`; the others go on.
import { warmUp } from '../analyze/placement.js';
import type { FetchDeps } from '../ingest/index.js';
import type { Subscription } from '../types/feeds.js';
import type { Context } from '../types/stages.js';
import type { Workspace } from '../types/store.js';
import { addDocuments } from '../workspace/index.js';
import { type FreshItem, recordsOf, unseenItems, withPages } from './fresh.js';
import { HostLimiter } from './limiter.js';
import { type PollResult, pollFeed } from './poll.js';
import { type FeedReport, failedUpdate, reportLine, successUpdate } from './report.js';
import { applyPageRetries, type PageRetry, retryPages } from './retry.js';
import { isDue } from './schedule.js';

export interface RoundOptions {
  /** Poll every subscription now, due or not (still conditional). */
  all?: boolean;
  /** Once aborted, no further feed is started; the ones under way finish. */
  signal?: AbortSignal;
  deps: FetchDeps;
  /** One line per feed (and per round): progress, shown unless quiet. */
  log: (line: string) => void;
  /** One line per failed feed: always shown. */
  fail: (line: string) => void;
}

export interface RoundResult {
  polled: number;
  added: number;
  failed: { url: string; reason: string }[];
  feeds: FeedReport[];
}

/** What a feed's poll brought, before anything is written. */
interface Fetched {
  sub: Subscription;
  poll: PollResult;
  fresh: FreshItem[];
  seen: number;
  retries: PageRetry[];
}

async function fetchFeed(
  ws: Workspace,
  sub: Subscription,
  ctx: Context,
  deps: FetchDeps,
  limiter: HostLimiter,
) {
  const gate = <T>(url: string, fn: () => Promise<T>) => limiter.run(url, fn);
  const poll = await pollFeed(sub, ctx.config.ingest, deps, gate, ctx.reporter);
  let fresh: FreshItem[] = [];
  let seen = 0;
  if (poll.status === 'fetched') {
    const unseen = await unseenItems(ws, sub, poll.items);
    seen = unseen.seen;
    fresh = await withPages(unseen.fresh, ctx.config.ingest, deps, gate, ctx.config.feeds.fetchArticles);
  }
  const retries = poll.status === 'failed' ? [] : await retryPages(ws, sub, ctx, deps, gate);
  return { sub, poll, fresh, seen, retries } satisfies Fetched;
}

async function writeFeed(ws: Workspace, f: Fetched, ctx: Context): Promise<FeedReport> {
  const { sub, poll } = f;
  if (poll.status === 'failed') {
    const update = failedUpdate(sub, poll, ctx);
    await ws.updateFeed(sub.id, update);
    return {
      url: sub.url,
      status: 'failed',
      reason: poll.reason,
      update,
      added: 0,
      seen: 0,
      summaries: 0,
      replaced: 0,
    };
  }
  let added = 0;
  if (f.fresh.length) {
    const r = await addDocuments(
      f.fresh.map((i) => ({ status: 'ok' as const, value: i.doc })),
      ws,
      ctx,
    );
    added = r.added;
    await ws.recordItems(recordsOf(sub.id, f.fresh, ctx.now, ctx.config.feeds));
  }
  const replaced = await applyPageRetries(ws, f.retries, ctx);
  const { update, movedNote } = await successUpdate(ws, sub, poll, ctx);
  const summaries = f.fresh.filter((i) => i.pendingPage).length;
  const status = poll.status === 'not-modified' ? 'not-modified' : 'fetched';
  return { url: sub.url, status, update, added, seen: f.seen, summaries, replaced, movedNote };
}

/** Runs `task` over `items`, at most `n` at once. */
async function pool<T>(items: readonly T[], n: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(n, items.length) }, worker));
}

export async function runRound(ws: Workspace, ctx: Context, opts: RoundOptions): Promise<RoundResult> {
  const subs = await ws.listFeeds();
  const due = opts.all ? subs : subs.filter((s) => isDue(s, ctx.now));
  const limiter = new HostLimiter(ctx.config.feeds.concurrency);
  const result: RoundResult = { polled: 0, added: 0, failed: [], feeds: [] };
  // Feeds are written while others are still being fetched, on the one event loop: what analysis
  // loads once (seconds of synchronous work) is loaded first, so no fetch's time limit pays for it.
  if (due.length) warmUp(true);
  let writing = Promise.resolve();
  await pool(due, ctx.config.feeds.concurrency, async (sub) => {
    if (opts.signal?.aborted) return;
    const fetched = await fetchFeed(ws, sub, ctx, opts.deps, limiter);
    // One writer: each feed's items are written after the previous feed's, never interleaved.
    const write = writing.then(async () => {
      const report = await writeFeed(ws, fetched, ctx);
      result.polled++;
      result.added += report.added;
      result.feeds.push(report);
      if (report.status === 'failed') {
        result.failed.push({ url: report.url, reason: report.reason ?? '' });
        opts.fail(reportLine(report, ctx.now));
      } else opts.log(reportLine(report, ctx.now));
    });
    writing = write.catch(() => undefined);
    await write;
  });
  return result;
}
