// The per-document time limit (--timeout) bounds every per-document stage after reading, not only
// cleaning: a document that overruns it in language analysis (clustering features included), in the
// copy check of a workspace, or over the stages together, is skipped by name with the stage and the
// time, and the rest of the batch is added. Placement and briefs have it too: an article out of time
// in placement is placed as its own story, and a story out of time in its briefing is stored
// without the parts it had no time for, both named with the reason.
// The clock is passed in: it runs fast while the chosen document (or story) is in the chosen stage.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { defaultConfig } from '../config/index.js';
import { runOnDocuments } from '../pipeline.js';
import { openWorkspace } from '../store/index.js';
import type { RawDocument } from '../types/article.js';
import type { Context, Outcome } from '../types/stages.js';
import { genevaRawDocuments } from './fixtures/geneva.js';
import { addDocuments } from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'newsfuse-deadline-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const docs: Outcome<RawDocument>[] = genevaRawDocuments().map((value) => ({ status: 'ok', value }));

/**
 * A context whose clock gains `slow[stage][n]` ms at each reading while the stage works on its n-th
 * document (1-based, as the progress reports count), and 1 ms otherwise: the stage is read before
 * and after each document, so that document takes `slow[stage][n]` ms in it. The copy check counts
 * pairs, not documents: its n-th pair takes `slow.copies[n]` ms, charged to the pair's new articles.
 */
function slowContext(slow: Record<string, Record<number, number>>) {
  let now = 0;
  let current: { stage: string; done: number } = { stage: '', done: 0 };
  const skipped: { input: string; reason: string }[] = [];
  const warned: string[] = [];
  const reached: Record<string, number> = {};
  const config = defaultConfig();
  const ctx: Context = {
    config: {
      ...config,
      runtime: { ...config.runtime, workers: 1 },
      ingest: { ...config.ingest, timeoutMs: 10_000 },
    },
    now: new Date('2026-01-01T00:00:00Z'),
    reporter: {
      skipped: (input, reason) => skipped.push({ input, reason }),
      progress: (stage, done) => {
        current = { stage, done };
        reached[stage] = Math.max(reached[stage] ?? 0, done);
      },
      warn: (message) => warned.push(message),
    },
    clock: () => {
      now += slow[current.stage]?.[current.done] ?? 1;
      return now;
    },
  };
  return { ctx, skipped, reached, warned };
}

async function run(name: string, slow: Record<string, Record<number, number>>) {
  const { ctx, skipped, warned } = slowContext(slow);
  const ws = await openWorkspace(join(dir, `${name}.db`));
  try {
    const summary = await addDocuments(docs, ws, ctx);
    const stored = (await ws.getArticles()).map((a) => a.id).sort();
    const stories = await ws.getStories();
    const briefings = (await Promise.all(stories.map((s) => ws.getBriefing(s.id)))).flatMap(
      (b) => b?.stories ?? [],
    );
    return { summary, skipped, stored, stories, briefings, warned };
  } finally {
    await ws.close();
  }
}

test('a document over the limit in language analysis is skipped with its name; the others are added', async () => {
  const { summary, skipped, stored } = await run('analyze', { analyze: { 3: 12_000 } });
  assert.deepEqual(
    skipped.map((s) => s.input),
    [docs[2]!.status === 'ok' ? docs[2]!.value.input : ''],
  );
  assert.match(
    skipped[0]!.reason,
    /^time \d+ ms over 10000 ms limit \(--timeout\) by the end of language analysis$/,
  );
  assert.deepEqual(summary.skipped, skipped);
  assert.equal(summary.added, 4);
  assert.deepEqual(stored, ['doc-0', 'doc-1', 'doc-3', 'doc-4']);
});

test('the limit is for all the stages together', async () => {
  // 6 s cleaning and 6 s language analysis: under the 10 s limit each, 12 s together.
  const together = await run('together', { clean: { 2: 6000 }, analyze: { 2: 6000 } });
  assert.deepEqual(together.stored, ['doc-0', 'doc-2', 'doc-3', 'doc-4']);
  assert.match(together.skipped[0]!.reason, /^time 12\d{3} ms over .* by the end of language analysis$/);
  // The clustering features are made with the language stage, from its reading: their time counts there.
  const last = await run('last', { analyze: { 5: 12_000 } });
  assert.deepEqual(last.stored, ['doc-0', 'doc-1', 'doc-2', 'doc-3']);
  assert.match(last.skipped[0]!.reason, /by the end of language analysis$/);
  const none = await run('none', {});
  assert.deepEqual(none.skipped, []);
  assert.equal(none.stored.length, 5);
});

test('an analysis without a workspace skips the document the same way', async () => {
  const { ctx, skipped } = slowContext({ analyze: { 2: 12_000 } });
  const { analysis, stats } = await runOnDocuments(docs, ctx);
  assert.deepEqual(analysis.articles.map((a) => a.id).sort(), ['doc-0', 'doc-2', 'doc-3', 'doc-4']);
  assert.equal(stats.articles, 4);
  assert.deepEqual(stats.skipped, skipped);
  assert.match(skipped[0]!.reason, /by the end of language analysis$/);
});

/** Document `i` again under a new id, with a line added: a copy of it. */
function copyOf(i: number, id: string): Outcome<RawDocument> {
  const d = docs[i]!;
  assert.equal(d.status, 'ok');
  const value = (d as { value: RawDocument }).value;
  const content = `${value.content}\nUpdated with more reporting.\n`;
  return { status: 'ok', value: { ...value, id, input: `copy-of-${value.input}`, content } };
}

/**
 * The five documents stored first; then two copies of them (doc-5 of doc-1, doc-6 of doc-3) added
 * with `slow`. The copy check of that batch has five pairs, in this order: doc-5 with doc-6, doc-5
 * with two stored articles (doc-1 among them), doc-6 with two stored articles (doc-3 among them).
 */
async function runCopies(name: string, slow: Record<string, Record<number, number>>) {
  const ws = await openWorkspace(join(dir, `${name}.db`));
  try {
    await addDocuments(docs, ws, slowContext({}).ctx);
    const { ctx, skipped, reached } = slowContext(slow);
    const summary = await addDocuments([copyOf(1, 'doc-5'), copyOf(3, 'doc-6')], ws, ctx);
    const articles = await ws.getArticles();
    const stories = await ws.getStories();
    const briefings = await Promise.all(stories.map((s) => ws.getBriefing(s.id)));
    return {
      summary,
      skipped,
      reached,
      stored: articles.map((a) => a.id).sort(),
      relations: (await ws.getRelations()).map((r) => `${r.from}>${r.to}`).sort(),
      flagsOn: articles.flatMap((a) => a.flags.map((f) => f.related)).filter((r) => r !== null),
      everything: JSON.stringify({ stories, briefings }),
    };
  } finally {
    await ws.close();
  }
}

test('a document over the limit in the copy check is skipped; nothing stored refers to it', async () => {
  const none = await runCopies('copies-none', {});
  assert.deepEqual(none.skipped, []);
  assert.deepEqual(none.relations, ['doc-1>doc-5', 'doc-3>doc-6']);
  assert.equal(none.reached.copies, 5);
  assert.match(none.everything, /doc-5/);

  // The second pair (doc-5 with a stored article) takes 12 s: doc-5 is skipped, its third pair is
  // not verified, and doc-6 is added.
  const slow = await runCopies('copies-slow', { copies: { 2: 12_000 } });
  assert.deepEqual(
    slow.skipped.map((s) => s.input),
    [(copyOf(1, 'doc-5') as { value: RawDocument }).value.input],
  );
  assert.match(
    slow.skipped[0]!.reason,
    /^time 12\d{3} ms over 10000 ms limit \(--timeout\) by the end of copies$/,
  );
  assert.deepEqual(slow.summary.skipped, slow.skipped);
  assert.equal(slow.reached.copies, 4);
  assert.equal(slow.summary.added, 1);
  assert.deepEqual(slow.stored, ['doc-0', 'doc-1', 'doc-2', 'doc-3', 'doc-4', 'doc-6']);
  // Its relation with doc-1 is dropped, doc-6's is kept; no flag, story or briefing names doc-5.
  assert.deepEqual(slow.relations, ['doc-3>doc-6']);
  assert.ok(!slow.flagsOn.includes('doc-5'));
  assert.doesNotMatch(slow.everything, /doc-5/);
  assert.match(slow.everything, /doc-6/);
});

test('in the copy check, an article over the limit has no more pairs verified, and the stages add up', async () => {
  // The first pair (doc-5 with doc-6) takes 12 s: both are over, and the other four pairs are theirs.
  const first = await runCopies('copies-first', { copies: { 1: 12_000 } });
  assert.equal(first.reached.copies, 1);
  assert.equal(first.skipped.length, 2);
  assert.equal(first.summary.added, 0);
  assert.deepEqual(first.stored, ['doc-0', 'doc-1', 'doc-2', 'doc-3', 'doc-4']);
  assert.deepEqual(first.relations, []);
  // 6 s of language analysis and 6 s in the copy check: over the limit together, by the end of copies.
  const together = await runCopies('copies-together', { analyze: { 2: 6000 }, copies: { 4: 6000 } });
  assert.deepEqual(
    together.skipped.map((s) => s.input),
    [(copyOf(3, 'doc-6') as { value: RawDocument }).value.input],
  );
  assert.equal(together.reached.copies, 4);
  assert.deepEqual(together.stored, ['doc-0', 'doc-1', 'doc-2', 'doc-3', 'doc-4', 'doc-5']);
  assert.match(together.skipped[0]!.reason, /^time 12\d{3} ms over .* by the end of copies$/);
  assert.deepEqual(together.relations, ['doc-1>doc-5']);
});

const inputOf = (i: number) => (docs[i] as { value: RawDocument }).value.input;

test('an article out of time in placement is placed as its own story, named with the reason', async () => {
  const none = await run('placement-none', {});
  assert.deepEqual(none.summary.cut, []);
  assert.deepEqual(
    none.stories.map((s) => s.articles.length),
    [5],
  );
  // The last article's placement takes 12 s: it is added all the same, as a story of its own.
  const slow = await run('placement-slow', { placement: { 5: 12_000 } });
  assert.deepEqual(slow.skipped, []);
  assert.equal(slow.summary.added, 5);
  assert.equal(slow.stored.length, 5);
  assert.deepEqual(
    slow.summary.cut.map((c) => c.input),
    [inputOf(4)],
  );
  assert.match(
    slow.summary.cut[0]!.reason,
    /^placed as its own story: time 12\d{3} ms over 10000 ms limit \(--timeout\) in placement$/,
  );
  assert.deepEqual(slow.warned, [`${inputOf(4)}: ${slow.summary.cut[0]!.reason}`]);
  const alone = slow.stories.find((s) => s.articles.includes('doc-4'))!;
  assert.deepEqual(alone.articles, ['doc-4']);
  // Its story's history says why, and the others still make one story.
  assert.match(
    alone.history![0]!.detail,
    /^story started by article doc-4, placed on its own: time 12\d{3} ms/,
  );
  assert.deepEqual(slow.stories.map((s) => s.articles.length).sort(), [1, 4]);
  // Placed on its own earlier, an article is joined again by a later one that fits both stories.
  const early = await run('placement-early', { placement: { 3: 12_000 } });
  assert.deepEqual(
    early.summary.cut.map((c) => c.input),
    [inputOf(2)],
  );
  assert.deepEqual(
    early.stories.map((s) => s.articles.length),
    [5],
  );
  const merged = early.stories[0]!.history!.find((h) => h.kind === 'merged')!;
  assert.deepEqual(merged.articles, ['doc-2']);
});

test('a briefing out of time is stored without the parts it had no time for, marked and named', async () => {
  const none = await run('briefs-none', {});
  const full = none.briefings[0]!;
  assert.equal(full.incomplete, undefined);
  assert.ok(full.timeline.length > 0 && full.summary.length > 0 && full.quotes.length > 0);
  // The story's briefing takes 2.5 s a clock reading: read after its core and each part, it passes
  // 10 s by the end of the timeline, which is left out with the summary; the parts before it stay.
  const slow = await run('briefs-slow', { briefs: { 1: 2500 } });
  assert.deepEqual(slow.skipped, []);
  assert.equal(slow.summary.added, 5);
  assert.equal(slow.briefings.length, 1);
  const cut = slow.briefings[0]!;
  assert.deepEqual(cut.incomplete, {
    reason: 'time 12500 ms over 10000 ms limit (--timeout) by the end of timeline',
    missing: ['timeline', 'summary'],
  });
  assert.deepEqual(cut.timeline, []);
  assert.deepEqual(cut.summary, []);
  assert.deepEqual(
    { ...cut, incomplete: undefined, timeline: full.timeline, summary: full.summary },
    { ...full, incomplete: undefined },
  );
  assert.deepEqual(slow.summary.cut, [
    {
      input: `story ${cut.id}`,
      reason: `briefed without timeline, summary: ${cut.incomplete!.reason}`,
    },
  ]);
  // Out of time before its first part: the story, its articles, events and entities are kept.
  const core = await run('briefs-core', { briefs: { 1: 12_000 } });
  const bare = core.briefings[0]!;
  assert.deepEqual(bare.incomplete!.missing, ['quotes', 'facts', 'conflicts', 'timeline', 'summary']);
  assert.match(bare.incomplete!.reason, /by the end of the story's events and entities$/);
  assert.deepEqual(bare.articles, full.articles);
  assert.deepEqual(bare.entities, full.entities);
  assert.equal(bare.headline, full.headline);
});

test('an analysis without a workspace places and briefs within the limit the same way', async () => {
  const { ctx, skipped, warned } = slowContext({ cluster: { 5: 12_000 }, brief: { 1: 12_000 } });
  const { analysis, stats } = await runOnDocuments(docs, ctx);
  assert.deepEqual(skipped, []);
  assert.equal(analysis.articles.length, 5);
  assert.deepEqual(
    analysis.stories.map((s) => s.articles),
    [['doc-0', 'doc-1', 'doc-2', 'doc-3'], ['doc-4']],
  );
  assert.match(analysis.stories[1]!.history![0]!.detail, /placed on its own: time 12\d{3} ms/);
  assert.deepEqual(
    stats.cut.map((c) => c.input),
    [inputOf(4), `story ${analysis.stories[0]!.id}`],
  );
  assert.match(stats.cut[0]!.reason, /^placed as its own story: time 12\d{3} ms over .* in placement$/);
  assert.match(
    stats.cut[1]!.reason,
    /^briefed without quotes, facts, conflicts, timeline, summary: time 12\d{3} ms/,
  );
  assert.equal(warned.length, 2);
  assert.deepEqual(analysis.stories[0]!.summary, []);
  assert.equal(analysis.stories[1]!.incomplete, undefined);
});

test('an analysis without a workspace times its copy check too: an article over is skipped', async () => {
  const batch = [...docs, copyOf(1, 'doc-5')];
  const none = await runOnDocuments(batch, slowContext({}).ctx);
  assert.deepEqual(none.stats.skipped, []);
  assert.deepEqual(
    none.analysis.relations.map((r) => `${r.from}>${r.to}`),
    ['doc-1>doc-5'],
  );
  // The first pair verified takes 12 s: both its articles are over, the others are analysed.
  const { ctx, skipped, reached } = slowContext({ copies: { 1: 12_000 } });
  const { analysis, stats } = await runOnDocuments(batch, ctx);
  assert.equal(skipped.length, 2);
  for (const s of skipped)
    assert.match(s.reason, /^time 12\d{3} ms over 10000 ms limit \(--timeout\) by the end of copies$/);
  assert.deepEqual(stats.skipped, skipped);
  assert.equal(stats.articles, 4);
  assert.equal(analysis.articles.length, 4);
  assert.ok(reached.copies! > 1, 'the other pairs are verified');
  const gone = batch
    .map((d) => (d as { value: RawDocument }).value)
    .filter((d) => skipped.some((s) => s.input === d.input))
    .map((d) => d.id);
  assert.equal(gone.length, 2);
  const everything = JSON.stringify(analysis);
  for (const id of gone) assert.ok(!everything.includes(`"${id}"`), `${id} is left out`);
});
