// Schema 4 ("compact"): band keys as integers, engine rows in an ordinary table, entities keyed by
// id alone. A workspace written at schema 3 is carried forward with every key still found.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import type { Relation } from '../types/story.js';
import { deflate, inflate, storedBand, storedBandSql } from './codec.js';
import { randomBandKey as bandKey, seededRandom as rng, sampleBatch } from './fixtures/sample.js';
import { SQLITE_MIGRATIONS, SQLITE_SCHEMA_VERSION } from './migrations/sqlite.js';
import { openSqliteWorkspace } from './sqlite.js';
import { NEW_PAGE_SIZE, NEWSFUSE_APPLICATION_ID } from './sqlite-open.js';

const dir = mkdtempSync(join(tmpdir(), 'newsfuse-compact-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('band keys as stored', () => {
  it('packs a MinHash key into one integer and keeps any other key as its text', () => {
    assert.equal(storedBand('00:0000000'), 0);
    assert.equal(storedBand('00:0000001'), 1);
    assert.equal(storedBand('01:0000000'), 2 ** 35);
    assert.equal(storedBand('vv:vvvvvvv'), 1023 * 2 ** 35 + 2 ** 35 - 1);
    for (const other of ['b1', 'sample/07:1x3kq9a', '07:1X3KQ9A', '07:1x3kq9', '07-1x3kq9a', '123'])
      assert.equal(storedBand(other), other);
  });

  it('gives the same value in SQL (used to migrate stored keys) as in code', () => {
    const db = new Database(':memory:');
    const random = rng(11);
    const keys = [...Array.from({ length: 500 }, () => bandKey(random)), 'b1', '07:1X3KQ9A', '123'];
    const sql = db.prepare(`SELECT ${storedBandSql('k.value')} AS v FROM json_each(?) k`).pluck();
    assert.deepEqual(sql.all(JSON.stringify(keys)), keys.map(storedBand));
    db.close();
  });
});

/** A workspace file at schema 3, as the release before this one wrote it. */
function schema3(path: string, bands: Map<string, string[]>): void {
  const db = new Database(path);
  for (const m of SQLITE_MIGRATIONS.filter((m) => m.version <= 3)) db.exec(m.sql);
  db.pragma('user_version = 3');
  db.pragma(`application_id = ${NEWSFUSE_APPLICATION_ID}`);
  let seq = 0;
  for (const [id, keys] of bands) {
    db.prepare('INSERT INTO articles (id, seq, input, data) VALUES (?, ?, ?, ?)').run(
      id,
      ++seq,
      `${id}.txt`,
      JSON.stringify({ id, text: 'x' }),
    );
    for (const k of keys) db.prepare('INSERT INTO bands (band, article) VALUES (?, ?)').run(k, id);
    db.prepare('INSERT INTO cluster_rows (kind, id, ord, hot, data) VALUES (?, ?, ?, ?, ?)').run(
      'memory',
      id,
      seq,
      1,
      deflate(JSON.stringify({ id, vec: [['t:talk', 1.5]], pad: 'p'.repeat(3000) })),
    );
  }
  db.prepare('INSERT INTO entities (id, name, type, aliases) VALUES (?, ?, ?, ?)').run(
    'person:ada',
    'Ada',
    'person',
    '["Ada"]',
  );
  db.close();
}

describe('a schema-3 workspace', () => {
  it('is migrated to schema 4: every band key still finds its articles, rows and entities kept', async () => {
    const random = rng(3);
    const shared = bandKey(random);
    const bands = new Map([
      ['a', [shared, bandKey(random), 'legacy-key']],
      ['b', [shared, bandKey(random), bandKey(random)]],
      ['c', [bandKey(random)]],
    ]);
    const path = join(dir, 'v3.db');
    schema3(path, bands);
    const ws = openSqliteWorkspace(path);
    try {
      assert.equal((await ws.stats()).schemaVersion, SQLITE_SCHEMA_VERSION);
      assert.deepEqual(
        [...(await ws.findByBands([shared, 'legacy-key']))],
        [
          ['a', 2],
          ['b', 1],
        ],
      );
      for (const [id, keys] of bands) assert.equal((await ws.findByBands(keys)).get(id), keys.length);
      const rows = await ws.getRows('memory', { hot: true });
      assert.deepEqual(
        rows.map((r) => [r.id, r.ord, (r.data as { vec: unknown }).vec]),
        [...bands.keys()].map((id, i) => [id, i + 1, [['t:talk', 1.5]]]),
      );
      assert.deepEqual((await ws.getEntity('person:ada'))?.entity.aliases, ['Ada']);
      // Deleting an article still takes its bands with it (the key is now its seq).
      assert.equal(await ws.deleteArticle('b'), true);
      assert.deepEqual([...(await ws.findByBands([shared]))], [['a', 1]]);
    } finally {
      await ws.close();
    }
    const db = new Database(path, { readonly: true });
    const types = db
      .prepare('SELECT typeof(band) AS t, COUNT(*) AS n FROM bands GROUP BY t ORDER BY t')
      .all();
    assert.deepEqual(types, [
      { t: 'integer', n: 3 },
      { t: 'text', n: 1 },
    ]);
    db.close();
  });
});

describe('page size', () => {
  it('is NEW_PAGE_SIZE for a new workspace, and an existing file keeps its own', async () => {
    const fresh = join(dir, 'fresh.db');
    await openSqliteWorkspace(fresh).close();
    const old = join(dir, 'old-pages.db');
    schema3(old, new Map([['a', ['b1']]]));
    await openSqliteWorkspace(old).close();
    const size = (path: string) => {
      const db = new Database(path, { readonly: true });
      const n = db.pragma('page_size', { simple: true });
      db.close();
      return n;
    };
    assert.equal(size(fresh), NEW_PAGE_SIZE);
    assert.equal(size(old), 4096);
  });
});

describe('relations', () => {
  it('are stored without the fields their columns hold, and read back as the same JSON', async () => {
    const path = join(dir, 'relations.db');
    const batch = sampleBatch('rel', 4);
    const [a, b, c, d] = batch.articles.map((x) => x.id) as [string, string, string, string];
    const evidence = [{ from: { start: 0, end: 40 }, to: { start: 5, end: 45 } }];
    // The third leads with other fields: kept whole, as the columns could not put its order back.
    const relations = [
      { kind: 'syndicated', from: b, to: a, score: 1, evidence },
      { kind: 'duplicate', from: c, to: a, score: 0.97 },
      { score: 0.5, from: d, to: a, kind: 'derived', evidence },
    ] as Relation[];
    const ws = openSqliteWorkspace(path);
    try {
      await ws.commit({ ...batch, relations });
      assert.equal(JSON.stringify(await ws.getRelations()), JSON.stringify(relations));
      assert.equal(JSON.stringify(await ws.getRelations([d])), JSON.stringify([relations[2]]));
    } finally {
      await ws.close();
    }
    const db = new Database(path, { readonly: true });
    const stored = (db.prepare('SELECT data FROM relations ORDER BY seq').pluck().all() as Buffer[]).map(
      inflate,
    );
    db.close();
    assert.deepEqual(stored, [JSON.stringify({ evidence }), '{}', JSON.stringify(relations[2])]);
  });
});
