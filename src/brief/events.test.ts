import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { TimeExpression } from '../types/article.js';
import { compareDates, leadDate, storyEvents } from './events.js';
import { dateConflicts } from './facts/conflicts.js';
import { miniArticle, noReuse, testContext } from './fixtures/mini.js';
import { brief } from './index.js';
import { sourceBook } from './sources.js';

function dated(id: string, text: string, phrase: string, value: string, published = '2022-01-22') {
  const start = text.indexOf(phrase);
  const time: TimeExpression = { start, end: start + phrase.length, text: phrase, type: 'DATE', value };
  return miniArticle(id, text, { times: [time], published });
}

const A = dated(
  'a',
  'The ministers met in Geneva on Friday. Talks lasted 90 minutes.',
  'on Friday',
  '2022-01-21',
);
const B = dated(
  'b',
  'The ministers met in Geneva yesterday. They agreed to talk again.',
  'yesterday',
  '2022-01-21',
);
const C = dated(
  'c',
  'The ministers met in Geneva on Thursday. They agreed to talk again.',
  'on Thursday',
  '2022-01-20',
);
const Q = dated(
  'q',
  '"We met today," the minister said on arrival. Nothing more was said.',
  'today',
  '2022-01-22',
);

test('an event is dated by its reports’ leads, most-backed day first', () => {
  const group = { id: 'g', articles: ['a', 'b', 'c'], events: [{ id: 'e', articles: ['a', 'b', 'c'] }] };
  const events = storyEvents(group, [A, B, C], sourceBook([A, B, C], noReuse(['a', 'b', 'c']), 0.5));
  assert.equal(events[0]!.date, '2022-01-21');
  assert.ok(events[0]!.label.startsWith('The ministers met'));
});

test('a "today" inside a quote is the speaker’s day, not a lead date', () => {
  const quoted = {
    ...Q,
    quotes: [
      {
        start: 1,
        end: 13,
        text: 'We met today',
        direct: true,
        speakerName: null,
        speaker: null,
        speakerMention: null,
        cue: null,
      },
    ],
  };
  assert.equal(leadDate(quoted), null);
  assert.equal(leadDate(Q)?.value, '2022-01-22');
});

test('reports dating one event on different days are a conflict, each side with its sources', () => {
  const book = sourceBook([A, B, C], noReuse(['a', 'b', 'c']), 0.5);
  const event = { id: 'e', label: 'the meeting', date: '2022-01-21', articles: ['a', 'b', 'c'] };
  const [conflict] = dateConflicts({
    articles: [A, B, C],
    events: [event],
    book,
    tolerance: 0.1,
    names: new Map(),
  });
  assert.equal(conflict?.about, 'date of the meeting');
  assert.deepEqual(
    conflict?.claims.map((c) => c.sources),
    [['a', 'b'], ['c']],
  );
  assert.equal(
    dateConflicts({ articles: [A, B], events: [event], book, tolerance: 0.1, names: new Map() }).length,
    0,
  );
});

test('undated events sort after dated ones, by code point not locale', () => {
  assert.deepEqual(['2022-02', null, '2022-01-21'].sort(compareDates), ['2022-01-21', '2022-02', null]);
});

test('a story with an empty article and no events still briefs without inventing anything', () => {
  const empty = miniArticle('z', '');
  const story = brief(
    {
      group: { id: 'g', articles: ['z', 'missing'], events: [] },
      articles: [empty],
      entities: [],
      reuse: noReuse(['z']),
    },
    testContext(),
  );
  assert.deepEqual(story.articles, ['z']);
  assert.deepEqual(story.summary, []);
  assert.equal(story.events.length, 1);
  assert.equal(story.events[0]!.date, null);
  assert.deepEqual([story.quotes, story.facts, story.conflicts, story.timeline], [[], [], [], []]);
});
