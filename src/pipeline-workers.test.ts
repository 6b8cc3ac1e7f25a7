// The worker threads change nothing in a batch either: language analysis, clustering features,
// fingerprints and briefings made on two threads give exactly the analysis of an in-process run.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { defaultConfig } from './config/index.js';
import { evalDataDir } from './eval/data.js';
import { PARALLEL_THRESHOLD, WorkerPool } from './parallel/index.js';
import { analyzeWithFeatures, readArticles, runPipeline, synthesizeOn } from './pipeline.js';
import type { Context } from './types/stages.js';

const data = evalDataDir();
const docsDir = data ? join(data, 'clustering', 'ecbplus', 'docs') : null;
const skip = docsDir ? false : 'the eval data is not beside the checkout';

/** The first `n` ECB+ documents, in name order. */
const ecbInputs = (n: number): string[] =>
  readdirSync(docsDir!)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .slice(0, n)
    .map((f) => join(docsDir!, f));

const context = (config = defaultConfig()): Context => ({
  config,
  now: new Date('2026-01-01T00:00:00Z'),
  reporter: { skipped() {}, progress() {}, warn() {} },
});

async function analysisWith(workers: number, inputs: string[], exhaustiveBelow?: number): Promise<string> {
  const base = defaultConfig();
  const dedup = exhaustiveBelow === undefined ? base.dedup : { ...base.dedup, exhaustiveBelow };
  const ctx = context({ ...base, dedup, runtime: { ...base.runtime, workers } });
  const { analysis } = await runPipeline(inputs, ctx);
  return JSON.stringify(analysis);
}

test('a batch analysed on two worker threads equals the in-process analysis', {
  skip,
}, async () => {
  const inputs = ecbInputs(3 * PARALLEL_THRESHOLD);
  const [serial, parallel] = [await analysisWith(1, inputs), await analysisWith(2, inputs)];
  const parsed = JSON.parse(serial) as { articles: unknown[]; stories: unknown[]; relations: unknown[] };
  assert.ok(parsed.articles.length > 2 * PARALLEL_THRESHOLD, 'the batch is big enough for the threads');
  assert.ok(parsed.stories.length > 4, `several stories (${parsed.stories.length})`);
  assert.equal(parallel, serial);
});

test('copies and placement made beside the worker threads, as their results come back, equal the in-process ones on LSH candidates too', {
  skip,
}, async () => {
  // Below 200 articles a batch compares every pair; with the bar at 0 it looks copies up by LSH
  // bands, the path of big batches.
  const inputs = ecbInputs(2 * PARALLEL_THRESHOLD);
  const [serial, parallel] = [await analysisWith(1, inputs, 0), await analysisWith(2, inputs, 0)];
  const parsed = JSON.parse(serial) as { relations: unknown[]; stories: unknown[] };
  assert.ok(parsed.relations.length > 0, 'some copies are found');
  assert.equal(parallel, serial);
});

test('a pool hands results on in input order as they come back, and an error in the handler is thrown once', {
  skip,
}, async () => {
  const inputs = ecbInputs(3 * PARALLEL_THRESHOLD);
  const ctx = context();
  const pool = new WorkerPool(2, 4);
  try {
    const { articles } = await readArticles(inputs, ctx);
    const seen: string[] = [];
    await pool.eachTimed<(typeof articles)[number], { article: { id: string } }>(
      'analyze-features',
      articles,
      ctx.config,
      ctx.now,
      ({ value, ms }, i) => {
        assert.equal(i, seen.length, 'in input order');
        assert.ok(ms >= 0);
        seen.push(value.article.id);
      },
    );
    assert.deepEqual(
      seen,
      articles.map((a) => a.id),
    );
    let calls = 0;
    await assert.rejects(
      pool.eachTimed('analyze-features', articles, ctx.config, ctx.now, () => {
        calls++;
        if (calls === 10) throw new Error('placing failed');
      }),
      /placing failed/,
    );
    assert.equal(calls, 10, 'nothing is handed on after the error');
  } finally {
    await pool.close();
  }
});

test('briefing on worker threads hands back only what linking changed: the articles keep their own texts and readings', {
  skip,
}, async () => {
  const inputs = ecbInputs(2 * PARALLEL_THRESHOLD);
  const ctx = context();
  const pool = new WorkerPool(2);
  try {
    const { articles } = await readArticles(inputs, ctx, pool);
    const { analyzed, ...made } = await analyzeWithFeatures(articles, ctx, pool);
    const analysis = await synthesizeOn(analyzed, ctx, made, pool);
    const read = new Map(analyzed.map((a) => [a.id, a]));
    assert.equal(analysis.articles.length, analyzed.length);
    assert.ok(analysis.stories.length > 2, `several stories (${analysis.stories.length})`);
    for (const a of analysis.articles) {
      const before = read.get(a.id)!;
      // The same objects, not copies made on a thread and sent back: one copy of each per run.
      assert.equal(a.sentences, before.sentences, `${a.input}: sentences`);
      assert.equal(a.times, before.times, `${a.input}: times`);
      assert.equal(a.removed, before.removed, `${a.input}: removed`);
      assert.equal(a.entities.length, before.entities.length, `${a.input}: mentions`);
    }
  } finally {
    await pool.close();
  }
});
