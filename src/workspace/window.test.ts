// The clusterer loaded from rows, window by window, must place exactly as one clusterer that saw
// the whole stream in one process: same stories, same events, same ids.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { defaultConfig } from '../config/index.js';
import { repoRoot } from '../eval/data.js';
import { runOnDocuments } from '../pipeline.js';
import { openWorkspace } from '../store/index.js';
import type { RawDocument } from '../types/article.js';
import type { Context, Outcome } from '../types/stages.js';
import { addDocuments } from './index.js';

const base = defaultConfig();
// Small windows, so groups and remembered articles expire and rows go cold between runs.
const config = {
  ...base,
  cluster: { ...base.cluster, expireArticles: 6, sweepEvery: 4 },
  runtime: { ...base.runtime, workers: 1 },
};
const ctx: Context = {
  config,
  now: new Date('2026-01-01T00:00:00Z'),
  reporter: { skipped() {}, progress() {}, warn() {} },
};

const fights: Record<string, string> = {
  rahman:
    'Hasim Rahman, the former champion from Baltimore, was stopped in the seventh round by referee Tony Weeks at the SAP Arena in Mannheim.',
  thompson:
    'Tony Thompson, the southpaw from Washington, was knocked out in the sixth round at the Stade de Suisse before forty thousand fans.',
  quake:
    'A magnitude 6.1 earthquake struck the Iranian province of Kerman on Sunday, killing at least twelve villagers and damaging hundreds of mud-brick homes.',
};

function stream(): Outcome<RawDocument>[] {
  const doc = (id: string, content: string): Outcome<RawDocument> => ({
    status: 'ok',
    value: { id, input: `${id}.txt`, kind: 'text', format: 'text', content, meta: {} },
  });
  const dir = join(repoRoot, 'examples', 'geneva-2022');
  const geneva = readdirSync(dir)
    .sort()
    .map((f) => doc(f, readFileSync(join(dir, f), 'utf8')));
  const reports = [
    'rahman',
    'quake',
    'thompson',
    'rahman',
    'quake',
    'thompson',
    'rahman',
    'quake',
    'rahman',
    'thompson',
  ].map((k, i) => doc(`r${i}`, `${fights[k]} Report ${i}, filed by our correspondent.`));
  return [...geneva.slice(0, 3), ...reports.slice(0, 5), ...geneva.slice(3), ...reports.slice(5)];
}

const shape = (stories: { id: string; articles: string[]; events: { id: string; articles: string[] }[] }[]) =>
  stories
    .map((s) => ({
      id: s.id,
      articles: [...s.articles].sort(),
      events: s.events.map((e) => [e.id, [...e.articles].sort()]),
    }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));

test('placing from rows in many runs equals one clusterer over the whole stream', async () => {
  const docs = stream();
  const whole = (await runOnDocuments(docs, ctx)).analysis.stories;
  const dir = mkdtempSync(join(tmpdir(), 'newsfuse-window-'));
  try {
    const path = join(dir, 'w.db');
    for (let i = 0; i < docs.length; i += 3) {
      const ws = await openWorkspace(path);
      await addDocuments(docs.slice(i, i + 3), ws, ctx, { chunk: 2 });
      await ws.close();
    }
    const ws = await openWorkspace(path);
    const stored = await ws.getStories();
    assert.ok(whole.length >= 3, `the stream holds several stories (${whole.length})`);
    assert.deepEqual(shape(stored), shape(whole));
    // The window shrank as groups expired: cold rows are kept but not loaded.
    assert.ok((await ws.getRows('memory', { hot: true })).length <= 8 + 6);
    await ws.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a chunk that fails to commit stops the ingest with its error: the chunks before it stay stored, the next one is not placed', async () => {
  const docs = stream();
  const dir = mkdtempSync(join(tmpdir(), 'newsfuse-window-'));
  try {
    const ws = await openWorkspace(join(dir, 'w.db'));
    let commits = 0;
    // The second chunk's commit fails: the third must never be committed.
    const failing = new Proxy(ws, {
      get(target, key) {
        const value = Reflect.get(target, key, target);
        if (key !== 'commit') return typeof value === 'function' ? value.bind(target) : value;
        return (batch: Parameters<typeof ws.commit>[0]) => {
          commits++;
          if (commits === 2) return Promise.reject(new Error('disk full'));
          return target.commit(batch);
        };
      },
    });
    await assert.rejects(addDocuments(docs, failing, ctx, { chunk: 4 }), /disk full/);
    assert.equal(commits, 2);
    assert.equal((await ws.stats()).articles, 4);
    await ws.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
