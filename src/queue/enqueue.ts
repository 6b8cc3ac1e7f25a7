// `ingest --queue`: the inputs are read here (files, folders, URLs, standard input: whatever this
// machine can reach) and each document becomes one stage-1 job carrying its content, so any worker
// on any machine can take it. Each job gets the next number of one sequence: the order placement
// follows, whichever worker analyses it first.
import { ingest } from '../ingest/index.js';
import { checkOut } from '../store/postgres-open.js';
import type { RawDocument } from '../types/article.js';
import type { Context } from '../types/stages.js';
import type { QueueDb } from './boss.js';
import { ANALYZE_QUEUE, QUEUE_LOCK, QUEUE_SCHEMA } from './config.js';

export interface AnalyzeJob {
  seq: number;
  doc: RawDocument;
}

export interface EnqueueSummary {
  read: number;
  enqueued: number;
  skipped: { input: string; reason: string }[];
}

/** Jobs inserted per transaction. */
const BATCH = 200;

export async function enqueueInputs(
  inputs: readonly string[],
  q: QueueDb,
  ctx: Context,
): Promise<EnqueueSummary> {
  const summary: EnqueueSummary = { read: 0, enqueued: 0, skipped: [] };
  let batch: RawDocument[] = [];
  for await (const outcome of ingest(inputs, ctx)) {
    summary.read++;
    if (outcome.status === 'rejected') {
      summary.skipped.push({ input: outcome.input, reason: outcome.reason });
      ctx.reporter.skipped(outcome.input, outcome.reason);
      continue;
    }
    batch.push(outcome.value);
    if (batch.length >= BATCH) {
      summary.enqueued += await enqueueDocuments(batch, q);
      batch = [];
    }
  }
  if (batch.length) summary.enqueued += await enqueueDocuments(batch, q);
  return summary;
}

/**
 * One transaction: numbers from the sequence, then the jobs. It holds the enqueue lock, which the
 * placement consumer also takes before it reads how far it may go: a number it sees unused is never
 * committed later by an enqueuer still under way (placement would otherwise pass it by).
 */
export async function enqueueDocuments(docs: readonly RawDocument[], q: QueueDb): Promise<number> {
  const client = await checkOut(q.pool);
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1, $2)', [QUEUE_LOCK.namespace, QUEUE_LOCK.enqueue]);
    const { rows } = await client.query<{ seq: string }>(
      `SELECT nextval('${QUEUE_SCHEMA}.enqueue_seq') AS seq FROM generate_series(1, $1)`,
      [docs.length],
    );
    const jobs = docs.map((doc, i) => ({
      name: ANALYZE_QUEUE,
      data: { seq: Number(rows[i]!.seq), doc } satisfies AnalyzeJob,
    }));
    const db = { executeSql: (text: string, values: unknown[]) => client.query(text, values) };
    await q.boss.insert(jobs, { db });
    await client.query('COMMIT');
    return jobs.length;
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
}
