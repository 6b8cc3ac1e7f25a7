// Opening a PostgreSQL workspace: 1. connect, 2. under an advisory lock (several workers may start
// at once), tell a newsfuse database (or an empty one) from anything else, 3. apply pending
// migrations and record each in the version table, all in one transaction.
import pg from 'pg';
import type { StoreConfig } from './config.js';
import { StoreError } from './errors.js';
import { pendingMigrations } from './migrations/index.js';
import { PG_MIGRATIONS, PG_SCHEMA_VERSION, PG_VERSION_TABLE } from './migrations/postgres.js';

/** Advisory lock keys: one namespace for newsfuse, one key per purpose. */
export const PG_LOCK = { namespace: 0x4e467773, migrate: 1, commit: 2 } as const;

const CONNECT_CODES = /^(ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH)$/;
// Invalid authorization (28xxx), unknown database (3D000), server starting or full (57P03, 53300).
const LOGIN_STATES = /^(28...|3D000|57P03|53300|42501)$/;

// The session ended under it: an administrator's or a crash shutdown, the server (re)starting (57P0x),
// any connection exception (08xxx).
const LOST_STATES = /^(57P01|57P02|57P03|08...)$/;

/** True when an error means the connection went away (worth trying again), not a refusal to log in. */
function connectionLost(code: string, message: string): boolean {
  return (
    /^(ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT)$/.test(code) ||
    LOST_STATES.test(code) ||
    /Connection terminated|Client has encountered a connection error|timeout exceeded when trying to connect/.test(
      message,
    )
  );
}

/**
 * Connection and login failures → typed errors naming the (password-free) URL; bugs rethrown. Once a
 * workspace is open (`opened`), a lost connection is `connection-lost`: the work may be tried again.
 */
export function pgError(e: unknown, target: string, opened = false): unknown {
  if (e instanceof StoreError) return e;
  const code = String((e as { code?: unknown }).code ?? '');
  const message = (e as Error).message ?? String(e);
  if (opened && connectionLost(code, message))
    return new StoreError(
      'connection-lost',
      target,
      `lost its connection to PostgreSQL at ${target}: ${message || code}`,
      { cause: e },
    );
  if (
    CONNECT_CODES.test(code) ||
    LOGIN_STATES.test(code) ||
    LOST_STATES.test(code) ||
    /timeout exceeded when trying to connect|Connection terminated/.test(message)
  )
    return new StoreError('unreachable', target, `cannot use PostgreSQL at ${target}: ${message || code}`, {
      cause: e,
    });
  return e;
}

/**
 * A connection checked out of the pool reports a dropped socket as an 'error' event as well as by
 * failing its query; with no listener that event would end the process. The query's failure is what
 * the caller handles, so the event is only kept from escaping while the connection is held.
 */
export async function checkOut(pool: pg.Pool): Promise<pg.PoolClient> {
  const client = await pool.connect();
  const ignore = () => undefined;
  client.on('error', ignore);
  const release = client.release.bind(client);
  client.release = (err?: Error | boolean) => {
    client.off('error', ignore);
    return release(err);
  };
  return client;
}

async function identify(client: pg.PoolClient, target: string): Promise<number> {
  const found = await client.query<{ version: string | null; articles: string | null }>(
    `SELECT to_regclass($1) AS version, to_regclass('articles') AS articles`,
    [PG_VERSION_TABLE],
  );
  const row = found.rows[0]!;
  if (!row.version) {
    if (row.articles)
      throw new StoreError(
        'not-a-workspace',
        target,
        `${target} is not a newsfuse workspace: it has an "articles" table that newsfuse did not create`,
      );
    return 0;
  }
  const v = await client.query<{ v: number }>(
    `SELECT COALESCE(MAX(version), 0)::int AS v FROM ${PG_VERSION_TABLE}`,
  );
  const version = v.rows[0]!.v;
  if (version > PG_SCHEMA_VERSION)
    throw new StoreError(
      'newer-schema',
      target,
      `${target} has workspace schema version ${version}, newer than this newsfuse knows (${PG_SCHEMA_VERSION}): upgrade newsfuse to open it`,
    );
  return version;
}

async function migrate(client: pg.PoolClient, target: string): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1, $2)', [PG_LOCK.namespace, PG_LOCK.migrate]);
    // A migration rewrites whole tables (schema 4: every band key), longer than one statement's limit.
    await client.query('SET LOCAL statement_timeout = 0');
    const current = await identify(client, target);
    await client.query(
      `CREATE TABLE IF NOT EXISTS ${PG_VERSION_TABLE} (version integer PRIMARY KEY, name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now())`,
    );
    for (const m of pendingMigrations(PG_MIGRATIONS, current)) {
      await client.query(m.sql);
      await client.query(`INSERT INTO ${PG_VERSION_TABLE} (version, name) VALUES ($1, $2)`, [
        m.version,
        m.name,
      ]);
    }
    await client.query('COMMIT');
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  }
}

export async function openPgPool(url: string, target: string, config: StoreConfig): Promise<pg.Pool> {
  const pool = new pg.Pool({
    connectionString: url,
    max: config.poolSize,
    connectionTimeoutMillis: config.connectTimeoutMs,
    statement_timeout: config.statementTimeoutMs || undefined,
    application_name: 'newsfuse',
  });
  // An idle connection dropped by the server must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  try {
    const client = await checkOut(pool);
    try {
      await migrate(client, target);
    } finally {
      client.release();
    }
    return pool;
  } catch (e) {
    await pool.end().catch(() => undefined);
    throw pgError(e, target);
  }
}
