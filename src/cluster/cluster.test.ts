import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { defaultConfig } from '../config/index.js';
import { repoRoot } from '../eval/data.js';
import type { AnalyzedArticle } from '../types/article.js';
import type { Context } from '../types/stages.js';
import { loadStages, toAnalyzed } from './adapt/articles.js';
import { type ArticleFeatures, articleFeatures, Clusterer, cluster } from './index.js';

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
  const call = clusterer
    .groups()
    .flatMap((g) => g.events)
    .find((e) => e.id === placed[4]!.event)!;
  assert.equal(
    call.date,
    'XXXX-WXX-2',
    'the undated call report says "on Tuesday": a Tuesday of no known week',
  );
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

test('decay: the same words months later start a new story instead of joining the old one', () => {
  const day = 19_000;
  const c = new Clusterer(config);
  const first = c.place(features('old', keys('q', 6), day));
  const sameDay = c.place(features('next', keys('q', 6), day));
  assert.equal(sameDay.event, first.event);
  const later = c.place(features('later', keys('q', 6), day + 150));
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

test('a story that took in a second happening is split when it is re-read, and the split is recorded', () => {
  // Two happenings of one kind: six words in common, four of their own. The first reports of the
  // second happening join the first (nothing else to join yet); once three of them are in, the
  // re-read separates them.
  const report = (id: string, own: string) => features(id, [...keys('kind', 5), ...keys(own, 5), `e:${id}`]);
  const c = new Clusterer(config);
  const first = ['a0', 'a1', 'a2', 'a3'].map((id) => c.place(report(id, 'a')));
  const early = c.place(report('b0', 'b'));
  assert.equal(
    early.story,
    first[0]!.story,
    'the first report of the second happening joins the first story',
  );
  const before = c.snapshot();
  for (const id of ['b1', 'b2', 'b3']) c.place(report(id, 'b'));
  const groups = c.groups();
  const a = groups.find((g) => g.articles.includes('a0'))!;
  const b = groups.find((g) => g.articles.includes('b0'))!;
  assert.equal(a.id, first[0]!.story, 'the part holding the first article keeps the id');
  assert.deepEqual(a.articles, ['a0', 'a1', 'a2', 'a3']);
  assert.deepEqual(b.articles, ['b0', 'b1', 'b2', 'b3']);
  assert.equal(c.place(report('b0', 'b')).story, b.id, 'moved articles are placed in the new story');
  for (const g of [a, b]) {
    const split = g.history!.find((h) => h.kind === 'split');
    assert.ok(split, `story ${g.id} records the split`);
    assert.ok(split.articles.includes('b0'));
    assert.match(split.detail, /within.*across/);
  }
  const { changed, removed } = c.changedSince(before);
  assert.deepEqual(changed.map((g) => g.id).sort(), [a.id, b.id].sort());
  assert.deepEqual(removed, []);
});

test('a split survives a snapshot: a restored clusterer continues the same stream exactly', () => {
  const report = (id: string, own: string) => features(id, [...keys('kind', 5), ...keys(own, 5), `e:${id}`]);
  const stream = ['a0', 'a1', 'a2', 'a3', 'b0', 'b1', 'b2', 'b3', 'a4', 'b4'].map((id) => report(id, id[0]!));
  const whole = new Clusterer(config);
  for (const f of stream) whole.place(f);
  const half = new Clusterer(config);
  for (const f of stream.slice(0, 6)) half.place(f);
  const restored = new Clusterer(config, JSON.parse(JSON.stringify(half.snapshot())));
  for (const f of stream.slice(6)) restored.place(f);
  assert.deepEqual(restored.groups(), whole.groups());
  assert.equal(whole.groups().length, 2);
});

test('expiry needs both idle days and idle arrivals: an archive fed out of date order keeps its stories', () => {
  const c = new Clusterer({ ...config, sweepEvery: 1, expireArticles: 3 });
  const old = c.place(features('old', keys('q', 6), 10_000));
  c.place(features('new', keys('z', 6), 20_000));
  const late = c.place(features('late', keys('q', 6), 10_001));
  assert.equal(late.story, old.story, 'a few arrivals later the old story is still matched');
  for (let i = 0; i < 4; i++) c.place(features(`n${i}`, keys(`n${i}x`, 6), 20_000));
  const later = c.place(features('later', keys('q', 6), 10_002));
  assert.notEqual(
    later.story,
    old.story,
    'idle for more arrivals than expireArticles, and for months: forgotten',
  );
});

test("actors: a new event naming none of the story's people stays out of it; one naming them joins", () => {
  // Same kind of happening, different words for each event; only the actors differ.
  const event = (id: string, own: string, actors: string[]) => ({
    ...features(id, [...keys('kind', 4), ...keys(own, 8), ...actors]),
    actors,
  });
  const score = (actors: string[]) => {
    const c = new Clusterer({ ...config, storyThreshold: 0.15 });
    const first = c.place(event('first', 'x', ['n:lindsay lohan']));
    c.place(event('first2', 'x', ['n:lindsay lohan']));
    return { first, next: c.place(event('next', 'y', actors)) };
  };
  const same = score(['n:lindsay lohan']);
  assert.notEqual(same.next.event, same.first.event);
  assert.equal(same.next.story, same.first.story, 'the same person carries the story on');
  const other = score(['n:tara reid']);
  assert.notEqual(other.next.story, other.first.story, 'someone else doing the same thing is another story');
  const unknown = score([]);
  assert.equal(unknown.next.story, unknown.first.story, 'no actors named: no evidence either way');
});

test('protagonists: reports of one kind with the same team but about different people stay apart', () => {
  // Same kind of happening and the same team and coach named; the words differ a little per report.
  const report = (id: string, own: string, actors: string[]) => ({
    ...features(id, [...keys('kind', 5), ...keys(own, 5), ...actors]),
    actors,
  });
  const run = (second: string[]) => {
    const c = new Clusterer(config);
    const first = c.place(report('a0', 'a', ['n:saints', 'n:reggie bush', 'p:bush']));
    c.place(report('a1', 'b', ['n:saints', 'n:reggie bush', 'p:bush']));
    return { first, next: c.place(report('b0', 'c', second)) };
  };
  const same = run(['n:saints', 'n:reggie bush', 'p:bush']);
  assert.equal(same.next.story, same.first.story, 'the same person: the same story');
  const other = run(['n:saints', 'n:reggie bush', 'n:pierre thomas', 'p:thomas']);
  assert.notEqual(other.next.story, other.first.story, 'the same team, another player: another story');
  const nobody = run(['n:saints']);
  assert.equal(nobody.next.story, nobody.first.story, 'no protagonist named: no evidence either way');
  const off = new Clusterer({ ...config, protagonistPenalty: 1 });
  const a0 = off.place(report('a0', 'a', ['n:saints', 'p:bush']));
  off.place(report('a1', 'b', ['n:saints', 'p:bush']));
  assert.equal(
    off.place(report('b0', 'c', ['n:saints', 'p:thomas'])).story,
    a0.story,
    'without the penalty they join',
  );
});

test('protagonists are the people an article names most, by surname; a passing name is none', async () => {
  const [meeting] = await geneva();
  const f = articleFeatures(meeting!, config);
  assert.deepEqual(
    f.actors.filter((k) => k.startsWith('p:')),
    ['p:blinken', 'p:lavrov'],
  );
  const stages = await loadStages();
  const read = (text: string) =>
    articleFeatures(toAnalyzed({ name: 'x', text }, stages, ctx), config).actors.filter((k) =>
      k.startsWith('p:'),
    );
  const injury =
    'The New Orleans Saints placed running back Pierre Thomas on injured reserve on Wednesday. ' +
    'Thomas hurt his ankle in the second quarter. Coach Sean Payton said Thomas would have surgery. ' +
    'Thomas had 500 yards this season.';
  assert.deepEqual(read(injury), ['p:thomas']);
  assert.deepEqual(read('Coach Sean Payton said the team would sign another back on Thursday.'), []);
});

test('rejoin: two fragments of one story are merged when an article fits both and together they hold', () => {
  const frag = (id: string, own: string[], actors = ['n:carrier']) => ({
    ...features(id, [...own, ...actors]),
    actors,
  });
  const x = keys('w', 10);
  const y = [...keys('w', 2), ...keys('v', 8)];
  const bridge = [...keys('w', 10), ...keys('v', 8), ...keys('z', 10)];
  const run = (cfg: typeof config, yActors?: string[]) => {
    const c = new Clusterer(cfg);
    const x0 = c.place(frag('x0', x));
    c.place(frag('x1', x));
    const y0 = c.place(frag('y0', y, yActors));
    c.place(frag('y1', y, yActors));
    c.place(frag('m', bridge));
    return { c, x0, y0 };
  };
  const { c, x0, y0 } = run(config);
  assert.notEqual(y0.story, x0.story, 'the second fragment started a story of its own');
  const groups = c.groups();
  assert.equal(groups.length, 1);
  assert.equal(groups[0]!.id, x0.story, 'the older fragment keeps its id');
  const merge = groups[0]!.history!.find((h) => h.kind === 'merged');
  assert.match(merge?.detail ?? '', /read together/);
  assert.deepEqual(merge?.articles, ['y0', 'y1']);
  assert.equal(run({ ...config, rejoin: false }).c.groups().length, 2, 'without rejoin they stay apart');
  assert.equal(
    run(config, ['n:someone else']).c.groups().length,
    2,
    'fragments carried by other people stay apart',
  );
});

test('decay counts days outside the period a story spans, so an archive may arrive in any order', () => {
  const day = 19_000;
  const c = new Clusterer(config);
  // A story followed for a hundred days, one report every 25.
  const placed = [0, 25, 50, 75, 100].map((d) => c.place(features(`d${d}`, keys('q', 6), day + d)));
  assert.ok(placed.every((p) => p.story === placed[0]!.story));
  // A late-arriving report from its fifth day: inside the span, so not decayed (95 days from its
  // latest report would have halved the score three times).
  assert.equal(c.place(features('d5', keys('q', 6), day + 5)).story, placed[0]!.story);
  assert.notEqual(c.place(features('d300', keys('q', 6), day + 300)).story, placed[0]!.story);
});
