// The workspace store: `newsfuse ingest` adds to it, `newsfuse brief` reads it. A postgres:// URL
// opens the shared PostgreSQL store; anything else is the path of a SQLite file.
import type { Workspace } from '../types/store.js';
import type { StoreOptions } from './config.js';
import { openPostgresWorkspace } from './postgres.js';
import { openSqliteWorkspace } from './sqlite.js';

export { type StoreConfig, type StoreOptions, storeConfig } from './config.js';
export { isStoreError, StoreError, type StoreErrorCode } from './errors.js';
export { openPostgresWorkspace, PG_SCHEMA_VERSION } from './postgres.js';
export { openSqliteWorkspace, SQLITE_SCHEMA_VERSION } from './sqlite.js';

/** True for targets that name a PostgreSQL database rather than a file. */
export function isPostgresTarget(target: string): boolean {
  return /^postgres(ql)?:\/\//i.test(target);
}

export async function openWorkspace(target: string, opts?: StoreOptions): Promise<Workspace> {
  return isPostgresTarget(target) ? openPostgresWorkspace(target, opts) : openSqliteWorkspace(target, opts);
}
