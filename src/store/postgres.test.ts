import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { runWorkspaceContract } from './contract.js';
import { runFeedStoreContract } from './contract-feeds.js';
import { StoreError } from './errors.js';
import { type PgServer, pgUnavailable, startPgServer } from './fixtures/pg-server.js';
import { sampleBatch } from './fixtures/sample.js';
import { openWorkspace } from './index.js';
import { PG_SCHEMA_VERSION, PG_VERSION_TABLE } from './migrations/postgres.js';
import { openPostgresWorkspace } from './postgres.js';

const unavailable = pgUnavailable();
const skip = unavailable ? `skipped: ${unavailable}` : false;

async function sql(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

const fails = (code: string, text: RegExp) => (e: unknown) =>
  e instanceof StoreError && e.code === code && text.test(e.message) && !e.message.includes('\n');

describe('PostgreSQL workspace', { skip, timeout: 120_000 }, () => {
  let server: PgServer | undefined;
  let url = '';
  before(async () => {
    server = await startPgServer();
    url = await server.database('contract');
  });
  after(() => server?.stop());

  runWorkspaceContract('postgres', () => openWorkspace(url));
  runFeedStoreContract('postgres', () => openWorkspace(url));

  it('lets several workers create the schema at once (migrations run under an advisory lock)', async () => {
    const fresh = await server!.database('race');
    const all = await Promise.all(Array.from({ length: 4 }, () => openPostgresWorkspace(fresh)));
    const stats = await Promise.all(all.map((ws) => ws.stats()));
    assert.deepEqual(new Set(stats.map((s) => s.schemaVersion)), new Set([PG_SCHEMA_VERSION]));
    await Promise.all(all.map((ws, i) => ws.commit(sampleBatch('w', 40, { from: i * 20 }))));
    assert.equal((await all[0]!.stats()).articles, 100);
    await Promise.all(all.map((ws) => ws.close()));
  });

  it("refuses a database whose tables are another program's", async () => {
    const other = await server!.database('other');
    await sql(other, 'CREATE TABLE articles (id serial PRIMARY KEY, body text)');
    await assert.rejects(openPostgresWorkspace(other), fails('not-a-workspace', /not a newsfuse workspace/));
  });

  it('refuses a workspace written by a newer schema', async () => {
    const newer = await server!.database('newer');
    await (await openPostgresWorkspace(newer)).close();
    await sql(
      newer,
      `INSERT INTO ${PG_VERSION_TABLE} (version, name) VALUES (${PG_SCHEMA_VERSION + 1}, 'future')`,
    );
    await assert.rejects(openPostgresWorkspace(newer), fails('newer-schema', /schema version \d+, newer/));
  });

  it('names the server it cannot reach, without the password', async () => {
    const port = new URL(url).port;
    await assert.rejects(
      openWorkspace(`postgres://postgres:secret@127.0.0.1:${port}/no_such_db`),
      (e: unknown) => fails('unreachable', /no_such_db/)(e) && !(e as Error).message.includes('secret'),
    );
  });
});
