import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultConfig } from '../config/index.js';
import type { CleanArticle } from '../types/article.js';
import { refineCorpus } from './corpus.js';

const ctx = {
  config: defaultConfig(),
  now: new Date('2026-01-01T00:00:00Z'),
  reporter: { skipped() {}, progress() {}, warn() {} },
};

function article(id: string, outlet: string | null, paragraphs: string[]): CleanArticle {
  return {
    id,
    input: `${id}.txt`,
    url: null,
    title: null,
    outlet,
    byline: null,
    language: 'en',
    published: null,
    publishedFrom: null,
    dateline: null,
    text: paragraphs.join('\n\n'),
    removed: [],
  };
}

const FOOTER = 'Follow the Daily Ledger on social media for the latest updates';

test('a footer shared by unrelated articles of one outlet is moved to removed', () => {
  const input = [
    article('a', 'ledger', [
      'The bridge reopened on Monday after repairs.',
      'Traffic was light in the morning.',
      FOOTER,
    ]),
    article('b', 'ledger', [
      'The council approved the budget late on Tuesday.',
      'Opposition members abstained.',
      FOOTER,
    ]),
    article('c', 'other', ['A storm is expected on the coast this weekend.', 'Ferries may be cancelled.']),
  ];
  const snapshot = JSON.stringify(input);
  const out = refineCorpus(input, ctx);
  assert.equal(JSON.stringify(input), snapshot, 'input is not mutated');
  assert.ok(!out[0]!.text.includes(FOOTER));
  assert.ok(!out[1]!.text.includes(FOOTER));
  assert.deepEqual(
    out[0]!.removed.map((r) => r.kind),
    ['boilerplate'],
  );
  assert.equal(out[2], input[2], 'an article without repeats is returned as it was');
});

test('paragraphs shared by copies of one report stay (syndication is not boilerplate)', () => {
  const story = [
    'Officials confirmed the talks would resume next week.',
    'Both sides called the meeting useful.',
    'No agreement was signed.',
  ];
  const input = ['x', 'y', 'z'].map((id) =>
    article(id, `outlet-${id}`, [...story, `Local angle from ${id}.`]),
  );
  const out = refineCorpus(input, ctx);
  for (const a of out) assert.ok(a.text.includes('Both sides called the meeting useful.'));
  assert.ok(out.every((a) => a.removed.length === 0));
});

test('a line repeated across three different outlets and stories is removed', () => {
  const promo = 'Download our app for breaking news alerts';
  const input = [
    article('p', 'one', ['Rain is forecast for the north.', promo]),
    article('q', 'two', ['The museum opens a new wing.', promo]),
    article('r', 'three', ['Shares fell sharply in early trading.', promo]),
  ];
  const out = refineCorpus(input, ctx);
  assert.ok(out.every((a) => !a.text.includes(promo)));
  assert.match(out[0]!.removed[0]!.reason ?? '', /repeated in 3/);
});
