import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BoundedMemo, SpinMemo } from './memo.js';

test('bounded memo: past its size the oldest entry is forgotten, a re-set key keeps its place', () => {
  const memo = new BoundedMemo<string, number>(3);
  memo.set('a', 1).set('b', 2).set('c', 3);
  memo.set('a', 10); // already held: nothing is forgotten
  assert.equal(memo.size, 3);
  assert.equal(memo.get('a'), 10);
  memo.set('d', 4);
  assert.equal(memo.size, 3);
  assert.equal(memo.get('a'), undefined);
  assert.deepEqual([memo.get('b'), memo.get('c'), memo.get('d')], [2, 3, 4]);
  for (let i = 0; i < 1000; i++) memo.set(`w${i}`, i);
  assert.equal(memo.size, 3);
});

test('spin memo: keeps at most its size of scores and gives a batch its own signals', () => {
  const memo = new SpinMemo(2);
  memo.withFresh([['x', { score: 0.9, signals: [{ kind: 'rare', evidence: 'e' }] }]] as never);
  assert.equal(memo.get('x')?.signals.length, 1);
  memo.endBatch();
  assert.deepEqual(memo.get('x'), { score: 0.9, signals: [] });
  memo.set('y', { score: 0.1, signals: [] }).set('z', { score: 0.2, signals: [] });
  assert.equal(memo.size, 2);
  assert.equal(memo.get('x'), undefined);
});
