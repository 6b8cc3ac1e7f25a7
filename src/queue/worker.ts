// `newsfuse worker`: takes stage-1 jobs (`concurrency` at once) until stopped, and between them
// tries to become the placement consumer. Stopping (the signal is the caller's) lets each job under
// way finish and be marked, and the placement chunk under way commit; then the process exits 0.
import type PgBoss from 'pg-boss';
import { openWorkspace } from '../store/index.js';
import { checkOut } from '../store/postgres-open.js';
import type { Context } from '../types/stages.js';
import type { Workspace } from '../types/store.js';
import { upgradeWorkspace } from '../workspace/index.js';
import { openQueue, type QueueDb } from './boss.js';
import { ANALYZE_QUEUE, BOSS_SCHEMA, type QueueOptions } from './config.js';
import type { AnalyzeJob } from './enqueue.js';
import { drainPending } from './place.js';
import { runAnalyzeJob } from './stage.js';
import { StageTimer } from './stats.js';

export interface WorkerSummary {
  jobs: number;
  failed: number;
  placed: number;
}

export interface WorkerHooks {
  /** Resolves when the worker should stop (SIGTERM, SIGINT). */
  stopped: Promise<void>;
  log?: (line: string) => void;
  /** A line for each job taken and each job ended (`worker --log-jobs`). */
  trace?: (line: string) => void;
}

const sleep = (ms: number, stopped: Promise<void>) =>
  Promise.race([new Promise<void>((r) => setTimeout(r, ms).unref()), stopped]);

/** Expiry is checked this often, so a dead worker's job is free again within the timeout. */
export const maintenanceSeconds = (timeout: number) => Math.max(1, Math.min(60, Math.floor(timeout / 5)));

export async function runWorker(
  url: string,
  ctx: Context,
  opts: Pick<QueueOptions, 'concurrency' | 'jobTimeoutSeconds' | 'placeChunk'>,
  hooks: WorkerHooks,
): Promise<WorkerSummary> {
  const ws = await openWorkspace(url, ctx.config.store);
  let q: QueueDb | undefined;
  try {
    await upgradeWorkspace(ws, ctx);
    const maint = maintenanceSeconds(opts.jobTimeoutSeconds);
    q = await openQueue(url, { maintenanceSeconds: maint, poolSize: opts.concurrency + 2 });
    return await work(
      ws,
      q,
      ctx,
      { ...opts, expireSeconds: Math.max(1, opts.jobTimeoutSeconds - maint - 1) },
      hooks,
    );
  } finally {
    await q?.close();
    await ws.close();
  }
}

async function work(
  ws: Workspace,
  q: QueueDb,
  ctx: Context,
  opts: Pick<QueueOptions, 'concurrency' | 'placeChunk'> & { expireSeconds: number },
  hooks: WorkerHooks,
): Promise<WorkerSummary> {
  let stopping = false;
  hooks.stopped.then(() => {
    stopping = true;
  });
  const timer = new StageTimer();
  const summary: WorkerSummary = { jobs: 0, failed: 0, placed: 0 };
  const take = async () => {
    while (!stopping) {
      const done = await takeOne(ws, q, ctx, timer, opts.expireSeconds, hooks).catch((e: Error) => {
        hooks.log?.(`cannot take a job, trying again shortly: ${e.message}`);
        return 'none' as const;
      });
      if (done === 'none') await sleep(500, hooks.stopped);
      else if (done === 'failed') summary.failed++;
      else summary.jobs++;
    }
  };
  const place = async () => {
    while (!stopping) {
      try {
        const r = await drainPending(ws, q, ctx, { chunk: opts.placeChunk, timer, stop: () => stopping });
        summary.placed += r.placed;
        await timer.flush(q.pool);
      } catch (e) {
        hooks.log?.(`placement failed, retried shortly: ${(e as Error).message}`);
      }
      await sleep(1000, hooks.stopped);
    }
  };
  await Promise.all([...Array.from({ length: opts.concurrency }, take), place()]);
  await timer.flush(q.pool);
  return summary;
}

/**
 * Takes one job and gives it this worker's timeout (not the one it was enqueued with) in one
 * transaction: a worker that dies in between leaves the job untaken, never held for the default.
 */
async function fetchJob(q: QueueDb, expireSeconds: number): Promise<PgBoss.Job<AnalyzeJob> | undefined> {
  const client = await checkOut(q.pool);
  try {
    await client.query('BEGIN');
    const db = { executeSql: (text: string, values: unknown[]) => client.query(text, values) };
    const [job] = await q.boss.fetch<AnalyzeJob>(ANALYZE_QUEUE, { batchSize: 1, db });
    if (job)
      await client.query(
        `UPDATE ${BOSS_SCHEMA}.job SET expire_in = $3 * interval '1 second' WHERE name = $1 AND id = $2`,
        [ANALYZE_QUEUE, job.id, expireSeconds],
      );
    await client.query('COMMIT');
    return job;
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
}

async function takeOne(
  ws: Workspace,
  q: QueueDb,
  ctx: Context,
  timer: StageTimer,
  expireSeconds: number,
  hooks: WorkerHooks,
): Promise<'none' | 'done' | 'failed'> {
  const job = await fetchJob(q, expireSeconds);
  if (!job) return 'none';
  hooks.trace?.(`took job ${job.id} (${job.data.doc.input})`);
  try {
    const outcome = await runAnalyzeJob(job.data, ws, q, ctx, timer);
    if (outcome.status === 'rejected') {
      await q.boss.fail(ANALYZE_QUEUE, job.id, { reason: outcome.reason, input: job.data.doc.input });
      hooks.trace?.(`ended job ${job.id}: rejected, ${outcome.reason}`);
      return 'failed';
    }
    await q.boss.complete(ANALYZE_QUEUE, job.id);
    hooks.trace?.(`ended job ${job.id}: done`);
    return 'done';
  } catch (e) {
    const reason = (e as Error).message ?? String(e);
    hooks.log?.(`job for ${job.data.doc.input} failed: ${reason}`);
    await q.boss.fail(ANALYZE_QUEUE, job.id, { reason, input: job.data.doc.input }).catch(() => undefined);
    hooks.trace?.(`ended job ${job.id}: failed`);
    return 'failed';
  }
}
