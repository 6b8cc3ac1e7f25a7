import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkAt, partition } from './split.js';

const settings = { threshold: 0.2, cohesion: 0.5, minPart: 2 };

/** A similarity matrix where items of one block are `inside` alike and `across` alike otherwise. */
function blocks(labels: string, inside: number, across: number): Float64Array[] {
  return [...labels].map((a, i) =>
    Float64Array.from([...labels], (b, j) => (i === j ? 1 : a === b ? inside : across)),
  );
}

test('two tight blocks with little in common become two parts, the oldest first', () => {
  assert.deepEqual(partition(blocks('aabbab', 0.8, 0.1), settings), [
    [0, 1, 4],
    [2, 3, 5],
  ]);
});

test('blocks more alike than the threshold, but far below their own cohesion, still split', () => {
  assert.deepEqual(partition(blocks('aaabbb', 0.9, 0.3), settings), [
    [0, 1, 2],
    [3, 4, 5],
  ]);
  assert.equal(partition(blocks('aaabbb', 0.5, 0.3), settings), null, 'loose blocks at 0.3 hold together');
});

test('one group, or a part too small to stand alone, is not split', () => {
  assert.equal(partition(blocks('aaaaaa', 0.6, 0.6), settings), null);
  assert.equal(partition(blocks('aaaaab', 0.8, 0.05), settings), null, 'a lone outlier stays');
  const sim = blocks('aaabbbc', 0.8, 0.05);
  sim[6]![0] = sim[0]![6] = sim[6]![1] = sim[1]![6] = 0.15;
  assert.deepEqual(
    partition(sim, settings),
    [
      [0, 1, 2, 6],
      [3, 4, 5],
    ],
    'the outlier joins the part it is closest to',
  );
});

test('groups are re-read at every size while small, then as they grow by a quarter', () => {
  assert.equal(checkAt(5, 6), false);
  assert.ok([6, 7, 8, 24].every((n) => checkAt(n, 6)));
  const later = Array.from({ length: 1000 }, (_, i) => i + 25).filter((n) => checkAt(n, 6));
  assert.ok(later.length > 5 && later.length < 20, `${later.length} re-reads between 25 and 1024`);
});
