import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Quote } from '../../types/article.js';
import { contentWords } from '../text/words.js';
import { groupStatements, isScare, type QuoteItem, sameStatement, speakerMatch } from './merge.js';

const OPTS = { overlap: 0.5, overlapNoSpeaker: 0.85, scareWords: 4 };

function q(
  text: string,
  speakerName: string | null,
  speaker: string | null = null,
  extra: Partial<Quote> = {},
): Quote {
  return {
    start: 0,
    end: text.length,
    text,
    direct: true,
    speakerName,
    speaker,
    speakerMention: null,
    cue: null,
    ...extra,
  };
}
const item = (article: string, quote: Quote): QuoteItem => ({
  article,
  quote,
  words: contentWords(quote.text),
});

test('two translations of one statement by one speaker meet', () => {
  const a = item('a', q('I can’t say whether we are on the right track or not', 'Sergey Lavrov', 'e1'));
  const b = item(
    'b',
    q("I can't tell you if we're on the right track or the wrong track", 'Sergei Lavrov', 'e9'),
  );
  assert.equal(speakerMatch(a.quote, b.quote), 'same', 'surnames meet across transliterations');
  assert.equal(sameStatement(a, b, OPTS), true);
});

test('the same words from different speakers stay apart', () => {
  const a = item('a', q('we are on the right track', 'Sergey Lavrov', 'e1'));
  const b = item('b', q('we are on the right track', 'Antony Blinken', 'e2'));
  assert.equal(sameStatement(a, b, OPTS), false);
});

test('an unattributed copy joins only when nearly identical', () => {
  const a = item(
    'a',
    q('We will understand that when we receive the US written response', 'Sergey Lavrov', 'e1'),
  );
  const near = item('b', q('We will understand that when we receive the US written response.', null));
  const loose = item('c', q('We will receive a response', null));
  assert.equal(sameStatement(a, near, OPTS), true);
  assert.equal(sameStatement(a, loose, OPTS), false);
});

test('a long quote links two shorter ones into one statement', () => {
  const long = item(
    'b',
    q(
      "I can't tell you if we're on the right track. We'll understand this when we receive the American response to our proposal.",
      'Lavrov',
    ),
  );
  const one = item('a', q('I can’t say whether we are on the right track or not', 'Lavrov'));
  const two = item(
    'a',
    q('We will understand that when we receive the US written response to all of our proposals.', 'Lavrov'),
  );
  assert.equal(groupStatements([one, two, long], OPTS).length, 1);
});

test('scare quotes: marked, or a few words nobody is said to have said', () => {
  assert.equal(isScare(q('hysteria', null), 4), true);
  assert.equal(isScare(q('a long considered statement', 'X', 'e1', { scare: true }), 4), true);
  assert.equal(isScare(q('not words', 'Antony Blinken', 'e2'), 4), false);
});
