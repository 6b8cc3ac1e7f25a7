import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleFromText } from '../measure/article.js';
import { seedIndex, sentenceDiff } from './derived.js';
import { diffSentences } from './diff.js';
import { verifyPair } from './index.js';
import { viewOf } from './view.js';

const SETTINGS = { minRun: 3, minAlign: 0.4 };
const source =
  'The council approved a new transport budget on Tuesday. Critics said the plan was rushed. ' +
  'The mayor told reporters the buses would run by spring.';
const copies = [
  'The council approved a new transport budget on Tuesday. Critics stated the plan was hurried.',
  'The mayor informed reporters the buses would run by spring. The council approved a new transport budget.',
  'Critics said the plan was rushed. The mayor told journalists the trams would run by summer.',
];

test('a view verified against many others reads its derived words once', () => {
  const a = viewOf(articleFromText('a', source));
  assert.equal(seedIndex(a, 3), seedIndex(a, 3));
  assert.notEqual(seedIndex(a, 3), seedIndex(a, 4));
  const b = viewOf(articleFromText('b', copies[0]!));
  let made = 0;
  const counted = (x: readonly string[], y: readonly string[]) => {
    made++;
    return diffSentences(x, y);
  };
  const first = sentenceDiff(a, 0, b, 0, counted);
  assert.equal(sentenceDiff(a, 0, b, 0, counted), first);
  // Another view with the same sentence words shares the diff; another sentence does not.
  const twin = viewOf(articleFromText('twin', copies[0]!));
  assert.equal(sentenceDiff(a, 0, twin, 0, counted), first);
  assert.notEqual(sentenceDiff(a, 0, b, 1, counted), first);
  assert.equal(made, 2);
});

test('reports from views reused across pairs equal reports from fresh views', () => {
  const reused = [source, ...copies].map((t, i) => viewOf(articleFromText(`r${i}`, t)));
  const fresh = (i: number) => viewOf(articleFromText(`r${i}`, [source, ...copies][i]!));
  for (let i = 0; i < reused.length; i++)
    for (let j = 0; j < reused.length; j++) {
      if (i === j) continue;
      const warm = verifyPair(reused[i]!, reused[j]!, SETTINGS);
      const cold = verifyPair(fresh(i), fresh(j), SETTINGS);
      assert.deepEqual(warm, cold, `pair ${i} ${j}`);
    }
});
