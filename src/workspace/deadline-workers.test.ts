// A story's briefing on a worker thread is bounded the same way as in-process: the job carries the
// limit (BriefJob.limitMs), the thread times it with its own clock, and the story comes back marked.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { defaultConfig } from '../config/index.js';
import { repoRoot } from '../eval/data.js';
import { WorkerPool } from '../parallel/index.js';
import { runPipeline } from '../pipeline.js';
import type { Article } from '../types/article.js';
import type { Context } from '../types/stages.js';
import type { Story } from '../types/story.js';
import type { BriefJob } from './brief-job.js';

const pool = new WorkerPool(1);
after(() => pool.close());

test('a briefing on a worker thread stops at the limit its job carries', async () => {
  const base = defaultConfig();
  const ctx: Context = {
    config: { ...base, runtime: { ...base.runtime, workers: 1 } },
    now: new Date('2026-01-01T00:00:00Z'),
    reporter: { skipped() {}, progress() {}, warn() {} },
  };
  const dir = join(repoRoot, 'examples/geneva-2022');
  const inputs = readdirSync(dir)
    .sort()
    .map((f) => join(dir, f));
  const { analysis } = await runPipeline(inputs, ctx);
  const story = analysis.stories[0]!;
  const job: BriefJob = {
    group: { id: story.id, articles: story.articles, events: story.events, history: story.history },
    articles: analysis.articles,
    relations: analysis.relations,
  };
  // No time at all: the story's core is made, and every part after it is left out.
  const [full, cut] = await pool.map<BriefJob, { story: Story; articles: Article[] }>(
    'brief-link',
    [job, { ...job, limitMs: 0 }],
    ctx.config,
    ctx.now,
  );
  assert.equal(full!.story.incomplete, undefined);
  assert.ok(full!.story.summary.length > 0);
  assert.deepEqual(cut!.story.incomplete?.missing, ['quotes', 'facts', 'conflicts', 'timeline', 'summary']);
  assert.match(
    cut!.story.incomplete!.reason,
    /^time \d+ ms over 0 ms limit \(--timeout\) by the end of the story's events and entities$/,
  );
  assert.deepEqual(cut!.story.summary, []);
  assert.deepEqual(cut!.story.articles, full!.story.articles);
  assert.deepEqual(cut!.story.entities, full!.story.entities);
});
