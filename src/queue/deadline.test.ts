// The queue's placement consumer holds the per-document time limit too: from zero for each article
// it places (its analysis job has its own expiry), over the copy check and placement, and per story
// over its briefing. An article over it in the copy check is skipped by name and its pending row
// dropped; one out of time in placement is placed as its own story and named.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { defaultConfig } from '../config/index.js';
import { type PgServer, pgUnavailable, startPgServer } from '../store/fixtures/pg-server.js';
import { openWorkspace } from '../store/index.js';
import type { Context } from '../types/stages.js';
import { genevaRawDocuments } from '../workspace/fixtures/geneva.js';
import { upgradeWorkspace } from '../workspace/upgrade.js';
import { drainPending, openQueue } from './index.js';
import { runAnalyzeJob } from './stage.js';
import { StageTimer } from './stats.js';

const unavailable = pgUnavailable();
const skip = unavailable ? `skipped: ${unavailable}` : false;

const geneva = genevaRawDocuments();
// A copy of the second report, last in the queue.
const docs = [
  ...geneva,
  { ...geneva[1]!, id: 'doc-5', input: 'copy', content: `${geneva[1]!.content}\nUpdated.\n` },
];

/** A context whose clock gains `slow[stage][n]` ms at each reading during the stage's n-th step. */
function slowContext(slow: Record<string, Record<number, number>>) {
  let now = 0;
  let current = { stage: '', done: 0 };
  const skipped: { input: string; reason: string }[] = [];
  const warned: string[] = [];
  const config = defaultConfig();
  const ctx: Context = {
    config: { ...config, ingest: { ...config.ingest, timeoutMs: 10_000 } },
    now: new Date('2026-01-01T00:00:00Z'),
    reporter: {
      skipped: (input, reason) => skipped.push({ input, reason }),
      progress: (stage, done) => {
        current = { stage, done };
      },
      warn: (message) => warned.push(message),
    },
    clock: () => {
      now += slow[current.stage]?.[current.done] ?? 1;
      return now;
    },
  };
  return { ctx, skipped, warned };
}

describe('the queue consumer under the per-document limit', { skip, timeout: 600_000 }, () => {
  let server: PgServer | undefined;
  before(async () => {
    server = await startPgServer();
  });
  after(() => server?.stop());

  async function drain(name: string, slow: Record<string, Record<number, number>>) {
    const url = await server!.database(name);
    const { ctx, skipped, warned } = slowContext(slow);
    const ws = await openWorkspace(url, ctx.config.store);
    const q = await openQueue(url);
    try {
      await upgradeWorkspace(ws, ctx);
      const timer = new StageTimer();
      for (const [seq, doc] of docs.entries()) await runAnalyzeJob({ seq, doc }, ws, q, ctx, timer);
      const result = await drainPending(ws, q, ctx, { chunk: 100, timer });
      const stories = await ws.getStories();
      return { result, skipped, warned, stored: (await ws.getArticles()).map((a) => a.id).sort(), stories };
    } finally {
      await q.close();
      await ws.close();
    }
  }

  it('skips an article over the limit in the copy check, and places one out of time on its own', async () => {
    const none = await drain('none', {});
    assert.deepEqual(none.skipped, []);
    assert.deepEqual(none.warned, []);
    assert.equal(none.result.placed, 6);
    // The first pair verified takes 12 s: its articles are skipped by name, their rows dropped.
    const copies = await drain('copies', { copies: { 1: 12_000 } });
    assert.ok(copies.skipped.length > 0);
    for (const s of copies.skipped)
      assert.match(s.reason, /^time 12\d{3} ms over 10000 ms limit \(--timeout\) by the end of copies$/);
    assert.equal(copies.result.dropped, copies.skipped.length);
    assert.equal(copies.stored.length, 6 - copies.skipped.length);
    // The last article's placement takes 12 s: it is stored as a story of its own, and named.
    const placement = await drain('placement', { placement: { 6: 12_000 } });
    assert.deepEqual(placement.skipped, []);
    assert.equal(placement.result.placed, 6);
    assert.equal(placement.warned.length, 1);
    assert.match(
      placement.warned[0]!,
      /^copy: placed as its own story: time 12\d{3} ms over 10000 ms limit \(--timeout\) in placement$/,
    );
    assert.deepEqual(placement.stories.find((s) => s.articles.includes('doc-5'))!.articles, ['doc-5']);
  });
});
