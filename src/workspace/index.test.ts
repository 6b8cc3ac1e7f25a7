import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { defaultConfig } from '../config/index.js';
import { openWorkspace } from '../store/index.js';
import type { RawDocument } from '../types/article.js';
import type { Context } from '../types/stages.js';
import { addDocuments } from './index.js';

const ctx: Context = {
  config: defaultConfig(),
  now: new Date('2026-01-01T00:00:00Z'),
  reporter: { skipped() {}, progress() {}, warn() {} },
};

// Two fights of one champion: the reports share their opening and differ in the challenger.
const opening = 'Heavyweight champion Wladimir Klitschko defended his titles in Bern against the challenger';
const fights = {
  rahman:
    'Hasim Rahman, the former champion from Baltimore, who was stopped in the seventh round by referee Tony Weeks at the SAP Arena in Mannheim.',
  thompson:
    'Tony Thompson, the southpaw from Washington, who was knocked out in the sixth round at the Stade de Suisse before forty thousand fans.',
};

function report(i: number, fight: keyof typeof fights): { status: 'ok'; value: RawDocument } {
  const content = `${opening} ${fights[fight]} Report number ${i} of the fight.`;
  return {
    status: 'ok',
    value: { id: `r${i}`, input: `r${i}.txt`, kind: 'text', format: 'text', content, meta: {} },
  };
}

test('a story split by a later ingest is rewritten: every stored story matches the clusterer', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsfuse-ws-'));
  const ws = await openWorkspace(join(dir, 'split.db'));
  try {
    const first = [0, 1, 2, 3].map((i) => report(i, 'rahman')).concat([report(4, 'thompson')]);
    await addDocuments(first, ws, ctx, { chunk: 1 });
    const before = await ws.getStories();
    assert.equal(before.length, 1, 'the first report of the second fight joins the first story');
    await addDocuments(
      [5, 6, 7].map((i) => report(i, 'thompson')),
      ws,
      ctx,
      { chunk: 1 },
    );
    const stories = await ws.getStories();
    const byArticle = new Map<string, string[]>();
    for (const s of stories)
      for (const a of s.articles) byArticle.set(a, [...(byArticle.get(a) ?? []), s.id]);
    for (const [article, ids] of byArticle)
      assert.equal(ids.length, 1, `${article} is stored in ${ids.join(', ')}`);
    const of = (id: string) => stories.find((s) => s.articles.includes(id))!;
    assert.equal(of('r0').id, before[0]!.id, 'the first story keeps its id');
    assert.deepEqual(of('r0').articles, ['r0', 'r1', 'r2', 'r3']);
    assert.deepEqual(of('r4').articles, ['r4', 'r5', 'r6', 'r7']);
    assert.ok(of('r0').history?.some((h) => h.kind === 'split' && h.articles.includes('r4')));
  } finally {
    await ws.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('two writers ingesting into one workspace at once lose nothing: a stale writer re-reads and retries', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsfuse-ws-'));
  const path = join(dir, 'shared.db');
  const [a, b] = [await openWorkspace(path), await openWorkspace(path)];
  try {
    const left = [0, 1, 2, 3, 4, 5].map((i) => report(i, 'rahman'));
    const right = [10, 11, 12, 13, 14, 15].map((i) => report(i, 'thompson'));
    // Chunks of one: the two runs interleave commit by commit, each often behind the other.
    const [sa, sb] = await Promise.all([
      addDocuments(left, a, ctx, { chunk: 1 }),
      addDocuments(right, b, ctx, { chunk: 1 }),
    ]);
    assert.equal(sa.added + sb.added, 12);
    const stories = await a.getStories();
    const placed = stories.flatMap((s) => s.articles).sort();
    const expected = [...left, ...right].map((r) => r.value.id).sort();
    assert.deepEqual(placed, expected, 'every article is in exactly one stored story');
    const events = await a.getRows('event', { ids: stories.flatMap((s) => s.events.map((e) => e.id)) });
    const inRows = events.flatMap((r) => (r.data as { articles: string[] }).articles).sort();
    assert.deepEqual(inRows, expected, 'and in the stored cluster rows');
    const indexed = (await a.listStories({ limit: 100 })).items;
    assert.deepEqual(indexed.map((e) => e.id).sort(), stories.map((s) => s.id).sort(), 'each story indexed');
    for (const s of stories) assert.equal((await a.getBriefing(s.id))?.stories[0]?.id, s.id, 'and briefed');
    assert.equal(await a.getState('cluster.version'), 12, 'one version per committed chunk');
  } finally {
    await a.close();
    await b.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
