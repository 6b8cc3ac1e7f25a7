import { z } from 'zod';

/** Explicit limits on what one input may cost; each has a CLI flag. */
export const ingestConfig = z
  .object({
    /** Largest input file or fetched body, in bytes. */
    maxBytes: z.number().int().positive().default(50 * 1024 * 1024),
    /** Largest decompressed size of one gzip member or stream, in bytes. */
    maxDecompressedBytes: z.number().int().positive().default(200 * 1024 * 1024),
    /** Deepest nesting of HTML/XML/JSON accepted. */
    maxDepth: z.number().int().positive().default(512),
    /** Time allowed per document (milliseconds). */
    timeoutMs: z.number().int().positive().default(30_000),
    /** Allow fetching loopback, link-local and private addresses. */
    allowPrivateNetwork: z.boolean().default(false),
    /** Redirects followed when fetching a URL. */
    maxRedirects: z.number().int().min(0).default(5),
  })
  .prefault({});
export type IngestConfig = z.infer<typeof ingestConfig>;
