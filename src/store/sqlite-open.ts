// Opening a SQLite workspace: 1. open the file, 2. tell a newsfuse workspace (or an empty file) from
// anything else, 3. set the connection's pragmas, 4. apply pending migrations in one transaction.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type Database from 'better-sqlite3';
import type { StoreConfig } from './config.js';
import { StoreError } from './errors.js';
import { pendingMigrations } from './migrations/index.js';
import { SQLITE_MIGRATIONS, SQLITE_SCHEMA_VERSION } from './migrations/sqlite.js';
import { sqliteDriver } from './sqlite-binding.js';

/** PRAGMA application_id of a newsfuse workspace ("NFws"): marks the file as ours. */
export const NEWSFUSE_APPLICATION_ID = 0x4e467773;

/**
 * The page size of a new workspace. Stored values (articles, engine rows, briefings) are mostly 1-3
 * KB deflated: a 4 KB page holds one of them and wastes the rest, an 8 KB page three.
 */
export const NEW_PAGE_SIZE = 8192;

type Db = Database.Database;

/** SQLite's own failures → the store's typed errors, naming the file; anything else is rethrown. */
export function sqliteError(e: unknown, path: string): unknown {
  const code = String((e as { code?: unknown }).code ?? '');
  const message = (e as Error).message ?? String(e);
  if (code === 'SQLITE_NOTADB')
    return new StoreError(
      'not-a-workspace',
      path,
      `${path} is not a newsfuse workspace: not an SQLite database`,
      {
        cause: e,
      },
    );
  if (code.startsWith('SQLITE_CORRUPT'))
    return new StoreError('corrupt', path, `${path} is damaged: ${message}`, { cause: e });
  if (code.startsWith('SQLITE_READONLY'))
    return new StoreError(
      'unreachable',
      path,
      `cannot write ${path}: it is read-only (${message}); nothing of this run was committed, make it writable and run again`,
      { cause: e },
    );
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_PERM'))
    return new StoreError('unreachable', path, `cannot open ${path}: ${message}`, { cause: e });
  if (code.startsWith('SQLITE_BUSY'))
    return new StoreError('unreachable', path, `${path} stayed locked by another writer: ${message}`, {
      cause: e,
    });
  // A full disk shows as SQLITE_FULL, or as a write error when a file-size limit stops the write.
  if (code === 'SQLITE_FULL' || code.startsWith('SQLITE_IOERR'))
    return new StoreError(
      'unreachable',
      path,
      `cannot write ${path}: ${message} (${code}: disk full, over a file-size limit or failing); the batch being written was not committed, run the same command again once there is room`,
      { cause: e },
    );
  return e;
}

function userTables(db: Db): string[] {
  const rows = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .all();
  return (rows as { name: string }[]).map((r) => r.name);
}

/** Throws unless the file is empty or a newsfuse workspace this build can read. */
function identify(db: Db, path: string): number {
  const appId = db.pragma('application_id', { simple: true }) as number;
  const version = db.pragma('user_version', { simple: true }) as number;
  if (appId !== NEWSFUSE_APPLICATION_ID) {
    const tables = userTables(db);
    if (appId === 0 && tables.length === 0) return 0;
    const found = tables.length ? `tables ${tables.slice(0, 5).join(', ')}` : `application id ${appId}`;
    throw new StoreError(
      'not-a-workspace',
      path,
      `${path} is an SQLite database but not a newsfuse workspace (found ${found})`,
    );
  }
  if (version > SQLITE_SCHEMA_VERSION)
    throw new StoreError(
      'newer-schema',
      path,
      `${path} has workspace schema version ${version}, newer than this newsfuse knows (${SQLITE_SCHEMA_VERSION}): upgrade newsfuse to open it`,
    );
  return version;
}

function setPragmas(db: Db, config: StoreConfig): void {
  // WAL: readers never block the writer; NORMAL sync is safe in WAL (a crash may lose the last
  // commit on power loss, never consistency); foreign keys make deletion cascade to bands/relations.
  db.pragma(`busy_timeout = ${config.busyTimeoutMs}`);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma(`cache_size = -${config.cacheKib}`);
}

/** Applies pending steps; the version is re-read under the write lock in case another process won. */
function migrate(db: Db, path: string): void {
  db.transaction(() => {
    const current = identify(db, path);
    for (const m of pendingMigrations(SQLITE_MIGRATIONS, current)) {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    }
    db.pragma(`application_id = ${NEWSFUSE_APPLICATION_ID}`);
  }).immediate();
}

export function openSqliteDatabase(path: string, config: StoreConfig): Db {
  const dir = dirname(resolve(path));
  if (!existsSync(dir))
    throw new StoreError('unreachable', path, `cannot open ${path}: folder ${dir} does not exist`);
  // Before the file is touched: a binding that cannot load is a set-up fault, not the workspace's.
  const Driver = sqliteDriver();
  let db: Db | undefined;
  try {
    db = new Driver(path, { timeout: config.busyTimeoutMs });
    // Identify before any pragma writes: a foreign file must be left exactly as it was.
    const version = identify(db, path);
    // Only a file with no pages yet takes a page size (an existing one keeps its own).
    if (version === 0) db.pragma(`page_size = ${NEW_PAGE_SIZE}`);
    setPragmas(db, config);
    if (version < SQLITE_SCHEMA_VERSION) migrate(db, path);
    return db;
  } catch (e) {
    db?.close();
    throw sqliteError(e, path);
  }
}
