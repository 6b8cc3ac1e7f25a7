// Results cloned from a worker thread bring one string per occurrence; sharing them must keep every
// value as it was and give the repeats back to the heap.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Interner, SHORT } from './intern.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function heapAfterGc(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

test('sharing keeps every value, key order and kind of container as it was', () => {
  const long = 'x'.repeat(SHORT + 1);
  const value = {
    mentions: [
      { entity: 'person:clinton', text: 'Clinton', provenance: 'inferred', start: 3 },
      { entity: 'person:clinton', text: 'Clinton', provenance: 'stated', start: 40 },
    ],
    weights: new Map([
      ['n:clinton', 2],
      ['v:say', 1],
    ]),
    seen: new Set(['a', 'b']),
    signature: Uint32Array.from([1, 2, 3]),
    text: long,
    none: null,
  };
  const copy = structuredClone(value);
  assert.deepEqual(new Interner().share(copy), value);
  assert.deepEqual([...copy.weights.keys()], ['n:clinton', 'v:say']);
  assert.ok(copy.signature instanceof Uint32Array);
});

test('the repeats of a cloned batch go back to the heap once shared', () => {
  const labels = Array.from({ length: 50 }, (_, i) => `person:someone-${i}`);
  const batch = Array.from({ length: 200_000 }, (_, i) => ({
    entity: labels[i % 50]!,
    provenance: 'inferred',
  }));
  // As a worker's message arrives: one string per occurrence.
  let cloned: typeof batch | undefined = structuredClone(batch);
  const before = heapAfterGc();
  cloned = new Interner().share(cloned);
  const after = heapAfterGc();
  assert.equal(cloned.length, batch.length);
  assert.ok(before - after > 8 * 1024 * 1024, `${((before - after) / 1048576).toFixed(1)} MB given back`);
});
