// Three worker processes on one PostgreSQL: 2,000 documents (and a few bad ones) are enqueued, one
// worker is killed with SIGKILL while it works and another started; at the end every document is
// stored once, in one story, no job is left running, and the dead letter holds the bad documents.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { defaultConfig } from '../config/index.js';
import { type PgServer, pgUnavailable, startPgServer } from '../store/fixtures/pg-server.js';
import { openWorkspace } from '../store/index.js';
import type { Context } from '../types/stages.js';
import { BOSS_SCHEMA } from './config.js';
import {
  drained,
  killHoldingJobs,
  spawnWorker,
  type WorkerProcess,
  waitForQueue,
} from './fixtures/processes.js';
import { writeCorpus } from './fixtures/synthetic.js';
import { enqueueInputs, openQueue, type QueueDb, queueHealth } from './index.js';

const unavailable = pgUnavailable();
const skip = unavailable ? `skipped: ${unavailable}` : false;
const DOCS = Number(process.env.NEWSFUSE_QUEUE_TEST_DOCS ?? 2000);
const BAD = 4;

const ctx: Context = {
  config: defaultConfig(),
  now: new Date('2026-01-01T00:00:00Z'),
  reporter: { skipped() {}, progress() {}, warn() {} },
};

describe('many workers on one PostgreSQL', { skip, timeout: 1_200_000 }, () => {
  let server: PgServer | undefined;
  let q: QueueDb | undefined;
  const workers: WorkerProcess[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'newsfuse-queue-'));
  before(async () => {
    server = await startPgServer();
  });
  after(async () => {
    for (const w of workers)
      if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill('SIGKILL');
    await q?.close();
    server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores every document once, in one story, through a worker killed mid-job', async () => {
    const url = await server!.database('workers');
    const corpus = writeCorpus(dir, DOCS, Math.ceil(DOCS / 20), BAD);
    q = await openQueue(url);
    const queued = await enqueueInputs([dir], q, ctx);
    assert.equal(queued.enqueued, DOCS + BAD);
    const args = ['--job-timeout', '6s', '--concurrency', '2'];
    workers.push(spawnWorker(url, [...args, '--log-jobs']), spawnWorker(url, args), spawnWorker(url, args));
    // Mid-run, holding jobs: the first worker dies without a word, a fourth takes its place.
    await waitForQueue(q.pool, (s) => s.done >= DOCS / 5, 300_000);
    const held = await killHoldingJobs(workers[0]!, q.pool, BOSS_SCHEMA);
    assert.equal((await workers[0]!.exited).signal, 'SIGKILL');
    workers.push(spawnWorker(url, args));
    const end = await waitForQueue(q.pool, (s) => drained(s) && s.failed === BAD, 900_000).catch(
      async (e) => {
        for (const w of workers) w.child.kill('SIGTERM');
        const logs = await Promise.all(workers.map(async (w) => (await w.exited).stderr.slice(-400)));
        throw new Error(`${(e as Error).message}\nworkers said:\n${logs.join('\n')}`);
      },
    );
    for (const w of workers.slice(1)) w.child.kill('SIGTERM');
    for (const w of workers.slice(1)) {
      const r = await w.exited;
      assert.equal(r.code, 0, `a worker stopped by SIGTERM exits 0: ${r.stderr.slice(-300)}`);
    }

    assert.equal(end.done, DOCS);
    assert.equal(end.running, 0);
    assert.deepEqual(
      end.dead.map((d) => d.input).sort(),
      corpus.bad.sort(),
      'the dead letter holds exactly the bad documents',
    );
    for (const d of end.dead) assert.match(d.reason, /^not-an-article: \d+ characters of body text/);
    // The jobs the killed worker held expired and were taken again (retried), not lost.
    const retried = await q.pool.query<{ id: string; state: string; retry_count: number }>(
      `SELECT id::text, state, retry_count FROM ${BOSS_SCHEMA}.job WHERE id = ANY($1::uuid[])`,
      [held],
    );
    assert.equal(retried.rows.length, held.length);
    for (const r of retried.rows)
      assert.ok(
        r.retry_count >= 1 && (r.state === 'completed' || r.state === 'failed'),
        `job ${r.id}, held by the killed worker, was taken again and ended: ${r.state}, retry ${r.retry_count}`,
      );
    // What the server's health route reports for this workspace.
    const health = queueHealth(url);
    const seen = (await health.stats()) as { done: number; failed: number; stages: Record<string, unknown> };
    await health.close();
    assert.deepEqual([seen.done, seen.failed], [DOCS, BAD]);
    assert.ok('place' in seen.stages && 'analyze' in seen.stages);

    const ws = await openWorkspace(url);
    try {
      const ids = (await ws.getArticles()).map((a) => a.id);
      assert.equal(ids.length, DOCS);
      assert.equal(new Set(ids).size, DOCS);
      const stories = await ws.getStories();
      const member = new Map<string, number>();
      for (const s of stories) for (const a of s.articles) member.set(a, (member.get(a) ?? 0) + 1);
      assert.equal(member.size, DOCS, 'every article is in a story');
      assert.ok(
        [...member.values()].every((n) => n === 1),
        'no article is in two stories',
      );
      assert.ok(stories.length < DOCS / 4, `reports of one topic share a story (${stories.length} stories)`);
    } finally {
      await ws.close();
    }
  });
});
