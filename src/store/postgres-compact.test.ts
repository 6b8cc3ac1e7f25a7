// PostgreSQL schema 4 ("compact"): band keys as bigints and articles by seq in the bands table,
// relations stored without the fields their columns hold. A workspace written at schema 3 is
// carried forward and reads the same.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import type { Relation } from '../types/story.js';
import { pgBand, pgBandSql } from './codec.js';
import { type PgServer, pgUnavailable, startPgServer } from './fixtures/pg-server.js';
import { randomBandKey as bandKey, seededRandom as rng, sampleBatch } from './fixtures/sample.js';
import { PG_MIGRATIONS, PG_SCHEMA_VERSION, PG_VERSION_TABLE } from './migrations/postgres.js';
import { openPostgresWorkspace } from './postgres.js';

const unavailable = pgUnavailable();
const skip = unavailable ? `skipped: ${unavailable}` : false;

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

describe('band keys on PostgreSQL', () => {
  it('are a MinHash key packed into a non-negative bigint, any other key a negative one', () => {
    assert.equal(pgBand('00:0000001'), '1');
    assert.equal(pgBand('vv:vvvvvvv'), String(1023 * 2 ** 35 + 2 ** 35 - 1));
    const others = ['b1', 'sample/07:1x3kq9a', '07:1X3KQ9A', '123', ''];
    const packed = others.map(pgBand);
    for (const n of packed) assert.ok(BigInt(n) < 0n && BigInt(n) >= -(2n ** 63n), n);
    assert.equal(new Set(packed).size, others.length);
  });
});

describe('PostgreSQL schema 4', { skip, timeout: 120_000 }, () => {
  let server: PgServer | undefined;
  before(async () => {
    server = await startPgServer();
  });
  after(() => server?.stop());

  it('gives the same band value in SQL (used to migrate stored keys) as in code', async () => {
    const random = rng(11);
    const keys = [...Array.from({ length: 500 }, () => bandKey(random)), 'b1', '07:1X3KQ9A', '123', 'é:ü'];
    const got = await withClient(await server!.database('bandsql'), (c) =>
      c.query<{ v: string }>(
        `SELECT ${pgBandSql('k')}::text AS v FROM unnest($1::text[]) WITH ORDINALITY AS t(k, i) ORDER BY i`,
        [keys],
      ),
    );
    assert.deepEqual(
      got.rows.map((r) => r.v),
      keys.map(pgBand),
    );
  });

  it('carries a schema-3 workspace forward: every band key finds its articles, relations read the same', async () => {
    const url = await server!.database('v3');
    const random = rng(3);
    const shared = bandKey(random);
    const bands = new Map([
      ['a', [shared, bandKey(random), 'legacy-key']],
      ['b', [shared, bandKey(random), bandKey(random)]],
      ['c', [bandKey(random)]],
    ]);
    const relations: Relation[] = [
      { kind: 'duplicate', from: 'b', to: 'a', score: 0.97 },
      { kind: 'syndicated', from: 'c', to: 'a', score: 1, evidence: [] } as Relation,
    ];
    await withClient(url, async (c) => {
      await c.query(`CREATE TABLE ${PG_VERSION_TABLE} (version integer PRIMARY KEY, name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now())`);
      for (const m of PG_MIGRATIONS.filter((m) => m.version <= 3)) {
        await c.query(m.sql);
        await c.query(`INSERT INTO ${PG_VERSION_TABLE} (version, name) VALUES ($1, $2)`, [m.version, m.name]);
      }
      for (const [id, keys] of bands) {
        await c.query('INSERT INTO articles (id, input, data) VALUES ($1, $2, $3)', [
          id,
          `${id}.txt`,
          JSON.stringify({ id, text: 'x' }),
        ]);
        for (const k of keys) await c.query('INSERT INTO bands (band, article) VALUES ($1, $2)', [k, id]);
      }
      for (const r of relations)
        await c.query(
          'INSERT INTO relations (from_id, to_id, kind, score, data) VALUES ($1, $2, $3, $4, $5)',
          [r.from, r.to, r.kind, r.score, JSON.stringify(r)],
        );
    });
    const ws = await openPostgresWorkspace(url);
    try {
      assert.equal((await ws.stats()).schemaVersion, PG_SCHEMA_VERSION);
      assert.deepEqual(
        [...(await ws.findByBands([shared, 'legacy-key']))],
        [
          ['a', 2],
          ['b', 1],
        ],
      );
      for (const [id, keys] of bands) assert.equal((await ws.findByBands(keys)).get(id), keys.length);
      assert.equal(JSON.stringify(await ws.getRelations()), JSON.stringify(relations));
      // Deleting an article still takes its bands with it (the key is now its seq).
      assert.equal(await ws.deleteArticle('b'), true);
      assert.deepEqual([...(await ws.findByBands([shared]))], [['a', 1]]);
    } finally {
      await ws.close();
    }
    const types = await withClient(url, (c) =>
      c.query<{ type: string }>(
        `SELECT format_type(a.atttypid, NULL) AS type FROM pg_attribute a
         WHERE a.attrelid = 'bands'::regclass AND a.attnum > 0 ORDER BY a.attnum`,
      ),
    );
    assert.deepEqual(
      types.rows.map((r) => r.type),
      ['bigint', 'bigint'],
    );
  });

  it('stores relations without the fields their columns hold, and reads back the same JSON', async () => {
    const url = await server!.database('relations');
    const batch = sampleBatch('rel', 4);
    const [a, b, c, d] = batch.articles.map((x) => x.id) as [string, string, string, string];
    const evidence = [{ from: { start: 0, end: 40 }, to: { start: 5, end: 45 } }];
    // The third leads with other fields: kept whole, as the columns could not put its order back.
    const relations = [
      { kind: 'syndicated', from: b, to: a, score: 1, evidence },
      { kind: 'duplicate', from: c, to: a, score: 0.97 },
      { score: 0.5, from: d, to: a, kind: 'derived', evidence },
    ] as Relation[];
    const ws = await openPostgresWorkspace(url);
    try {
      await ws.commit({ ...batch, relations });
      assert.equal(JSON.stringify(await ws.getRelations()), JSON.stringify(relations));
      assert.equal(JSON.stringify(await ws.getRelations([d])), JSON.stringify([relations[2]]));
    } finally {
      await ws.close();
    }
    const stored = await withClient(url, (c) =>
      c.query<{ data: string }>('SELECT data FROM relations ORDER BY seq'),
    );
    assert.deepEqual(
      stored.rows.map((r) => r.data),
      [JSON.stringify({ evidence }), '{}', JSON.stringify(relations[2])],
    );
  });
});
