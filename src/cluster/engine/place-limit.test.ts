// A placement with a time limit (see PlaceLimit): the limit is read before each candidate is
// compared and between the steps after the choice. Out of time before the choice, the article is
// placed as its own story; after it, it keeps its place and its story's checks are left out.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { defaultConfig } from '../../config/index.js';
import { repoRoot } from '../../eval/data.js';
import type { Context } from '../../types/stages.js';
import { loadStages, toAnalyzed } from '../adapt/articles.js';
import { type ArticleFeatures, articleFeatures, Clusterer, type PlaceLimit } from '../index.js';

const ctx: Context = {
  config: defaultConfig(),
  now: new Date('2026-01-01T00:00:00Z'),
  reporter: { skipped() {}, progress() {}, warn() {} },
};
const config = ctx.config.cluster;
const REASON = 'time 12000 ms over 10000 ms limit (--timeout)';

async function genevaFeatures(): Promise<ArticleFeatures[]> {
  const dir = join(repoRoot, 'examples', 'geneva-2022');
  const stages = await loadStages();
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => toAnalyzed({ name, text: readFileSync(join(dir, name), 'utf8') }, stages, ctx))
    .map((a) => articleFeatures(a, config));
}

/** A limit out of time from its `from`-th reading on (never when null), counting its readings. */
function limitFrom(from: number | null): PlaceLimit & { reads: number } {
  const limit = {
    reads: 0,
    over: () => {
      limit.reads++;
      return from !== null && limit.reads >= from ? REASON : null;
    },
  };
  return limit;
}

/** The Geneva articles placed in order, the last one with `limit`. */
function placeLast(all: readonly ArticleFeatures[], limit?: PlaceLimit) {
  const c = new Clusterer(config);
  for (const f of all.slice(0, -1)) c.place(f);
  const placed = c.place(all.at(-1)!, limit);
  return { placed, groups: c.groups() };
}

test('a placement within its limit is the placement without one, and reads the limit at each step', async () => {
  const all = await genevaFeatures();
  const free = placeLast(all);
  assert.equal(free.groups.length, 1, 'the Geneva articles make one story');
  const limit = limitFrom(null);
  const limited = placeLast(all, limit);
  assert.deepEqual(limited, free);
  // Four candidates compared, the choice, the rejoin check and the two re-reads of its groups.
  assert.equal(limit.reads, all.length - 1 + 1 + 3);
});

test('out of time before its place is chosen, an article is placed as its own story, which says why', async () => {
  const all = await genevaFeatures();
  const last = all.at(-1)!.id;
  for (const from of [1, 3, all.length]) {
    const limit = limitFrom(from);
    const { placed, groups } = placeLast(all, limit);
    assert.equal(limit.reads, from, 'no comparison after the limit passed');
    assert.equal(placed.cut, `placed as its own story: ${REASON} in placement`);
    assert.equal(groups.length, 2);
    const own = groups.find((g) => g.id === placed.story)!;
    assert.deepEqual(own.articles, [last]);
    assert.deepEqual(own.history, [
      {
        kind: 'created',
        detail: `story started by article ${last}, placed on its own: ${REASON} in placement`,
        articles: [last],
      },
    ]);
  }
});

test("out of time after the choice, an article keeps its place and its story's checks are left out", async () => {
  const all = await genevaFeatures();
  const free = placeLast(all);
  const reads = all.length - 1 + 1 + 3;
  for (const from of [reads - 2, reads]) {
    const limit = limitFrom(from);
    const { placed, groups } = placeLast(all, limit);
    assert.equal(limit.reads, from, 'no step read after the limit passed');
    assert.equal(
      placed.cut,
      `placed without the rejoin and split checks of its story: ${REASON} in placement`,
    );
    assert.equal(placed.story, free.placed.story);
    assert.deepEqual(
      groups.map((g) => g.articles),
      free.groups.map((g) => g.articles),
    );
  }
});
