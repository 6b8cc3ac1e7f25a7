import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BoundedMemo, SpinMemo } from './memo.js';

test('bounded memo: holds at most its size, forgets what was not used lately, keeps what was', () => {
  const memo = new BoundedMemo<string, number | null>(4);
  memo.set('a', 1).set('b', 2).set('c', 3);
  memo.set('a', 10); // already held: nothing is forgotten
  assert.equal(memo.size, 3);
  assert.equal(memo.get('a'), 10);
  memo.set('d', 4).set('e', 5);
  // 'a' was read lately and stays; 'b', set before it and not read since, is forgotten.
  assert.equal(memo.get('b'), undefined);
  assert.equal(memo.get('a'), 10);
  for (let i = 0; i < 1000; i++) {
    memo.set(`w${i}`, i);
    assert.equal(memo.get('a'), 10, 'a memo read at every step is never forgotten');
    assert.ok(memo.size <= 4);
  }
  assert.equal(memo.get('w0'), undefined);
  assert.equal(memo.get('w999'), 999);
  // A null answer is an answer, told apart from none.
  memo.set('n', null);
  assert.equal(memo.get('n'), null);
  assert.equal(memo.get('missing'), undefined);
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
