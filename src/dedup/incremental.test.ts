import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { defaultConfig } from '../config/index.js';
import type { AnalyzedArticle } from '../types/article.js';
import type { Context } from '../types/stages.js';
import { detectReuseIncremental, MemoryFingerprintIndex } from './index.js';
import { articleFromText } from './measure/article.js';

const ctx: Context = {
  config: defaultConfig(),
  now: new Date('2026-01-01T00:00:00Z'),
  reporter: { skipped() {}, progress() {}, warn() {} },
};
const fixture = (name: string) =>
  readFileSync(join(import.meta.dirname, 'fixtures', 'council', `${name}.txt`), 'utf8');

/** A workspace stand-in: band lookup over the in-memory index, articles by id, and a record of what was read. */
function workspace() {
  const index = new MemoryFingerprintIndex();
  const stored = new Map<string, AnalyzedArticle>();
  const read: string[][] = [];
  return {
    read,
    async store(
      result: { fingerprints: { article: string; bands: string[] }[] },
      articles: AnalyzedArticle[],
    ) {
      for (const f of result.fingerprints) index.add(f.article, f.bands);
      for (const a of articles) stored.set(a.id, a);
    },
    lookup: {
      async findByBands(bands: readonly string[]) {
        return index.query(bands);
      },
      async getArticles(ids: readonly string[]) {
        read.push([...ids]);
        return ids.map((id) => stored.get(id)!);
      },
    },
  };
}

test('a new near copy is found among stored articles by band lookup, reading only the candidate', async () => {
  const ws = workspace();
  const first = [
    articleFromText('orig', fixture('original'), '2024-03-01'),
    articleFromText('other', fixture('other'), '2024-03-01'),
  ];
  const r1 = await detectReuseIncremental(first, ctx, ws.lookup);
  assert.deepEqual(r1.relations, []);
  assert.deepEqual(
    r1.fingerprints.map((f) => [f.article, f.bands.length]),
    [
      ['orig', 42],
      ['other', 42],
    ],
  );
  await ws.store(r1, first);
  const copy = articleFromText('copy', fixture('original').replace('Tuesday', 'Monday'), '2024-03-02');
  const r2 = await detectReuseIncremental([copy], ctx, ws.lookup);
  assert.deepEqual(ws.read, [['orig']], 'only the candidate is read, never the whole store');
  assert.deepEqual(
    r2.relations.map((r) => [r.kind, r.from, r.to]),
    [['near-duplicate', 'copy', 'orig']],
  );
  assert.equal(r2.flags.get('copy')![0]!.kind, 'near-duplicate');
  assert.equal(r2.origins.get('copy'), 'orig');
});

test('copies inside one fresh batch are found too, and re-ingesting an article does not relate it to itself', async () => {
  const ws = workspace();
  const orig = articleFromText('orig', fixture('original'), '2024-03-01');
  const batch = [orig, articleFromText('dup', fixture('original'), '2024-03-02')];
  const r1 = await detectReuseIncremental(batch, ctx, ws.lookup);
  assert.deepEqual(
    r1.relations.map((r) => [r.kind, r.from, r.to]),
    [['duplicate', 'dup', 'orig']],
  );
  await ws.store(r1, batch);
  const again = await detectReuseIncremental([orig], ctx, ws.lookup);
  assert.ok(again.relations.every((r) => r.from !== r.to));
  assert.deepEqual(
    again.relations.map((r) => [r.kind, r.from, r.to]),
    [['duplicate', 'dup', 'orig']],
  );
});

test('a stored candidate’s spin score is read from the store, worked out only when it has none, and the judgement is the same', async () => {
  const { intrinsicSpin } = await import('./spin/score.js');
  const { spinStamp } = await import('./spin/stamp.js');
  const orig = articleFromText('orig', fixture('original'), '2024-03-01');
  const copy = () => articleFromText('copy', fixture('original').replace('Tuesday', 'Monday'), '2024-03-02');
  const run = async (scores: Map<string, number> | null) => {
    const ws = workspace();
    await ws.store(await detectReuseIncremental([orig], ctx, ws.lookup), [orig]);
    const asked: { ids: string[]; stamp: number }[] = [];
    const lookup = scores
      ? {
          ...ws.lookup,
          async getSpins(ids: readonly string[], stamp: number) {
            asked.push({ ids: [...ids], stamp });
            return new Map([...scores].filter(([id]) => ids.includes(id)));
          },
        }
      : ws.lookup;
    return { result: await detectReuseIncremental([copy()], ctx, lookup), asked };
  };
  const worked = intrinsicSpin(orig.text).score;
  // No score stored: the candidate's is worked out, and returned to be kept.
  const none = await run(new Map());
  assert.deepEqual(none.asked, [{ ids: ['orig'], stamp: spinStamp() }]);
  assert.deepEqual(
    none.result.spins.find((s) => s.article === 'orig'),
    { article: 'orig', score: worked },
  );
  assert.ok(
    none.result.spins.some((s) => s.article === 'copy'),
    'the fresh article’s score is kept too',
  );
  // Stored: it is used as it is, not worked out again (so not returned), and the judgement is the same.
  const kept = await run(new Map([['orig', worked]]));
  assert.equal(
    kept.result.spins.find((s) => s.article === 'orig'),
    undefined,
  );
  assert.deepEqual(kept.result.relations, none.result.relations);
  assert.deepEqual(kept.result.flags, none.result.flags);
});
