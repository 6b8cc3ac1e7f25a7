import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countDocument, timexMetrics } from './score.js';

test('TempEval-3 counts: strict, relaxed one-to-one, type and value over relaxed matches', () => {
  const gold = [
    { start: 0, end: 6, type: 'DATE', value: '2022-01-21' },
    { start: 10, end: 19, type: 'DATE', value: '2022-W04' },
    { start: 30, end: 35, type: 'DURATION', value: 'P2W' },
  ];
  const predicted = [
    { start: 0, end: 6, type: 'DATE', value: '2022-01-21' }, // strict, right
    { start: 13, end: 19, type: 'DATE', value: '2022-W05' }, // relaxed only, wrong value
    { start: 40, end: 44, type: 'DATE', value: '2022' }, // spurious
  ];
  const c = countDocument(gold, predicted);
  assert.deepEqual(c, { gold: 3, predicted: 3, strict: 1, relaxed: 2, typeOk: 2, valueOk: 1 });
  const m = timexMetrics(c);
  assert.equal(Math.round(m.relaxed_f1! * 1000) / 1000, 0.667);
  assert.equal(Math.round(m.value_f1! * 1000) / 1000, 0.333);
  assert.equal(Math.round(m.strict_f1! * 1000) / 1000, 0.333);
});

test('no predictions: every rate is 0, not NaN', () => {
  const m = timexMetrics(countDocument([{ start: 0, end: 3, type: 'DATE', value: '1997' }], []));
  for (const v of Object.values(m)) assert.equal(v, 0);
});
