// A worker thread of the per-article stages (clean, language analysis, clustering features) and of per-story briefings:
// they need nothing but their item and the configuration, so a batch splits across cores.
import { parentPort } from 'node:worker_threads';
import { analyzeLanguage } from '../analyze/index.js';
import { analyzeForPlacement } from '../analyze/placement.js';
import { clean } from '../clean/index.js';
import { articleFeatures } from '../cluster/index.js';
import type { Config } from '../config/index.js';
import type { AnalyzedArticle, CleanArticle, RawDocument } from '../types/article.js';
import type { Context } from '../types/stages.js';
import { type BriefJob, briefAndLink, briefJob } from '../workspace/brief-job.js';

export type WorkerRequest =
  | { id: number; task: 'clean'; config: Config; now: string; items: RawDocument[] }
  | { id: number; task: 'analyze'; config: Config; now: string; items: CleanArticle[] }
  | { id: number; task: 'analyze-features'; config: Config; now: string; items: CleanArticle[] }
  | { id: number; task: 'brief'; config: Config; now: string; items: BriefJob[] }
  | { id: number; task: 'brief-link'; config: Config; now: string; items: BriefJob[] }
  | { id: number; task: 'features'; config: Config; now: string; items: AnalyzedArticle[] };

function run(req: WorkerRequest, ctx: Context): unknown[] {
  if (req.task === 'clean') return req.items.map((d) => clean(d, ctx));
  if (req.task === 'analyze') return req.items.map((a) => analyzeLanguage(a, ctx));
  if (req.task === 'analyze-features') return req.items.map((a) => analyzeForPlacement(a, ctx));
  if (req.task === 'features') return req.items.map((a) => articleFeatures(a, req.config.cluster));
  if (req.task === 'brief-link') return req.items.map((job) => briefAndLink(job, ctx));
  return req.items.map((job) => briefJob(job, ctx));
}

function context(config: Config, now: string, warnings: string[]): Context {
  return {
    config,
    now: new Date(now),
    reporter: { skipped() {}, progress() {}, warn: (m) => warnings.push(m) },
  };
}

parentPort?.on('message', (req: WorkerRequest) => {
  const warnings: string[] = [];
  try {
    const ctx = context(req.config, req.now, warnings);
    const results = run(req, ctx);
    parentPort?.postMessage({ id: req.id, results, warnings });
  } catch (e) {
    parentPort?.postMessage({ id: req.id, error: (e as Error).stack ?? String(e), warnings });
  }
});
