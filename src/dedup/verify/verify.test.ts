import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleFromText } from '../measure/article.js';
import { diffSentences, lcsPairs } from './diff.js';
import { passageSpans, verifyPair } from './index.js';
import { coverage, sharedRuns } from './runs.js';
import { paraphraseScore } from './sentence.js';
import { viewOf } from './view.js';

const words = (s: string) => s.split(' ');

test('shared runs: maximal, greedy, at least the minimum length', () => {
  const a = words('x the council approved the budget on tuesday y z');
  const b = words('on monday the council approved the budget on tuesday after all');
  assert.deepEqual(sharedRuns(a, b, 3), [{ a: 1, b: 2, length: 7 }]);
  assert.deepEqual(sharedRuns(words('a b c'), words('c b a'), 2), []);
  assert.equal(coverage([{ a: 1, b: 2, length: 7 }], 'a', a.length), 0.7);
  assert.equal(coverage([{ a: 1, b: 2, length: 7 }], 'a', a.length, new Uint8Array(a.length)), 0);
});

test('sentence diff: anchors, phrase substitutions and extra words', () => {
  assert.deepEqual(lcsPairs(words('a b c'), words('a x c')), [
    [0, 0],
    [2, 2],
  ]);
  const d = diffSentences(
    words('he told reporters in a phone call'),
    words('he instructed reporters in a cellphone name'),
  );
  assert.equal(d.same, 4);
  assert.deepEqual(
    d.substitutions.map((s) => [s.from, s.to]),
    [
      ['told', 'instructed'],
      ['phone call', 'cellphone name'],
    ],
  );
  assert.equal(d.extra, 0);
});

test('names and figures shared by two reports are not evidence of copying', () => {
  const a = viewOf(
    articleFromText('a', 'On Friday US Secretary of State Antony Blinken arrived with 100,000 aides.'),
  );
  const b = viewOf(
    articleFromText('b', 'Officials said US Secretary of State Antony Blinken left with 100,000 aides.'),
  );
  const r = verifyPair(a, b, { minRun: 3, minAlign: 0.4 });
  assert.equal(r.coverA, 0);
});

test('passage spans point at the same words on both sides', () => {
  const text = 'The council approved a new transport budget on Tuesday after a long debate.';
  const a = viewOf(articleFromText('a', `Breaking: ${text}`));
  const b = viewOf(articleFromText('b', text));
  const r = verifyPair(a, b, { minRun: 3, minAlign: 0.4 });
  const [span] = passageSpans(r);
  assert.equal(a.text.slice(span!.from.start, span!.from.end), b.text.slice(span!.to.start, span!.to.end));
  assert.ok(r.verbatimB === 1 && r.coverB > 0.6);
});

test('sentence paraphrase score: synonyms count, changed figures count against', () => {
  const same = paraphraseScore(
    'The company said profits rose sharply.',
    'The firm stated that profits rose sharply.',
  );
  const figures = paraphraseScore('Profits rose 5 percent.', 'Profits rose 9 percent.');
  const unrelated = paraphraseScore(
    'The company said profits rose sharply.',
    'Rain flooded the valley overnight.',
  );
  assert.ok(same >= 0.8, String(same));
  assert.ok(figures < paraphraseScore('Profits rose 5 percent.', 'Profits rose 5 percent.'));
  assert.ok(unrelated < 0.3, String(unrelated));
});
