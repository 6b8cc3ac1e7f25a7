import { z } from 'zod';

/** Limits of the workspace store; both back ends read the same section. */
export const storeConfig = z
  .object({
    /** How long SQLite waits for another writer before giving up (milliseconds). */
    busyTimeoutMs: z.number().int().min(0).default(10_000),
    /** SQLite page cache per connection, in KiB (negative PRAGMA cache_size). */
    cacheKib: z
      .number()
      .int()
      .positive()
      .default(32 * 1024),
    /** Connections one PostgreSQL workspace keeps open. */
    poolSize: z.number().int().positive().default(4),
    /** Time allowed to connect to PostgreSQL (milliseconds). */
    connectTimeoutMs: z.number().int().positive().default(10_000),
    /**
     * How long a write is tried again after a PostgreSQL workspace lost its connection (the server
     * restarted) before the run gives up with the error (milliseconds; 0 = not tried again).
     */
    reconnectForMs: z.number().int().min(0).default(30_000),
    /** Longest single PostgreSQL statement (milliseconds; 0 = no limit). */
    statementTimeoutMs: z.number().int().min(0).default(120_000),
  })
  .prefault({});
export type StoreConfig = z.infer<typeof storeConfig>;
export type StoreOptions = z.input<typeof storeConfig>;

/** Options as given (possibly partial) → validated options with defaults. */
export function storeOptions(opts: StoreOptions | undefined): StoreConfig {
  return storeConfig.parse(opts ?? {});
}
