import { z } from 'zod';

/** Settings of the cluster stage. */
export const clusterConfig = z.object({}).prefault({});
export type ClusterConfig = z.infer<typeof clusterConfig>;
