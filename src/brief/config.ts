import { z } from 'zod';

/** Settings of the brief stage. */
export const briefConfig = z.object({}).prefault({});
export type BriefConfig = z.infer<typeof briefConfig>;
