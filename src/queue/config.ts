// The job queue's names and defaults, in one place. The queue lives in the workspace's own
// PostgreSQL: pg-boss keeps its jobs in its own schema, newsfuse keeps the articles waiting for
// placement and the stage timings in another; neither touches the workspace's tables.

/** pg-boss's schema (its job and queue tables). */
export const BOSS_SCHEMA = 'newsfuse_jobs';
/** newsfuse's own queue tables (pending placement, stage timings, the enqueue sequence). */
export const QUEUE_SCHEMA = 'newsfuse_queue';
/** Stage 1: one document → cleaned, analysed, waiting for placement. */
export const ANALYZE_QUEUE = 'analyze';
/** Where documents go once their retries are spent. */
export const DEAD_QUEUE = 'analyze-dead';

/** Advisory lock keys (namespace shared with the store's, keys of their own). */
export const QUEUE_LOCK = { namespace: 0x4e467773, enqueue: 11, place: 12, schema: 13 } as const;

export interface QueueOptions {
  /** Stage-1 jobs a worker process runs at once. */
  concurrency: number;
  /** A job held longer than this (its worker died or hung) is failed and retried by another. */
  jobTimeoutSeconds: number;
  /** Attempts after the first before a document goes to the dead letter. */
  retryLimit: number;
  /** Seconds before the first retry; doubled each time (with jitter). */
  retryDelaySeconds: number;
  /** Articles placed per commit by the placement consumer. */
  placeChunk: number;
}

export const QUEUE_DEFAULTS: QueueOptions = {
  concurrency: 2,
  jobTimeoutSeconds: 300,
  retryLimit: 3,
  retryDelaySeconds: 2,
  placeChunk: 500,
};

/** `30s`, `5m`, `1h` or a number of seconds → seconds; null when it is none of those. */
export function parseDuration(text: string): number | null {
  const m = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h)?$/.exec(text.trim());
  if (!m) return null;
  const unit = { ms: 0.001, s: 1, m: 60, h: 3600 }[(m[2] ?? 's') as 'ms' | 's' | 'm' | 'h'];
  const seconds = Math.round(Number(m[1]) * unit);
  return seconds >= 1 ? seconds : null;
}

export const isPostgresUrl = (target: string): boolean => /^postgres(ql)?:\/\//.test(target);
