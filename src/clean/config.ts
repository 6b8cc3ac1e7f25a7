import { z } from 'zod';

/** Settings of the clean stage. */
export const cleanConfig = z.object({}).prefault({});
export type CleanConfig = z.infer<typeof cleanConfig>;
