// The configuration of a run, without loading zod and every stage's schema when the run asks for
// nothing but the defaults (no file, a preset that sets nothing, no NEWSFUSE_<SECTION>_<KEY>
// variable, no flag): the defaults are known valid, and a read of the workspace should not spend
// a tenth of a second building schemas it never needs. Anything else goes through resolveConfig,
// which validates it and names the field and the value it refused.
import { HEAP_GROWTH_PERCENT, WORKER_YOUNG_GENERATION_MB } from '../parallel/heap.js';
import { defaultWorkers } from '../parallel/index.js';
import { STAGE_DEFAULTS } from './defaults.js';
import type { Config, ResolveOptions } from './index.js';
import { PRESETS } from './presets.js';

/** NEWSFUSE_<SECTION>_<KEY>=value, e.g. NEWSFUSE_INGEST_MAXBYTES=1000000. */
export const ENV_SETTING = /^NEWSFUSE_([A-Z]+)_([A-Z0-9_]+)$/;

const SECTIONS = new Set(['runtime', ...Object.keys(STAGE_DEFAULTS)]);

/** True when a layer sets at least one value: an empty section or an undefined value sets nothing. */
function setsAnything(layer: unknown): boolean {
  if (layer === undefined) return false;
  if (typeof layer !== 'object' || layer === null || Array.isArray(layer)) return true;
  return Object.values(layer).some(setsAnything);
}

/** True when every layer of `opts` leaves the defaults as they are. */
export function asksOnlyForDefaults(opts: ResolveOptions): boolean {
  const preset = PRESETS[opts.preset ?? 'default'];
  if (!preset || setsAnything(preset) || opts.file || setsAnything(opts.overrides)) return false;
  return !Object.keys(opts.env ?? {}).some((name) => {
    const section = ENV_SETTING.exec(name)?.[1]?.toLowerCase();
    return section !== undefined && SECTIONS.has(section);
  });
}

/** The default configuration, as resolveConfig() returns it. */
export function defaultSettings(): Config {
  return {
    runtime: {
      workers: defaultWorkers(),
      heapGrowthPercent: HEAP_GROWTH_PERCENT,
      workerYoungGenerationMb: WORKER_YOUNG_GENERATION_MB,
    },
    ...structuredClone(STAGE_DEFAULTS),
  };
}

/** resolveConfig(opts), loading the schemas only when `opts` asks for more than the defaults. */
export async function loadConfig(opts: ResolveOptions = {}): Promise<Config> {
  if (asksOnlyForDefaults(opts)) return defaultSettings();
  return (await import('./index.js')).resolveConfig(opts);
}
