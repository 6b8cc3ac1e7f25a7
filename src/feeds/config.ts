import { z } from 'zod';

/** How subscriptions are polled (`newsfuse watch`, `serve --watch`). Durations in seconds. */
export const feedsConfig = z
  .object({
    /** Between two polls of a feed that is doing well. `--interval` */
    intervalSec: z
      .number()
      .int()
      .positive()
      .default(30 * 60),
    /** Never poll a feed more often than this, whatever it or the user asks. */
    minIntervalSec: z.number().int().positive().default(60),
    /** Never wait longer than this between polls of a feed (its `ttl` included). */
    maxIntervalSec: z
      .number()
      .int()
      .positive()
      .default(24 * 3600),
    /** Longest back-off after failures in a row, and longest `Retry-After` honoured. */
    maxBackoffSec: z
      .number()
      .int()
      .positive()
      .default(24 * 3600),
    /** Requests in flight at once (never more than one per host). */
    concurrency: z.number().int().min(1).max(64).default(4),
    /** Fetch the page of an item that carries only a summary, and read the article there. */
    fetchArticles: z.boolean().default(true),
    /** First wait before a failed page fetch is tried again; doubles with each failure. */
    pageRetrySec: z
      .number()
      .int()
      .positive()
      .default(15 * 60),
    /** Page fetches tried per item before its summary is kept for good. */
    maxPageAttempts: z.number().int().positive().default(5),
  })
  .prefault({});
export type FeedsConfig = z.infer<typeof feedsConfig>;
