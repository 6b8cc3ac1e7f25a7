// The workspace store: `newsfuse ingest` adds to it, `newsfuse brief` reads it. A postgres:// URL
// opens the shared PostgreSQL store; anything else is the path of a SQLite file.
import { STAGE_DEFAULTS } from '../config/defaults.js';
import type { Workspace } from '../types/store.js';
import type { StoreConfig, StoreOptions } from './config.js';
import { openSqliteWorkspace } from './sqlite.js';

export type { StoreConfig, StoreOptions } from './config.js';
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

const isPlainObject = (v: unknown): v is object => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The store settings, validated. Settings that are the defaults (as every run without a
 * configuration file passes them) are known valid, so opening a workspace to read it does not
 * load zod and the schema.
 */
async function storeSettings(opts: StoreOptions | undefined): Promise<StoreConfig> {
  const defaults: Record<string, unknown> = STAGE_DEFAULTS.store;
  const isDefault = ([key, value]: [string, unknown]) => value === undefined || value === defaults[key];
  if (opts === undefined || (isPlainObject(opts) && Object.entries(opts).every(isDefault)))
    return { ...STAGE_DEFAULTS.store };
  return (await import('./config.js')).storeOptions(opts);
}

export async function openWorkspace(target: string, opts?: StoreOptions): Promise<Workspace> {
  const settings = await storeSettings(opts);
  return isPostgresTarget(target)
    ? openPostgresWorkspace(target, settings)
    : openSqliteWorkspace(target, settings);
}
