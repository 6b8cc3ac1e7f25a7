import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Relation } from '../types/story.js';
import { originsFromRelations } from './origins.js';

const rel = (kind: Relation['kind'], from: string, to: string): Relation => ({ kind, from, to, score: 1 });

test('copies of copies share the origin of the report that copies nothing', () => {
  const ids = ['c', 'a', 'b', 'x', 'y'];
  const origins = originsFromRelations(ids, [
    rel('syndicated', 'b', 'a'),
    rel('spun', 'c', 'b'),
    rel('near-duplicate', 'y', 'x'),
  ]);
  assert.deepEqual(
    [...origins],
    [
      ['c', 'a'],
      ['a', 'a'],
      ['b', 'a'],
      ['x', 'x'],
      ['y', 'x'],
    ],
  );
});

test('no relations: every article is its own origin; unknown ids and cycles are handled', () => {
  assert.deepEqual(
    [...originsFromRelations(['a', 'b'], [rel('derived', 'a', 'zzz')])],
    [
      ['a', 'a'],
      ['b', 'b'],
    ],
  );
  const cyc = originsFromRelations(['a', 'b'], [rel('duplicate', 'a', 'b'), rel('duplicate', 'b', 'a')]);
  assert.equal(cyc.get('a'), cyc.get('b'));
});
