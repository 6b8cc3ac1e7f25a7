// Stage 1, run by any worker in parallel: one document cleaned and analysed, then kept as a row
// waiting for placement. The row is keyed by article id, so a job run again (its worker died after
// the write, before the job was marked done) adds nothing; a document already stored is skipped.

import { analyzeAll, cleanAll } from '../pipeline.js';
import { packArticle } from '../store/codec.js';
import type { Context } from '../types/stages.js';
import type { Workspace } from '../types/store.js';
import type { QueueDb } from './boss.js';
import { QUEUE_SCHEMA } from './config.js';
import type { AnalyzeJob } from './enqueue.js';
import type { StageTimer } from './stats.js';

/** What became of a job: a document that cannot be an article fails (and is retried, then dead). */
export type JobOutcome = { status: 'pending' | 'stored' } | { status: 'rejected'; reason: string };

export async function runAnalyzeJob(
  job: AnalyzeJob,
  ws: Workspace,
  q: QueueDb,
  ctx: Context,
  timer: StageTimer,
): Promise<JobOutcome> {
  const { doc, seq } = job;
  if ((await ws.hasArticles([doc.id])).size) return { status: 'stored' };
  const [cleaned] = await timer.time('clean', 1, () => cleanAll([doc], ctx));
  if (!cleaned || cleaned.status === 'rejected')
    return { status: 'rejected', reason: cleaned?.reason ?? 'nothing came out of cleaning' };
  const [analyzed] = await timer.time('analyze', 1, () => analyzeAll([cleaned.value], ctx));
  await timer.time('pending-write', 1, () =>
    q.pool.query(
      `INSERT INTO ${QUEUE_SCHEMA}.pending (id, seq, input, article) VALUES ($1, $2, $3, $4)
       ON CONFLICT (id) DO NOTHING`,
      [doc.id, seq, doc.input, packArticle(analyzed!)],
    ),
  );
  return { status: 'pending' };
}
