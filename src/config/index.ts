// One typed configuration, resolved once (defaults ← preset ← file ← environment ← flags) and
// validated before any article is read. Each stage owns the schema of its own section.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { analyzeConfig } from '../analyze/config.js';
import { briefConfig } from '../brief/config.js';
import { cleanConfig } from '../clean/config.js';
import { clusterConfig } from '../cluster/config.js';
import { dedupConfig } from '../dedup/config.js';
import { feedsConfig } from '../feeds/config.js';
import { ingestConfig } from '../ingest/config.js';
import { HEAP_GROWTH_PERCENT, WORKER_YOUNG_GENERATION_MB } from '../parallel/heap.js';
import { defaultWorkers } from '../parallel/index.js';
import { serverConfig } from '../server/config.js';
import { storeConfig } from '../store/config.js';
import { ConfigError } from './errors.js';
import { ENV_SETTING } from './load.js';
import { PRESETS } from './presets.js';

export { ConfigError, PRESETS };

/** How a run uses the machine. */
export const runtimeConfig = z
  .object({
    /** Worker threads for the per-article stages (clean, language analysis) on large batches. */
    workers: z.number().int().min(1).max(64).default(defaultWorkers()),
    /**
     * How far a heap may grow past what it held after a full garbage collection, in percent (0: V8's
     * own growth, up to fourfold). Set for the whole process by the CLI; see src/parallel/heap.ts.
     */
    heapGrowthPercent: z.number().int().min(0).max(400).default(HEAP_GROWTH_PERCENT),
    /**
     * The most each worker thread's young generation (where new objects are made) may take, in MB;
     * 0: V8's own size. 48 is what Node 20 gives; Node 24 gives 192 on a 24 GB machine, which
     * raised the CLI's peak on the bench's texts by about 210 MB.
     */
    workerYoungGenerationMb: z.number().int().min(0).max(1024).default(WORKER_YOUNG_GENERATION_MB),
  })
  .prefault({});

export const configSchema = z.object({
  runtime: runtimeConfig,
  ingest: ingestConfig,
  clean: cleanConfig,
  analyze: analyzeConfig,
  dedup: dedupConfig,
  cluster: clusterConfig,
  brief: briefConfig,
  store: storeConfig,
  server: serverConfig,
  feeds: feedsConfig,
});
export type Config = z.infer<typeof configSchema>;
type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };
export type ConfigInput = DeepPartial<Config>;

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Deep merge of plain objects; later layers win; arrays and scalars are replaced. */
export function mergeConfig(...layers: readonly unknown[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const layer of layers) {
    if (!isPlainObject(layer)) continue;
    for (const [k, v] of Object.entries(layer)) {
      const prev = out[k];
      out[k] =
        isPlainObject(v) && isPlainObject(prev)
          ? mergeConfig(prev, v)
          : isPlainObject(v)
            ? mergeConfig(v)
            : v;
    }
  }
  return out;
}

/** NEWSFUSE_<SECTION>_<KEY>=value, e.g. NEWSFUSE_INGEST_MAXBYTES=1000000. */
export function configFromEnv(env: NodeJS.ProcessEnv): ConfigInput {
  const out: Record<string, Record<string, unknown>> = {};
  const sections = Object.keys(configSchema.shape);
  for (const [name, raw] of Object.entries(env)) {
    const m = ENV_SETTING.exec(name);
    if (!m || raw === undefined) continue;
    const section = m[1]!.toLowerCase();
    if (!sections.includes(section)) continue;
    const shape = (configSchema.shape as Record<string, z.ZodTypeAny>)[section];
    const keys = Object.keys(
      ((shape as unknown as { def?: { innerType?: z.ZodObject } }).def?.innerType?.shape ?? {}) as object,
    );
    const key = keys.find((k) => k.toLowerCase() === m[2]!.toLowerCase().replaceAll('_', ''));
    if (!key) continue;
    const values = out[section] ?? {};
    values[key] =
      raw === 'true' ? true : raw === 'false' ? false : Number.isNaN(Number(raw)) ? raw : Number(raw);
    out[section] = values;
  }
  return out as ConfigInput;
}

export interface ResolveOptions {
  preset?: string;
  file?: string;
  env?: NodeJS.ProcessEnv;
  overrides?: ConfigInput;
}

export function resolveConfig(opts: ResolveOptions = {}): Config {
  const presetName = opts.preset ?? 'default';
  const preset = PRESETS[presetName];
  if (!preset)
    throw new ConfigError(`unknown preset "${presetName}" (known: ${Object.keys(PRESETS).join(', ')})`);
  let fromFile: unknown = {};
  if (opts.file) {
    try {
      fromFile = JSON.parse(readFileSync(opts.file, 'utf8'));
    } catch (e) {
      throw new ConfigError(`cannot read config file ${opts.file}: ${(e as Error).message}`);
    }
  }
  const merged = mergeConfig(preset, fromFile, configFromEnv(opts.env ?? {}), opts.overrides ?? {});
  const parsed = configSchema.safeParse(merged);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(`config ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}

export const defaultConfig = (): Config => resolveConfig();
