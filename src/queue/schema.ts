// newsfuse's queue tables, created on first use under an advisory lock (several workers may start
// at once). Articles waiting for placement are keyed by article id, so a stage-1 job run twice
// (its worker died after writing, before the job was marked done) writes nothing new.
import type pg from 'pg';
import { checkOut } from '../store/postgres-open.js';
import { QUEUE_LOCK, QUEUE_SCHEMA } from './config.js';

const S = QUEUE_SCHEMA;

export const QUEUE_DDL = `
CREATE SCHEMA IF NOT EXISTS ${S};
CREATE SEQUENCE IF NOT EXISTS ${S}.enqueue_seq;
CREATE TABLE IF NOT EXISTS ${S}.pending (
  id text PRIMARY KEY,
  seq bigint NOT NULL,
  input text NOT NULL,
  article text NOT NULL,
  added_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS pending_seq ON ${S}.pending (seq);
CREATE TABLE IF NOT EXISTS ${S}.stage_stats (
  stage text PRIMARY KEY,
  runs bigint NOT NULL DEFAULT 0,
  items bigint NOT NULL DEFAULT 0,
  ms double precision NOT NULL DEFAULT 0
);
`;

export async function ensureQueueTables(pool: pg.Pool): Promise<void> {
  const client = await checkOut(pool);
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1, $2)', [QUEUE_LOCK.namespace, QUEUE_LOCK.schema]);
    await client.query(QUEUE_DDL);
    await client.query('COMMIT');
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
}

/** Adds a stage's wall time (and the items it handled) to the shared timings. */
export async function recordStage(
  pool: pg.Pool,
  stage: string,
  items: number,
  ms: number,
  runs = 1,
): Promise<void> {
  await pool.query(
    `INSERT INTO ${S}.stage_stats (stage, runs, items, ms) VALUES ($1, $4, $2, $3)
     ON CONFLICT (stage) DO UPDATE SET runs = ${S}.stage_stats.runs + $4,
       items = ${S}.stage_stats.items + $2, ms = ${S}.stage_stats.ms + $3`,
    [stage, items, ms, runs],
  );
}
