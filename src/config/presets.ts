// Named presets: starting points a user picks with `--preset`. Apart from the schemas, so that
// telling whether a run asked for anything but the defaults loads no schema.
import type { ConfigInput } from './index.js';

export const PRESETS: Record<string, ConfigInput> = {
  default: {},
  fast: { ingest: { timeoutMs: 10_000 } },
  thorough: { ingest: { timeoutMs: 120_000 } },
};
