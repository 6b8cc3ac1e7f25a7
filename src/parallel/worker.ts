// A worker thread of the per-article stages (clean, language analysis, clustering features) and of per-story briefings:
// they need nothing but their item and the configuration, so a batch splits across cores.
import { parentPort } from 'node:worker_threads';
import type { Config } from '../config/index.js';
import type { AnalyzedArticle, CleanArticle, RawDocument } from '../types/article.js';
import type { Context } from '../types/stages.js';
import type { BriefJob } from '../workspace/brief-job.js';

/** With `timed`, each result comes back as `{ value, ms }`: the time its item took (per-document limit). */
export type WorkerRequest = { id: number; config: Config; now: string; timed?: boolean } & (
  | { task: 'clean'; items: RawDocument[] }
  | { task: 'analyze'; items: CleanArticle[] }
  | { task: 'analyze-features'; items: CleanArticle[] }
  | { task: 'brief'; items: BriefJob[] }
  | { task: 'brief-link'; items: BriefJob[] }
  | { task: 'features'; items: AnalyzedArticle[] }
);

function each<I>(items: readonly I[], timed: boolean | undefined, fn: (item: I) => unknown): unknown[] {
  if (!timed) return items.map(fn);
  return items.map((item) => {
    const start = performance.now();
    const value = fn(item);
    return { value, ms: performance.now() - start };
  });
}

/**
 * Each task loads its own modules when it first comes: a thread that only briefs never holds the
 * cleaner's or the language stage's code and tables (about 50 MB of a thread's memory).
 */
async function run(req: WorkerRequest, ctx: Context): Promise<unknown[]> {
  if (req.task === 'clean') {
    const { clean } = await import('../clean/index.js');
    return each(req.items, req.timed, (d) => clean(d, ctx));
  }
  if (req.task === 'analyze' || req.task === 'analyze-features') {
    const { analyzeForPlacement, warmUp } = await import('../analyze/placement.js');
    warmUp(req.task === 'analyze-features');
    if (req.task === 'analyze-features')
      return each(req.items, req.timed, (a) => analyzeForPlacement(a, ctx));
    const { analyzeLanguage } = await import('../analyze/index.js');
    return each(req.items, req.timed, (a) => analyzeLanguage(a, ctx));
  }
  if (req.task === 'features') {
    const { articleFeatures } = await import('../cluster/index.js');
    return each(req.items, req.timed, (a) => articleFeatures(a, req.config.cluster));
  }
  const { briefAndRelink, briefJob } = await import('../workspace/brief-job.js');
  if (req.task === 'brief-link') return each(req.items, req.timed, (job) => briefAndRelink(job, ctx));
  return each(req.items, req.timed, (job) => briefJob(job, ctx));
}

function context(config: Config, now: string, warnings: string[]): Context {
  return {
    config,
    now: new Date(now),
    reporter: { skipped() {}, progress() {}, warn: (m) => warnings.push(m) },
  };
}

// One request at a time, in the order they came, though loading a task's modules is asynchronous.
let queue: Promise<void> = Promise.resolve();

async function answer(req: WorkerRequest): Promise<void> {
  const warnings: string[] = [];
  try {
    const ctx = context(req.config, req.now, warnings);
    const results = await run(req, ctx);
    parentPort?.postMessage({ id: req.id, results, warnings });
  } catch (e) {
    parentPort?.postMessage({ id: req.id, error: (e as Error).stack ?? String(e), warnings });
  }
}

parentPort?.on('message', (req: WorkerRequest) => {
  queue = queue.then(() => answer(req));
});
