// What a poll changes on a subscription, and the one log line that says so.
import { isStoreError } from '../store/errors.js';
import type { Subscription, SubscriptionUpdate } from '../types/feeds.js';
import type { Context } from '../types/stages.js';
import type { Workspace } from '../types/store.js';
import { formatDuration } from './duration.js';
import type { PollResult } from './poll.js';
import { nextAfterFailure, nextAfterSuccess, retryAfterSec } from './schedule.js';

export interface FeedReport {
  url: string;
  status: 'fetched' | 'not-modified' | 'failed';
  reason?: string;
  update: SubscriptionUpdate;
  /** Articles added from new items. */
  added: number;
  /** Items already in the workspace. */
  seen: number;
  /** New items kept as their feed's summary because their page could not be fetched. */
  summaries: number;
  /** Summaries replaced by the article from their page, fetched on a later try. */
  replaced: number;
  movedNote?: string;
}

export function failedUpdate(
  sub: Subscription,
  poll: Extract<PollResult, { status: 'failed' }>,
  ctx: Context,
): SubscriptionUpdate {
  const errorCount = sub.errorCount + 1;
  const retryAfter = retryAfterSec(poll.retryAfter, ctx.now);
  return {
    lastCheckedAt: ctx.now.toISOString(),
    lastError: poll.reason,
    errorCount,
    nextPollAt: nextAfterFailure(ctx.now, errorCount, retryAfter, sub.minIntervalSec, ctx.config.feeds),
  };
}

/** Validators, hint and title of a good answer; a permanent redirect moves the subscription. */
export async function successUpdate(
  ws: Workspace,
  sub: Subscription,
  poll: Exclude<PollResult, { status: 'failed' }>,
  ctx: Context,
): Promise<{ update: SubscriptionUpdate; movedNote?: string }> {
  const now = ctx.now.toISOString();
  const hint = poll.status === 'fetched' ? poll.hintSec : sub.minIntervalSec;
  const update: SubscriptionUpdate = {
    lastCheckedAt: now,
    lastSuccessAt: now,
    lastError: null,
    errorCount: 0,
    minIntervalSec: hint,
    nextPollAt: nextAfterSuccess(ctx.now, hint, ctx.config.feeds),
  };
  if (poll.status === 'fetched') {
    update.etag = poll.etag;
    update.lastModified = poll.lastModified;
    if (!sub.title && poll.title) update.title = poll.title;
  }
  await ws.updateFeed(sub.id, update);
  if (!poll.movedTo || poll.movedTo === sub.url) return { update };
  try {
    await ws.updateFeed(sub.id, { url: poll.movedTo });
    return { update: { ...update, url: poll.movedTo }, movedNote: `moved permanently to ${poll.movedTo}` };
  } catch (e) {
    if (!isStoreError(e) || e.code !== 'conflict') throw e;
    return { update, movedNote: `moved to ${poll.movedTo}, which is subscribed already` };
  }
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function untilNext(update: SubscriptionUpdate, now: Date): string {
  if (!update.nextPollAt) return '';
  return formatDuration((Date.parse(update.nextPollAt) - now.getTime()) / 1000);
}

export function reportLine(r: FeedReport, now: Date): string {
  const next = untilNext(r.update, now);
  if (r.status === 'failed')
    return `feed ${r.url}: failed: ${r.reason} (${plural(r.update.errorCount ?? 1, 'failure')} in a row); next try in ${next}`;
  const parts = r.status === 'not-modified' ? ['not modified'] : [`${r.added} new`, `${r.seen} already seen`];
  if (r.summaries) parts.push(`${plural(r.summaries, 'page')} not fetched (kept as summary, retried later)`);
  if (r.replaced)
    parts.push(`${r.replaced} summar${r.replaced === 1 ? 'y' : 'ies'} replaced by the page's article`);
  if (r.movedNote) parts.push(r.movedNote);
  return `feed ${r.url}: ${parts.join(', ')}; next poll in ${next}`;
}
