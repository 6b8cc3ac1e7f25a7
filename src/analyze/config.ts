import { z } from 'zod';

/** Settings of the analyze stage. */
export const analyzeConfig = z.object({}).prefault({});
export type AnalyzeConfig = z.infer<typeof analyzeConfig>;
