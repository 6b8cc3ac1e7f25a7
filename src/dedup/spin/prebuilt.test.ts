import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { serialize } from 'node:v8';
import { gzipSync } from 'node:zlib';
import { readTable, writeTable } from './prebuilt.js';
import { buildSenseTable } from './senses.js';
import { buildLexicon } from './wordnet.js';

const dir = mkdtempSync(join(tmpdir(), 'newsfuse-wordnet-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('a stored WordNet table reads back equal to the one derived from the dictionary', () => {
  const senses = buildSenseTable();
  writeTable('senses', senses, join(dir, 'senses.v8'));
  assert.deepEqual(readTable('senses', join(dir, 'senses.v8')), senses);

  const lexicon = buildLexicon();
  writeTable('lexicon', lexicon, join(dir, 'lexicon.v8'));
  const back = readTable<typeof lexicon>('lexicon', join(dir, 'lexicon.v8'));
  assert.ok(back);
  assert.deepEqual(back.start, lexicon.start);
  assert.deepEqual(back.neighbours, lexicon.neighbours);
  assert.deepEqual(back.members, lexicon.members);
  assert.deepEqual([...back.lemmaSynsets], [...lexicon.lemmaSynsets]);
  assert.deepEqual([...back.idOf], [...lexicon.idOf]);
});

test('a missing, unreadable, stale or other-format table is ignored', () => {
  assert.equal(readTable('senses', join(dir, 'absent.v8')), null);
  writeFileSync(join(dir, 'garbage.v8'), 'not a serialized value');
  assert.equal(readTable('senses', join(dir, 'garbage.v8')), null);
  writeFileSync(
    join(dir, 'stale.v8'),
    gzipSync(serialize({ format: 1, wordnet: '0.0.0-other', table: { x: 1 } })),
  );
  assert.equal(readTable('senses', join(dir, 'stale.v8')), null);
  writeTable('senses', { x: 1 }, join(dir, 'good.v8'));
  assert.deepEqual(readTable('senses', join(dir, 'good.v8')), { x: 1 });
  writeFileSync(join(dir, 'format.v8'), gzipSync(serialize({ format: 99, wordnet: 'any', table: { x: 1 } })));
  assert.equal(readTable('senses', join(dir, 'format.v8')), null);
});
