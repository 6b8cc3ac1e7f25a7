// Background ingest jobs: progress recorded, results kept, and a 429 with Retry-After when every
// slot is taken (the slot freed when the job ends, whether it succeeded or failed).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { IngestSummary } from '../workspace/index.js';
import { HttpError } from './errors.js';
import { context } from './fixtures/desk.js';
import { type Job, JobRunner } from './jobs.js';

const summary: IngestSummary = {
  read: 2,
  added: 1,
  alreadyStored: 1,
  skipped: [],
  cut: [],
  stories: 3,
  articleIds: ['a', 'b'],
  timings: { clean: 0, analyze: 0, copies: 0, placement: 0, briefs: 0, commit: 0 },
};

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

async function settled(runner: JobRunner, id: string): Promise<Job> {
  for (let i = 0; i < 50; i++) {
    const job = runner.get(id)!;
    if (job.state !== 'running') return job;
    await new Promise((r) => setTimeout(r, 1));
  }
  throw new Error('job did not finish');
}

describe('JobRunner', () => {
  it('reports progress, keeps the result and frees the slot', async () => {
    const runner = new JobRunner(context, 1);
    const events: string[] = [];
    runner.onChange((j) => events.push(`${j.state}:${j.progress?.stage ?? '-'}`));
    const work = deferred<IngestSummary>();
    const job = runner.start('pasted text', (ctx) => {
      ctx.reporter.progress('clean', 1, 2);
      return work.promise;
    });
    assert.equal(job.state, 'running');
    assert.deepEqual(job.progress, { stage: 'clean', done: 1, total: 2 });
    assert.throws(
      () => runner.claim(),
      (e: unknown) => e instanceof HttpError && e.status === 429 && e.headers['retry-after'] === '5',
    );
    work.resolve(summary);
    const done = await settled(runner, job.id);
    assert.equal(done.state, 'done');
    assert.deepEqual(done.result?.articles, ['a', 'b']);
    assert.ok(events.includes('done:clean'));
    runner.claim()();
  });

  it('records a failure in one line and frees the slot', async () => {
    const runner = new JobRunner(context, 1);
    const job = runner.start('a url', () => Promise.reject(new Error('fetch failed: 404\n  at somewhere')));
    const failed = await settled(runner, job.id);
    assert.equal(failed.state, 'failed');
    assert.equal(failed.error, 'fetch failed: 404');
    runner.claim()();
    assert.deepEqual(
      runner.list().map((j) => j.id),
      [job.id],
    );
  });
});
