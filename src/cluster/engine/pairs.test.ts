import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Remembered } from './memory.js';
import { PairSimilarities } from './pairs.js';

const entry = (id: string): Remembered =>
  ({
    id,
    day: null,
    vec: [],
    weighted: [],
    happening: { date: null, weekday: null, source: null },
  }) as Remembered;

describe('pair similarities', () => {
  it('works a pair out once, and an ordered pair apart from its reverse', () => {
    const pairs = new PairSimilarities();
    const [a, b] = [entry('a'), entry('b')];
    let computed = 0;
    const sim = (x: number) => () => {
      computed++;
      return x;
    };
    assert.equal(pairs.get(a, b, sim(0.25)), 0.25);
    assert.equal(pairs.get(a, b, sim(0.9)), 0.25);
    assert.equal(pairs.get(b, a, sim(0.5)), 0.5);
    assert.equal(computed, 2);
  });

  it('tells apart two entries with the same id (one restored from a window is another object)', () => {
    const pairs = new PairSimilarities();
    const [a, b, again] = [entry('a'), entry('b'), entry('b')];
    pairs.get(a, b, () => 0.3);
    assert.equal(
      pairs.get(a, again, () => 0.7),
      0.7,
    );
  });

  it('forgets every pair when cleared (the vectors were reweighed)', () => {
    const pairs = new PairSimilarities();
    const [a, b] = [entry('a'), entry('b')];
    pairs.get(a, b, () => 0.3);
    pairs.clear();
    assert.equal(pairs.size, 0);
    assert.equal(
      pairs.get(a, b, () => 0.6),
      0.6,
    );
  });

  it('holds at most its bound, and keeps a pair in use', () => {
    const pairs = new PairSimilarities(100);
    const entries = Array.from({ length: 40 }, (_, i) => entry(`e${i}`));
    const [first, second] = entries;
    pairs.get(first!, second!, () => 0.42);
    for (const x of entries)
      for (const y of entries)
        if (x !== y) {
          pairs.get(x, y, () => 0.1);
          pairs.get(first!, second!, () => 0.99);
          assert.ok(pairs.size <= 100);
        }
    assert.equal(
      pairs.get(first!, second!, () => 0.99),
      0.42,
    );
  });
});
