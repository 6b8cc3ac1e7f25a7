// The queue's commands: `ingest --queue` (enqueue and return), `worker` (take jobs until stopped)
// and `jobs` (the queue's state and its dead letter). Only a PostgreSQL workspace has a queue: with
// a SQLite file the embedded path runs as before and none of this is started.
import pg from 'pg';
import { resolveConfig } from '../config/index.js';
import {
  enqueueInputs,
  isPostgresUrl,
  openQueue,
  QUEUE_DEFAULTS,
  type QueueStatus,
  queueStatus,
  runWorker,
  safeTarget,
} from '../queue/index.js';
import { pgError } from '../store/postgres-open.js';
import type { Context } from '../types/stages.js';
import type { CommonOptions } from './args.js';
import type { QueueCommand } from './args-queue.js';
import { EXIT, InputError, UsageError, WorkspaceError } from './errors.js';
import type { Io } from './output.js';
import { createReporter } from './reporter.js';

function context(common: CommonOptions, io: Io): Context {
  const config = resolveConfig({
    preset: common.preset,
    file: common.configFile,
    env: io.env,
    overrides: common.overrides,
  });
  return { config, now: new Date(), reporter: createReporter(io.stderr, { quiet: common.quiet }) };
}

function requirePostgres(db: string, what: string): void {
  if (!isPostgresUrl(db))
    throw new UsageError(
      `${what} needs a PostgreSQL workspace (--db postgres://…); ${db} is a SQLite file, which ingests in-process`,
    );
}

/** `ingest --queue`: enqueue and return. */
export async function runEnqueue(
  inputs: string[],
  db: string,
  common: CommonOptions,
  io: Io,
): Promise<number> {
  requirePostgres(db, '--queue');
  const ctx = context(common, io);
  const q = await openQueue(db);
  try {
    const r = await enqueueInputs(inputs, q, ctx);
    if (r.enqueued === 0 && r.skipped.length)
      throw new InputError(`nothing could be read from ${inputs.join(' ')}`);
    if (!common.quiet)
      io.stderr.write(
        `newsfuse: read ${r.read} documents: ${r.enqueued} queued, ${r.skipped.length} skipped; run: newsfuse worker --db …\n`,
      );
    return EXIT.ok;
  } finally {
    await q.close();
  }
}

export async function runQueueCommand(c: QueueCommand, io: Io): Promise<number> {
  requirePostgres(c.db, `newsfuse ${c.name}`);
  return c.name === 'worker' ? runWorkerCommand(c, io) : runJobs(c, io);
}

async function runWorkerCommand(c: Extract<QueueCommand, { name: 'worker' }>, io: Io): Promise<number> {
  const ctx = context(c.common, io);
  const log = (line: string) => {
    if (!c.common.quiet) io.stderr.write(`newsfuse worker: ${line}\n`);
  };
  const stopped = new Promise<void>((resolve) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolve());
  });
  stopped.then(() => log('stopping: finishing the jobs under way'));
  log(
    `working ${c.db.replace(/:[^:@/]*@/, '@')} (concurrency ${c.concurrency}, job timeout ${c.jobTimeoutSeconds}s)`,
  );
  const s = await runWorker(
    c.db,
    ctx,
    {
      concurrency: c.concurrency,
      jobTimeoutSeconds: c.jobTimeoutSeconds,
      placeChunk: QUEUE_DEFAULTS.placeChunk,
    },
    { stopped, log, trace: c.logJobs ? (line) => io.stderr.write(`newsfuse worker: ${line}\n`) : undefined },
  );
  log(`stopped: ${s.jobs} jobs done, ${s.failed} failed, ${s.placed} articles placed`);
  return EXIT.ok;
}

async function runJobs(c: Extract<QueueCommand, { name: 'jobs' }>, io: Io): Promise<number> {
  // A plain connection: looking must not install the queue in a workspace that never used one.
  const pool = new pg.Pool({ connectionString: c.db, max: 1, application_name: 'newsfuse-jobs' });
  pool.on('error', () => undefined);
  try {
    const s = await queueStatus(pool).catch((e) => {
      throw pgError(e, safeTarget(c.db));
    });
    if (!s)
      throw new WorkspaceError(
        `${safeTarget(c.db)} has no job queue yet; fill it with: newsfuse ingest <input…> --db … --queue`,
      );
    io.stdout.write(c.json ? `${JSON.stringify(s, null, 2)}\n` : formatStatus(s));
    return EXIT.ok;
  } finally {
    await pool.end();
  }
}

export function formatStatus(s: QueueStatus): string {
  const lines = [
    `queued ${s.queued}, running ${s.running}, done ${s.done}, failed ${s.failed}; ${s.pendingPlacement} analysed articles waiting for placement`,
    `rate: ${s.jobsPerSecond.toFixed(2)} jobs/s over the last minute; placement ${s.placementPerSecond === null ? '–' : `${s.placementPerSecond.toFixed(1)} articles/s`}`,
  ];
  for (const [stage, t] of Object.entries(s.stages))
    lines.push(`  ${stage.padEnd(16)} ${t.items} items, ${t.msPerItem.toFixed(1)} ms each`);
  if (s.dead.length) lines.push('dead letter:');
  for (const d of s.dead) lines.push(`  ${d.input}: ${d.reason}`);
  return `${lines.join('\n')}\n`;
}
