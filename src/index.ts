// The newsfuse library: `import { analyze } from 'newsfuse'`.
import { type ConfigInput, resolveConfig } from './config/index.js';
import { runPipeline } from './pipeline.js';
import type { Context, Reporter } from './types/stages.js';
import type { Analysis } from './types/story.js';

export interface AnalyzeOptions {
  /** Configuration on top of the preset (see `Config`). */
  config?: ConfigInput;
  preset?: string;
  /** The reference clock; defaults to now. */
  now?: Date;
  /** Where skipped inputs, warnings and progress go; by default skipped inputs are collected. */
  reporter?: Partial<Reporter>;
}

/** Builds a pipeline context from library options, validating the configuration first. */
export function createContext(options: AnalyzeOptions = {}): Context {
  const config = resolveConfig({ preset: options.preset, overrides: options.config });
  const r = options.reporter ?? {};
  return {
    config,
    now: options.now ?? new Date(),
    reporter: {
      skipped: r.skipped ?? (() => {}),
      progress: r.progress ?? (() => {}),
      warn: r.warn ?? (() => {}),
    },
  };
}

/**
 * Reads the inputs (files, folders, URLs, `-`), runs the whole pipeline, and returns the analysis of
 * CONTRACT.md: articles, stories with their briefings, and the relations between articles.
 */
export async function analyze(
  inputs: string | readonly string[],
  options: AnalyzeOptions = {},
): Promise<Analysis> {
  const list = typeof inputs === 'string' ? [inputs] : inputs;
  const { analysis } = await runPipeline(list, createContext(options));
  return analysis;
}

export { render, verifyAnalysis } from './brief/index.js';
export { type Config, type ConfigInput, PRESETS, resolveConfig } from './config/index.js';
export { setHeapGrowth } from './parallel/heap.js';
export {
  analyzeAll,
  analyzeWithFeatures,
  briefStories,
  cleanAll,
  cleanDocuments,
  readArticles,
  runOnDocuments,
  runPipeline,
  synthesize,
  synthesizeOn,
} from './pipeline.js';
export { buildServer, type ServerOptions } from './server/index.js';
export { openWorkspace } from './store/index.js';
export type * from './types/index.js';
export { ANALYSIS_SCHEMA } from './types/index.js';
export { addDocuments, analysisFromWorkspace, ingestIntoWorkspace } from './workspace/index.js';
