import type { Context } from '../types/stages.js';

/** What a suite reports: our metrics, and peers' figures (published anchors or run live). */
export interface SuiteResult {
  /** Our figures, 0–1 for rates (printed as such), counts and speeds as plain numbers. */
  metrics: Record<string, number>;
  /** Anchors and peers: system name → metric name → value, comparable to `metrics`. */
  peers: Record<string, Record<string, number>>;
  /** One-line remarks printed under the table (what was measured, how many items). */
  notes?: string[];
}

/**
 * A labelled set and how newsfuse is scored on it. Each suite lives in `src/eval/suites/<name>.ts`
 * (default export) and pins its floors in `baselines/<name>.json` (`{"floors": {metric: min}}`).
 */
export interface Suite {
  name: string;
  description: string;
  /** The folder under the eval data directory this suite reads, e.g. `extraction`. */
  dataPath: string;
  run(dataDir: string, ctx: Context): Promise<SuiteResult>;
}
