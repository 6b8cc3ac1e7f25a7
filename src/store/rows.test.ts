import assert from 'node:assert/strict';
import { it } from 'node:test';
import { StoreError } from './errors.js';
import { sampleBatch } from './fixtures/sample.js';
import { checkedMigrations, pendingMigrations } from './migrations/index.js';
import { encodeBatch, missingArticles } from './rows.js';
import { withoutArticle } from './stories.js';

it('keeps the first of repeated articles and the last of repeated stories', () => {
  const b = sampleBatch('r', 2);
  const again = { ...b.articles[0]!, title: 'second copy' };
  const story = { id: 's', articles: ['r-0'], events: [] };
  const rows = encodeBatch(
    {
      ...b,
      articles: [...b.articles, again],
      stories: [story, { ...story, articles: ['r-0', 'r-1'] }],
      deletedStories: ['x', 'x'],
    },
    'ws.db',
  );
  assert.deepEqual(
    rows.articles.map((a) => a.id),
    ['r-0', 'r-1'],
  );
  assert.equal(JSON.parse(rows.articles[0]!.data).title, b.articles[0]!.title);
  assert.deepEqual(
    rows.stories.map((s) => JSON.parse(s.data).articles),
    [['r-0', 'r-1']],
  );
  assert.deepEqual(rows.deletedStories, ['x']);
});

it('turns null or undefined state into a removal', () => {
  const rows = encodeBatch({ ...sampleBatch('r', 0), state: { a: null, b: undefined, c: 0 } }, 'ws.db');
  assert.deepEqual(rows.state, [
    { name: 'a', data: null },
    { name: 'b', data: null },
    { name: 'c', data: '0' },
  ]);
});

it('lists references outside the batch and names the first missing one', () => {
  const b = sampleBatch('r', 2);
  b.relations.push({ kind: 'derived', from: 'r-1', to: 'old-7', score: 0.5 });
  b.fingerprints.push({ article: 'old-9', bands: ['k'] });
  const rows = encodeBatch(b, 'ws.db');
  assert.deepEqual([...rows.outside.keys()], ['old-7', 'old-9']);
  assert.equal(missingArticles('ws.db', rows.outside, new Set(['old-7', 'old-9'])), null);
  const e = missingArticles('ws.db', rows.outside, new Set(['old-9']));
  assert.ok(e instanceof StoreError && e.code === 'invalid-batch');
  assert.match(
    e.message,
    /^cannot commit to ws\.db: relation derived r-1 → old-7 refers to article old-7, which is neither/,
  );
});

it('refuses ids that are not strings and scores that are not numbers, naming them', () => {
  const b = sampleBatch('r', 1);
  assert.throws(
    () => encodeBatch({ ...b, articles: [{ ...b.articles[0]!, id: '' }] }, 'ws.db'),
    /an article has id ""/,
  );
  const bad = {
    ...b,
    relations: [{ kind: 'spun' as const, from: 'r-0', to: 'r-0', score: Number.POSITIVE_INFINITY }],
  };
  assert.throws(() => encodeBatch(bad, 'ws.db'), /relation spun r-0 → r-0 has score Infinity/);
});

it('drops a deleted article from a story and its events, and the story once it is empty', () => {
  const story = {
    id: 's',
    articles: ['a', 'b'],
    events: [
      { id: 'e1', articles: ['a'] },
      { id: 'e2', articles: ['a', 'b'] },
    ],
  };
  assert.deepEqual(withoutArticle(story, 'a'), {
    id: 's',
    articles: ['b'],
    events: [{ id: 'e2', articles: ['b'] }],
  });
  assert.equal(withoutArticle(story, 'z'), story);
  assert.equal(withoutArticle({ id: 's', articles: ['a'], events: [] }, 'a'), null);
  assert.deepEqual(story.articles, ['a', 'b']);
});

it('numbers migrations without gaps and knows which are pending', () => {
  const list = [
    { version: 1, name: 'a', sql: '' },
    { version: 2, name: 'b', sql: '' },
  ];
  assert.deepEqual(
    pendingMigrations(checkedMigrations(list), 1).map((m) => m.name),
    ['b'],
  );
  assert.throws(() => checkedMigrations([list[1]!]), /migration "b" has version 2; expected 1/);
});
