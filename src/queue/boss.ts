// The queue's two connections to PostgreSQL: pg-boss (jobs: fetch, complete, fail, retries with
// backoff, expiry of jobs held too long, the dead letter) and a small pool for newsfuse's own queue
// tables. Both are opened together and closed together.

import pg from 'pg';
import PgBoss from 'pg-boss';
import { pgError } from '../store/postgres-open.js';
import { ANALYZE_QUEUE, BOSS_SCHEMA, DEAD_QUEUE, QUEUE_DEFAULTS } from './config.js';
import { ensureQueueTables } from './schema.js';

export interface QueueDb {
  boss: PgBoss;
  pool: pg.Pool;
  close(): Promise<void>;
}

/** The URL without its password, for messages. */
export function safeTarget(url: string): string {
  try {
    const u = new URL(url);
    u.password = '';
    return u.toString();
  } catch {
    return 'the PostgreSQL URL';
  }
}

export interface OpenOptions {
  /** How often expired jobs are looked for (only one process does it per interval). */
  maintenanceSeconds?: number;
  /** Connections pg-boss may hold. */
  poolSize?: number;
}

export async function openQueue(url: string, opts: OpenOptions = {}): Promise<QueueDb> {
  const target = safeTarget(url);
  const pool = new pg.Pool({
    connectionString: url,
    max: (opts.poolSize ?? 4) + 2,
    application_name: 'newsfuse-queue',
  });
  pool.on('error', () => undefined);
  const boss = new PgBoss({
    connectionString: url,
    schema: BOSS_SCHEMA,
    max: opts.poolSize ?? 4,
    application_name: 'newsfuse-jobs',
    schedule: false,
    supervise: opts.maintenanceSeconds !== undefined,
    maintenanceIntervalSeconds: opts.maintenanceSeconds ?? 60,
  });
  // pg-boss reports background errors (a dropped connection) as events: logged by the caller's
  // next query, never a crash.
  boss.on('error', () => undefined);
  try {
    await ensureQueueTables(pool);
    await boss.start();
    await boss.createQueue(DEAD_QUEUE, { name: DEAD_QUEUE, retentionMinutes: 60 * 24 * 30 });
    await boss.createQueue(ANALYZE_QUEUE, {
      name: ANALYZE_QUEUE,
      retryLimit: QUEUE_DEFAULTS.retryLimit,
      retryDelay: QUEUE_DEFAULTS.retryDelaySeconds,
      retryBackoff: true,
      expireInSeconds: QUEUE_DEFAULTS.jobTimeoutSeconds,
      deadLetter: DEAD_QUEUE,
    });
  } catch (e) {
    await boss.stop({ graceful: false }).catch(() => undefined);
    await pool.end().catch(() => undefined);
    throw pgError(e, target);
  }
  let closed = false;
  return {
    boss,
    pool,
    close: async () => {
      if (closed) return;
      closed = true;
      await boss.stop({ graceful: false, wait: true });
      await pool.end();
    },
  };
}
