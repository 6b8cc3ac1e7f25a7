import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { MemoryFingerprintIndex } from './memory-index.js';
import { BANDS, estimateJaccard, fingerprint, HASHES } from './minhash.js';

const text = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'council', 'original.txt'), 'utf8');
const other = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'council', 'other.txt'), 'utf8');
const nearCopy = text.replace('Tuesday', 'Monday').replace('four years', 'five years');

test('fingerprints are stable: same text, same bands and signature', () => {
  const a = fingerprint(text);
  const b = fingerprint(`${text}`);
  assert.equal(a.bands.length, BANDS);
  assert.equal(a.signature.length, HASHES);
  assert.deepEqual(a.bands, b.bands);
  assert.deepEqual([...a.signature], [...b.signature]);
  assert.match(a.bands[0]!, /^00:[0-9a-v]{7}$/);
  // Punctuation and case do not change a fingerprint; words do.
  assert.deepEqual(fingerprint(text.toUpperCase().replaceAll('"', '“')).bands, a.bands);
  assert.deepEqual(fingerprint(''), { bands: [], signature: fingerprint('').signature });
});

test('the stored format is pinned: band keys written by one release are read by the next', () => {
  const f = fingerprint('The city council approved a new transport budget on Tuesday.');
  assert.deepEqual(f.bands.slice(0, 3), ['00:1af31mo', '01:08escov', '02:2u86dbm']);
  assert.deepEqual([...f.signature.slice(0, 3)], [156324000, 374238, 932886963]);
});

test('MinHash estimates: a near copy is close, an unrelated text far', () => {
  const a = fingerprint(text).signature;
  assert.ok(estimateJaccard(a, fingerprint(nearCopy).signature) > 0.7);
  assert.ok(estimateJaccard(a, fingerprint(other).signature) < 0.1);
});

test('the LSH index finds a near copy and not an unrelated text', () => {
  const index = new MemoryFingerprintIndex();
  index.add('orig', fingerprint(text).bands);
  index.add('other', fingerprint(other).bands);
  const hits = index.query(fingerprint(nearCopy).bands);
  assert.ok((hits.get('orig') ?? 0) >= 10, `shared bands ${hits.get('orig')}`);
  assert.equal(hits.has('other'), false);
});

test('deletions: a removed article is no longer found; re-adding finds it once', () => {
  const index = new MemoryFingerprintIndex();
  const bands = fingerprint(text).bands;
  index.add('a', bands);
  index.add('b', bands);
  index.remove('a');
  assert.deepEqual([...index.query(bands).keys()], ['b']);
  index.add('a', bands);
  index.add('a', bands);
  assert.deepEqual(
    index.query(bands),
    new Map([
      ['b', BANDS],
      ['a', BANDS],
    ]),
  );
  assert.equal(index.count, 2);
});

test('deletions at scale: compaction drops dead entries and keeps the live ones', () => {
  const index = new MemoryFingerprintIndex();
  for (let i = 0; i < 3000; i++) index.add(`d${i}`, [`x:${i}`, `y:${i % 7}`]);
  for (let i = 0; i < 2000; i++) index.remove(`d${i}`);
  assert.equal(index.count, 1000);
  assert.deepEqual(index.query(['x:2500']), new Map([['d2500', 1]]));
  assert.equal(index.query(['x:10']).size, 0);
  assert.equal(index.query(['y:3']).size, [...Array(1000).keys()].filter((i) => (i + 2000) % 7 === 3).length);
});
