import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { defaultConfig } from '../config/index.js';
import { repoRoot } from '../eval/data.js';
import type { AnalyzedArticle } from '../types/article.js';
import type { Context } from '../types/stages.js';
import { loadStages, toAnalyzed } from './adapt/articles.js';
import { type ArticleFeatures, Clusterer, cluster } from './index.js';

const ctx: Context = {
  config: defaultConfig(),
  now: new Date('2026-01-01T00:00:00Z'),
  reporter: { skipped() {}, progress() {}, warn() {} },
};
const config = ctx.config.cluster;

async function geneva(): Promise<AnalyzedArticle[]> {
  const dir = join(repoRoot, 'examples', 'geneva-2022');
  const stages = await loadStages();
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => toAnalyzed({ name, text: readFileSync(join(dir, name), 'utf8') }, stages, ctx));
}

/** Synthetic features: every key weighs 1. */
function features(id: string, keys: string[], day: number | null = null): ArticleFeatures {
  return {
    id,
    weights: new Map(keys.map((k) => [k, 1])),
    surfaces: new Map(keys.map((k) => [k, k.slice(2)])),
    happening: { date: null, weekday: null, source: null },
    actors: [],
    day,
  };
}

const keys = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `e:${prefix}${i}`);

test('Geneva: the four reports of the meeting are one event; the later phone call is another', async () => {
  const articles = await geneva();
  const clusterer = new Clusterer(config);
  const placed = articles.map((a) => clusterer.add(a));
  const [meeting, ...rest] = placed;
  for (const p of rest.slice(0, 3)) assert.equal(p.event, meeting!.event);
  assert.notEqual(placed[4]!.event, meeting!.event);
  const event = clusterer
    .groups()
    .flatMap((g) => g.events)
    .find((e) => e.id === meeting!.event)!;
  assert.equal(event.date, '2022-01-21');
  assert.match(event.label ?? '', /Lavrov|Blinken|Russia/);
});

test('Geneva in reverse order: the phone call first, and still the same split', async () => {
  const articles = (await geneva()).reverse();
  const clusterer = new Clusterer(config);
  const [call, ...meeting] = articles.map((a) => clusterer.add(a));
  for (const p of meeting) assert.equal(p.event, meeting[0]!.event);
  assert.notEqual(call!.event, meeting[0]!.event);
});

test('the batch stage equals the stream, and a restored snapshot continues it exactly', async () => {
  const articles = await geneva();
  const batch = cluster(articles, ctx);
  const first = new Clusterer(config);
  for (const a of articles.slice(0, 2)) first.add(a);
  const restored = new Clusterer(config, JSON.parse(JSON.stringify(first.snapshot())));
  for (const a of articles.slice(2)) restored.add(a);
  assert.deepEqual(restored.groups(), batch);
  assert.deepEqual(cluster(articles, ctx), batch, 'same input, same order, same result');
});

test('ids stay stable as more articles arrive, and re-adding an article changes nothing', () => {
  const c = new Clusterer(config);
  const a = c.place(features('a', keys('x', 6)));
  const before = c.snapshot();
  c.place(features('b', keys('x', 5)));
  c.place(features('c', keys('y', 6)));
  assert.deepEqual(c.place(features('b', keys('x', 5))), c.place(features('b', keys('x', 5))));
  const story = c.groups().find((g) => g.articles.includes('a'))!;
  assert.equal(story.id, a.story);
  assert.deepEqual(story.articles, ['a', 'b']);
  const { changed, removed } = c.changedSince(before);
  assert.deepEqual(changed.map((g) => g.id).sort(), [a.story, c.place(features('c', [])).story].sort());
  assert.deepEqual(removed, []);
});

test('an article that bridges two stories merges them, and the merge is recorded', () => {
  const c = new Clusterer(config);
  const left = c.place(features('l', keys('a', 4)));
  const right = c.place(features('r', keys('b', 4)));
  assert.notEqual(left.story, right.story);
  const before = c.snapshot();
  const bridge = c.place(features('m', [...keys('a', 4), ...keys('b', 4)]));
  const groups = c.groups();
  assert.equal(groups.length, 1);
  assert.equal(bridge.story, left.story, 'the older story keeps its id');
  const merges = groups[0]!.history!.filter((h) => h.kind === 'merged');
  assert.ok(merges.length >= 1);
  assert.ok(merges.some((h) => h.articles.includes('r')));
  assert.deepEqual(c.changedSince(before).removed, [right.story]);
});

test('decay: the same words weeks later start a new story instead of joining the old one', () => {
  const day = 19_000;
  const c = new Clusterer(config);
  const first = c.place(features('old', keys('q', 6), day));
  const sameDay = c.place(features('next', keys('q', 6), day));
  assert.equal(sameDay.event, first.event);
  const later = c.place(features('later', keys('q', 6), day + 40));
  assert.notEqual(later.story, first.story);
});

test('events on different days of one story stay apart, inside the story', () => {
  const c = new Clusterer(config);
  const on = (id: string, date: string, extra: string[]) => ({
    ...features(id, [...keys('k', 6), ...extra]),
    happening: { date, weekday: null, source: 'lead-date' as const },
  });
  const meeting = c.place(on('m1', '2022-01-21', ['t:meeting', 't:geneva', 't:hotel', 't:talks']));
  c.place(on('m2', '2022-01-21', ['t:meeting', 't:geneva', 't:hotel', 't:talks']));
  const call = c.place(on('c1', '2022-01-25', ['t:call', 't:phone', 't:minutes', 't:official']));
  assert.notEqual(call.event, meeting.event);
  assert.equal(call.story, meeting.story);
});
