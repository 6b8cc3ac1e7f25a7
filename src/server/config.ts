import { z } from 'zod';

/** What one client may cost the server: request bodies and concurrent pipeline runs. */
export const serverConfig = z
  .object({
    /**
     * Requests running the pipeline at once, per route (POST /api/ingest, POST /api/analyze).
     * Past it a request is refused with 429 and Retry-After instead of queueing without bound.
     */
    maxConcurrentIngests: z.number().int().positive().default(2),
    /** Seconds a refused client is told to wait (Retry-After). */
    retryAfterSeconds: z.number().int().positive().default(2),
    /** A request body not received whole within this many milliseconds is refused with 408. */
    bodyTimeoutMs: z.number().int().positive().default(10_000),
  })
  .prefault({});
export type ServerConfig = z.infer<typeof serverConfig>;
