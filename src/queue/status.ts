// What the queue is doing, for `newsfuse jobs` and the server's health route: jobs by state, the
// articles waiting for placement, the rate of the last minute, per-stage timings and the dead letter.
import type pg from 'pg';
import { ANALYZE_QUEUE, BOSS_SCHEMA, DEAD_QUEUE, QUEUE_SCHEMA } from './config.js';

export interface StageTiming {
  runs: number;
  items: number;
  ms: number;
  /** Mean milliseconds per item. */
  msPerItem: number;
}

export interface DeadJob {
  input: string;
  reason: string;
  failedAt: string;
}

export interface QueueStatus {
  /** Stage-1 jobs waiting (new or waiting out a retry's backoff). */
  queued: number;
  running: number;
  /** Documents in the dead letter (their retries spent). */
  failed: number;
  done: number;
  /** Analysed articles waiting for the placement consumer. */
  pendingPlacement: number;
  /** Stage-1 jobs completed per second over the last minute. */
  jobsPerSecond: number;
  /** Articles placed per second of placement work (the bound on the whole). */
  placementPerSecond: number | null;
  stages: Record<string, StageTiming>;
  dead: DeadJob[];
}

const JOBS = `(SELECT name, state, completed_on, data, output, created_on FROM ${BOSS_SCHEMA}.job
  UNION ALL SELECT name, state, completed_on, data, output, created_on FROM ${BOSS_SCHEMA}.archive)`;

/** Null when the queue was never used on this database. */
export async function queueStatus(
  pool: pg.Pool,
  opts: { deadLimit?: number } = {},
): Promise<QueueStatus | null> {
  const exists = await pool.query<{ t: string | null }>('SELECT to_regclass($1) AS t', [
    `${QUEUE_SCHEMA}.pending`,
  ]);
  const boss = await pool.query<{ t: string | null }>('SELECT to_regclass($1) AS t', [`${BOSS_SCHEMA}.job`]);
  if (!exists.rows[0]?.t || !boss.rows[0]?.t) return null;
  const states = await pool.query<{ state: string; n: string }>(
    `SELECT state, COUNT(*) AS n FROM ${JOBS} j WHERE name = $1 GROUP BY state`,
    [ANALYZE_QUEUE],
  );
  const by = new Map(states.rows.map((r) => [r.state, Number(r.n)]));
  const count = async (text: string, values: unknown[] = []) =>
    Number((await pool.query<{ n: string }>(text, values)).rows[0]?.n ?? 0);
  const recent = await count(
    `SELECT COUNT(*) AS n FROM ${BOSS_SCHEMA}.job WHERE name = $1 AND state = 'completed'
     AND completed_on > now() - interval '60 seconds'`,
    [ANALYZE_QUEUE],
  );
  const dead = await pool.query<{ input: string; reason: string; at: Date }>(
    `SELECT data->'doc'->>'input' AS input, COALESCE(output->>'reason', output->>'message', '') AS reason,
       created_on AS at FROM ${JOBS} j WHERE name = $1 ORDER BY created_on, input LIMIT $2`,
    [DEAD_QUEUE, opts.deadLimit ?? 1000],
  );
  const stages = await stageTimings(pool);
  const place = stages.place;
  return {
    queued: (by.get('created') ?? 0) + (by.get('retry') ?? 0),
    running: by.get('active') ?? 0,
    failed: await count(`SELECT COUNT(*) AS n FROM ${JOBS} j WHERE name = $1`, [DEAD_QUEUE]),
    done: by.get('completed') ?? 0,
    pendingPlacement: await count(`SELECT COUNT(*) AS n FROM ${QUEUE_SCHEMA}.pending`),
    jobsPerSecond: recent / 60,
    placementPerSecond: place && place.ms > 0 ? (place.items / place.ms) * 1000 : null,
    stages,
    dead: dead.rows.map((r) => ({
      input: r.input,
      reason: r.reason,
      failedAt: new Date(r.at).toISOString(),
    })),
  };
}

async function stageTimings(pool: pg.Pool): Promise<Record<string, StageTiming>> {
  const { rows } = await pool.query<{ stage: string; runs: string; items: string; ms: number }>(
    `SELECT stage, runs, items, ms FROM ${QUEUE_SCHEMA}.stage_stats ORDER BY stage`,
  );
  const out: Record<string, StageTiming> = {};
  for (const r of rows) {
    const items = Number(r.items);
    out[r.stage] = { runs: Number(r.runs), items, ms: r.ms, msPerItem: items ? r.ms / items : 0 };
  }
  return out;
}
