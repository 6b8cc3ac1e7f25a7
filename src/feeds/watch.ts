// The poll loop of `newsfuse watch` and `serve --watch`: a round of the due feeds, then a sleep until
// the next one falls due (at most the interval), until stopped. Stopping (the signal) lets the feeds
// under way finish writing and starts no other, so nothing is left half-written. The clock and the
// sleep are passed in, so the schedule can be tested without waiting.
import type { Context } from '../types/stages.js';
import type { Workspace } from '../types/store.js';
import { type RoundOptions, type RoundResult, runRound } from './round.js';
import { untilNextDue } from './schedule.js';

export interface WatchOptions extends Omit<RoundOptions, 'signal'> {
  /** One round, then return. */
  once?: boolean;
  signal: AbortSignal;
  /** A context for a round that starts at this time. */
  context: (now: Date) => Context;
  clock?: () => Date;
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

export interface WatchResult {
  rounds: number;
  added: number;
  /** Failures of the last round. */
  failed: RoundResult['failed'];
}

/** Resolves after `ms`, or at once when the signal aborts. */
export function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export async function watchFeeds(ws: Workspace, opts: WatchOptions): Promise<WatchResult> {
  const clock = opts.clock ?? (() => new Date());
  const sleep = opts.sleep ?? abortableSleep;
  const out: WatchResult = { rounds: 0, added: 0, failed: [] };
  let all = opts.all ?? false;
  while (!opts.signal.aborted) {
    const ctx = opts.context(clock());
    const r = await runRound(ws, ctx, { ...opts, all, signal: opts.signal });
    all = false;
    out.rounds++;
    out.added += r.added;
    out.failed = r.failed;
    if (r.polled)
      opts.log(
        `round ${out.rounds}: ${plural(r.polled, 'feed')} polled, ${r.failed.length} failed, ${plural(r.added, 'article')} added`,
      );
    if (opts.once || opts.signal.aborted) break;
    const wait = untilNextDue(await ws.listFeeds(), clock(), ctx.config.feeds.intervalSec);
    // At least a second between rounds: a feed due again at once must not spin the loop.
    await sleep(Math.max(1000, wait), opts.signal);
  }
  return out;
}
