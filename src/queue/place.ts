// The placement consumer: placing articles into stories depends on their order, so one process at a
// time does it, whichever worker holds a PostgreSQL advisory lock (a session lock: a worker that dies
// drops it with its connection). It drains the pending articles in enqueue order, but only those
// below the lowest stage-1 job still waiting or running: a later article never overtakes an earlier
// one, so the order is the enqueue order however the workers interleave. Each chunk goes through the
// same placement and commit as a single `ingest` (placeAnalyzed); its pending rows are deleted after
// the commit, and articles already stored (a consumer died between the two) are dropped unplaced,
// as are those over the per-document time limit in the copy check (named, with the reason).

import { DocumentTimes } from '../ingest/deadline.js';
import { unpackArticle } from '../store/codec.js';
import { checkOut } from '../store/postgres-open.js';
import type { AnalyzedArticle } from '../types/article.js';
import type { Context } from '../types/stages.js';
import type { Workspace } from '../types/store.js';
import { type BatchLimit, cutter, type Held, loadWindow, placeAnalyzed } from '../workspace/index.js';
import type { QueueDb } from './boss.js';
import { ANALYZE_QUEUE, BOSS_SCHEMA, QUEUE_LOCK, QUEUE_SCHEMA } from './config.js';
import type { StageTimer } from './stats.js';

export interface DrainResult {
  /** False when another worker holds the placement lock. */
  locked: boolean;
  placed: number;
  dropped: number;
}

/** The lowest sequence number of a stage-1 job not finished yet (null: none). */
async function barrier(q: QueueDb): Promise<number | null> {
  const client = await checkOut(q.pool);
  try {
    await client.query('BEGIN');
    // Waits for enqueuers under way: their numbers are all visible once they commit.
    await client.query('SELECT pg_advisory_xact_lock($1, $2)', [QUEUE_LOCK.namespace, QUEUE_LOCK.enqueue]);
    const { rows } = await client.query<{ seq: string | null }>(
      `SELECT MIN((data->>'seq')::bigint) AS seq FROM ${BOSS_SCHEMA}.job
       WHERE name = $1 AND state < 'completed'`,
      [ANALYZE_QUEUE],
    );
    await client.query('COMMIT');
    return rows[0]?.seq == null ? null : Number(rows[0].seq);
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
}

async function readyChunk(q: QueueDb, limit: number): Promise<{ id: string; article: string }[]> {
  const below = await barrier(q);
  const { rows } = await q.pool.query<{ id: string; article: string }>(
    `SELECT id, article FROM ${QUEUE_SCHEMA}.pending WHERE ($1::bigint IS NULL OR seq < $1)
     ORDER BY seq, id LIMIT $2`,
    [below, limit],
  );
  return rows;
}

/** Places what is ready, chunk by chunk, while holding the lock; `stop` ends it between chunks. */
export async function drainPending(
  ws: Workspace,
  q: QueueDb,
  ctx: Context,
  opts: { chunk: number; timer: StageTimer; stop?: () => boolean },
): Promise<DrainResult> {
  const result: DrainResult = { locked: false, placed: 0, dropped: 0 };
  const lock = await checkOut(q.pool);
  try {
    const { rows } = await lock.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1, $2) AS ok', [
      QUEUE_LOCK.namespace,
      QUEUE_LOCK.place,
    ]);
    if (!rows[0]?.ok) return result;
    result.locked = true;
    try {
      let held: Held | undefined;
      while (!opts.stop?.()) {
        const rows = await readyChunk(q, opts.chunk);
        if (!rows.length) break;
        held ??= await loadWindow(ws, ctx.config.cluster);
        const n = await placeChunk(rows, ws, held, ctx, opts.timer);
        result.placed += n;
        result.dropped += rows.length - n;
        await q.pool.query(`DELETE FROM ${QUEUE_SCHEMA}.pending WHERE id = ANY($1)`, [rows.map((r) => r.id)]);
        await opts.timer.flush(q.pool);
      }
    } finally {
      await lock.query('SELECT pg_advisory_unlock($1, $2)', [QUEUE_LOCK.namespace, QUEUE_LOCK.place]);
    }
  } finally {
    lock.release();
  }
  return result;
}

async function placeChunk(
  rows: { id: string; article: string }[],
  ws: Workspace,
  held: Held,
  ctx: Context,
  timer: StageTimer,
): Promise<number> {
  const stored = await ws.hasArticles(rows.map((r) => r.id));
  const fresh = rows.filter((r) => !stored.has(r.id)).map((r) => unpackArticle<AnalyzedArticle>(r.article));
  if (!fresh.length) return 0;
  const summary = {
    added: 0,
    alreadyStored: 0,
    timings: { clean: 0, analyze: 0, copies: 0, placement: 0, briefs: 0, commit: 0 },
  };
  const t = performance.now();
  // The per-document limit over what this consumer does with each article (the copy check and
  // placement, from zero: its analysis was bounded by the job's own expiry) and over each briefing.
  const limit: BatchLimit = {
    times: new DocumentTimes(ctx.config.ingest.timeoutMs),
    skip: (input, reason) => ctx.reporter.skipped(input, reason),
    cut: cutter(ctx, {}),
  };
  await placeAnalyzed(fresh, ws, held, ctx, undefined, summary, undefined, limit);
  timer.add('place', summary.added, performance.now() - t);
  for (const stage of ['copies', 'placement', 'briefs', 'commit'] as const)
    timer.add(`place.${stage}`, summary.added, summary.timings[stage]);
  return summary.added;
}
