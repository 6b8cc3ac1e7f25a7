import { z } from 'zod';

/** Settings of the dedup stage. */
export const dedupConfig = z.object({}).prefault({});
export type DedupConfig = z.infer<typeof dedupConfig>;
