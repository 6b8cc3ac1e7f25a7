// When a feed is polled next, as pure functions of the clock (passed in): a feed doing well waits
// its interval (longer when its `ttl` asks), a failing one backs off exponentially with each failure
// in a row, and a server's `Retry-After` is honoured (within the back-off cap).
import type { Subscription } from '../types/feeds.js';
import type { FeedsConfig } from './config.js';

export type ScheduleConfig = Pick<
  FeedsConfig,
  'intervalSec' | 'minIntervalSec' | 'maxIntervalSec' | 'maxBackoffSec' | 'pageRetrySec'
>;

const at = (now: Date, sec: number) => new Date(now.getTime() + sec * 1000).toISOString();
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** A new subscription (never polled) is due at once; the others when their time has come. */
export function isDue(sub: Pick<Subscription, 'nextPollAt'>, now: Date): boolean {
  return sub.nextPollAt === null || Date.parse(sub.nextPollAt) <= now.getTime();
}

/** Seconds between polls of a healthy feed: the interval, or what the feed asks if longer. */
export function intervalOf(hintSec: number | null, config: ScheduleConfig): number {
  return clamp(Math.max(config.intervalSec, hintSec ?? 0), config.minIntervalSec, config.maxIntervalSec);
}

export function nextAfterSuccess(now: Date, hintSec: number | null, config: ScheduleConfig): string {
  return at(now, intervalOf(hintSec, config));
}

/** Seconds a `Retry-After` value asks for (delay-seconds or an HTTP date), or null. */
export function retryAfterSec(value: string | null, now: Date): number | null {
  if (!value) return null;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v);
  const when = Date.parse(v);
  return Number.isNaN(when) ? null : Math.max(0, Math.ceil((when - now.getTime()) / 1000));
}

/**
 * After the `errors`-th failure in a row: the interval doubled per earlier failure, at most
 * `maxBackoffSec`; a longer `Retry-After` wins, up to the same cap.
 */
export function nextAfterFailure(
  now: Date,
  errors: number,
  retryAfter: number | null,
  hintSec: number | null,
  config: ScheduleConfig,
): string {
  const base = Math.min(intervalOf(hintSec, config), config.maxBackoffSec);
  const backoff = Math.min(base * 2 ** Math.max(0, errors - 1), config.maxBackoffSec);
  const asked = retryAfter === null ? 0 : Math.min(retryAfter, config.maxBackoffSec);
  return at(now, Math.max(backoff, asked));
}

/** When an item's page is tried again after its `attempts`-th failure. */
export function pageRetryAt(now: Date, attempts: number, config: ScheduleConfig): string {
  return at(now, Math.min(config.pageRetrySec * 2 ** Math.max(0, attempts - 1), config.maxBackoffSec));
}

/** Milliseconds until the first subscription falls due, at most `capSec`; 0 when one is due. */
export function untilNextDue(subs: readonly Subscription[], now: Date, capSec: number): number {
  let wait = capSec * 1000;
  for (const s of subs) {
    const due = s.nextPollAt === null ? 0 : Date.parse(s.nextPollAt) - now.getTime();
    wait = Math.min(wait, Math.max(0, due));
  }
  return wait;
}
