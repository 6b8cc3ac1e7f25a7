import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Analysis, Story } from '../types/story.js';
import { genevaFixture } from './fixtures/geneva.js';
import { testContext } from './fixtures/mini.js';
import { brief, verifyAnalysis } from './index.js';

const f = genevaFixture();
const spunId = f.articles[4]!.id;
const before = JSON.stringify(f.articles);
const story: Story = brief(
  { group: f.group, articles: f.articles, entities: f.entities, reuse: f.reuse },
  testContext(),
);

test('the stage never mutates its input', () => {
  assert.equal(JSON.stringify(f.articles), before);
});

test('headline and events: the meeting is dated 2022-01-21, the later call is its own event', () => {
  assert.ok(story.headline.length > 10);
  const meeting = story.events.find((e) => e.id === 'ev-meeting')!;
  assert.equal(meeting.date, '2022-01-21');
  assert.ok(meeting.label.length > 0);
  assert.equal(story.events[0]!.id, 'ev-meeting', 'dated events come first');
});

test('summary: 5–8 verbatim, cited sentences, none resting on the spun copy alone', () => {
  assert.ok(story.summary.length >= 5 && story.summary.length <= 8, `${story.summary.length} sentences`);
  const analysis: Analysis = {
    schema: 'newsfuse/analysis@1',
    articles: f.articles,
    stories: [story],
    relations: [],
  };
  const v = verifyAnalysis(analysis);
  assert.deepEqual(v.problems, []);
  assert.equal(v.sentences, story.summary.length);
  for (const s of story.summary) assert.ok(s.citations.some((c) => c.article !== spunId));
  assert.equal(new Set(story.summary.map((s) => s.text)).size, story.summary.length, 'no sentence twice');
});

test('summary cites near-same sentences in other reports', () => {
  assert.ok(story.summary.some((s) => new Set(s.citations.map((c) => c.article)).size >= 2));
});

test('facts: 100,000 troops backed by the four reports, the spun copy adds nothing', () => {
  const troops = story.facts.find((x) => x.value === 100000 && x.unit === 'troops');
  assert.ok(troops, JSON.stringify(story.facts.map((x) => x.text)));
  assert.equal(troops.sources.length, 5);
  assert.ok(troops.sources.includes(spunId));
  assert.equal(troops.independentSources, 4);
});

test('quotes: Lavrov’s two renderings are one statement; scare quotes are skipped', () => {
  const lavrov = story.quotes.filter((q) => q.speakerName === 'Sergey Lavrov' && /right track/.test(q.text));
  assert.equal(lavrov.length, 1);
  assert.ok(new Set(lavrov[0]!.occurrences.map((o) => o.article)).size >= 2);
  assert.ok(!story.quotes.some((q) => q.text === 'hysteria'));
});

test('conflicts: "constructive and useful" against "open and useful"', () => {
  const c = story.conflicts.find((x) => /described/.test(x.about));
  assert.ok(c, JSON.stringify(story.conflicts));
  assert.deepEqual(c.claims.map((x) => x.text).sort(), ['constructive and useful', 'open and useful']);
});

test('timeline: earliest first, unresolved expressions last and shown as such', () => {
  const resolved = story.timeline.filter((t) => t.precision !== 'unresolved');
  assert.ok(resolved.some((t) => t.date === '2022-01-21' && t.precision === 'day'));
  const firstUnresolved = story.timeline.findIndex((t) => t.precision === 'unresolved');
  assert.ok(
    firstUnresolved < 0 || story.timeline.slice(firstUnresolved).every((t) => t.precision === 'unresolved'),
  );
  assert.ok(story.timeline.filter((t) => t.precision === 'unresolved').every((t) => t.date.includes('X')));
  assert.ok(!story.timeline.some((t) => /What you need to know/.test(t.text)), 'headings are not happenings');
});

test('entities are the story’s linked entities', () => {
  assert.deepEqual(
    story.entities.map((e) => e.id),
    f.entities.map((e) => e.id),
  );
});

test("the story carries the clusterer's record of its merges and splits", () => {
  const history = [
    { kind: 'created' as const, detail: 'story started by article a', articles: ['a'] },
    { kind: 'merged' as const, detail: 'story s-2 merged into s-1: article m fits both', articles: ['b'] },
  ];
  const withHistory = brief(
    { group: { ...f.group, history }, articles: f.articles, entities: f.entities, reuse: f.reuse },
    testContext(),
  );
  assert.deepEqual(withHistory.history, history);
  assert.deepEqual(story.history, f.group.history ?? []);
});

test('a feed summary in the story: no quote or summary sentence is taken from it, facts still count it', () => {
  const teaserId = f.articles[0]!.id;
  const articles = f.articles.map((a) => (a.id === teaserId ? { ...a, kind: 'summary' as const } : a));
  const s = brief({ group: f.group, articles, entities: f.entities, reuse: f.reuse }, testContext());
  assert.ok(s.summary.length > 0);
  assert.ok(s.summary.every((x) => x.citations.every((c) => c.article !== teaserId)));
  assert.ok(s.quotes.every((q) => q.occurrences.every((o) => o.article !== teaserId)));
  assert.ok(s.facts.some((x) => x.sources.includes(teaserId)));
  assert.deepEqual(s.articles, story.articles);
});
