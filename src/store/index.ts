// The workspace store: `newsfuse ingest` adds to it, `newsfuse brief` reads it. A postgres:// URL
// opens the shared PostgreSQL store; anything else is the path of a SQLite file.
import type { Workspace } from '../types/store.js';
import type { StoreOptions } from './config.js';
import { openSqliteWorkspace } from './sqlite.js';

export { type StoreConfig, type StoreOptions, storeConfig } from './config.js';
export { isStoreError, SetupError, StoreError, type StoreErrorCode } from './errors.js';
export { PG_SCHEMA_VERSION } from './migrations/postgres.js';
export { SQLITE_SCHEMA_VERSION } from './migrations/sqlite.js';
export { openSqliteWorkspace } from './sqlite.js';
export { type SqliteLoader, setSqliteLoader } from './sqlite-binding.js';

/** True for targets that name a PostgreSQL database rather than a file. */
export function isPostgresTarget(target: string): boolean {
  return /^postgres(ql)?:\/\//i.test(target);
}

/** Loaded on first use, so runs on a SQLite file never load the PostgreSQL driver. */
export async function openPostgresWorkspace(url: string, opts?: StoreOptions): Promise<Workspace> {
  return (await import('./postgres.js')).openPostgresWorkspace(url, opts);
}

export async function openWorkspace(target: string, opts?: StoreOptions): Promise<Workspace> {
  return isPostgresTarget(target) ? openPostgresWorkspace(target, opts) : openSqliteWorkspace(target, opts);
}
