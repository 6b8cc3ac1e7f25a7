// An ingest killed in the middle of a commit leaves the workspace as it was before that commit (or,
// at worst, with the whole batch), and the same batch can simply be committed again.

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import pg from 'pg';
import { type PgServer, pgUnavailable, startPgServer } from './fixtures/pg-server.js';
import { sampleBatch } from './fixtures/sample.js';
import { openWorkspace } from './index.js';
import { PG_SCHEMA_VERSION } from './migrations/postgres.js';
import { SQLITE_SCHEMA_VERSION } from './migrations/sqlite.js';
import { PG_LOCK } from './postgres-open.js';

const dir = mkdtempSync(join(tmpdir(), 'newsfuse-crash-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Starts the writer and SIGKILLs it as soon as `midCommit` says its large batch is being written. */
function killMidCommit(target: string, size: number, midCommit: () => Promise<boolean>): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const script = join(import.meta.dirname, 'fixtures', 'crash-writer.ts');
    const child = spawn(process.execPath, ['--import', 'tsx', script, target, String(size)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let errors = '';
    let polling = false;
    const timeout = setTimeout(() => child.kill('SIGKILL'), 50_000);
    const poll = async () => {
      while (child.exitCode === null && child.signalCode === null) {
        if (await midCommit().catch(() => false)) child.kill('SIGKILL');
        await new Promise((r) => setTimeout(r, 2));
      }
    };
    child.stderr.on('data', (d: Buffer) => {
      errors += d.toString();
    });
    child.stdout.on('data', (d: Buffer) => {
      output += d.toString();
      if (output.includes('ready') && !polling) {
        polling = true;
        void poll();
      }
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timeout);
      if (signal !== 'SIGKILL' && code !== 0)
        reject(new Error(`writer failed (${code}): ${errors.slice(-400)}`));
      else resolve(signal === 'SIGKILL' && !output.includes('done'));
    });
  });
}

/** After the kill: the base batch and all or none of the large one; then the large one again. */
async function checkAfterKill(target: string, size: number): Promise<void> {
  const ws = await openWorkspace(target);
  try {
    const { articles, relations, stories } = await ws.stats();
    // Base batch: 10 articles, no relation, 1 story; the large one adds size, size/10 - 1, size/10.
    const none = { articles: 10, relations: 0, stories: 1 };
    const all = { articles: 10 + size, relations: size / 10 - 1, stories: 1 + size / 10 };
    const whole = articles === all.articles;
    assert.deepEqual({ articles, relations, stories }, whole ? all : none);
    assert.equal((await ws.findByBands(sampleBatch('big', 1).fingerprints[0]!.bands)).size, whole ? 10 : 0);
    assert.equal(await ws.getState('big-progress'), whole ? { upTo: size } : null);
    const big = sampleBatch('big', size);
    await ws.commit(big);
    assert.deepEqual(await ws.stats(), {
      ...all,
      schemaVersion: ws.kind === 'sqlite' ? SQLITE_SCHEMA_VERSION : PG_SCHEMA_VERSION,
    });
    assert.deepEqual((await ws.getArticles([`big-${size - 1}`]))[0], big.articles.at(-1));
  } finally {
    await ws.close();
  }
}

it('SQLite: a commit killed mid-way leaves all of the batch or none, and can be run again', {
  timeout: 60_000,
}, async () => {
  const path = join(dir, 'ws.db');
  const wal = () => (existsSync(`${path}-wal`) ? statSync(`${path}-wal`).size : 0);
  let start = -1;
  // Uncommitted pages spilling into the WAL show the large transaction is under way.
  const killedMidway = await killMidCommit(path, 1500, async () => {
    if (start < 0) start = wal();
    return wal() > start + 4 * 1024 * 1024;
  });
  assert.ok(killedMidway, 'the writer was killed while its large batch was being written');
  const db = new Database(path, { readonly: true });
  assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
  db.close();
  await checkAfterKill(path, 1500);
});

const unavailable = pgUnavailable();
describe('PostgreSQL', { skip: unavailable ? `skipped: ${unavailable}` : false, timeout: 120_000 }, () => {
  let server: PgServer | undefined;
  after(() => server?.stop());

  it('a commit killed mid-way leaves all of the batch or none, and can be run again', async () => {
    server = await startPgServer();
    const url = await server.database('crash');
    const probe = new pg.Client({ connectionString: url });
    await probe.connect();
    try {
      // The writer holds the commit lock exactly while its transaction is open.
      const killedMidway = await killMidCommit(url, 600, async () => {
        const r = await probe.query(
          "SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND classid = $1 AND objid = $2 AND granted",
          [PG_LOCK.namespace, PG_LOCK.commit],
        );
        return (r.rowCount ?? 0) > 0;
      });
      assert.ok(killedMidway, 'the writer was killed while its large batch was being written');
    } finally {
      await probe.end();
    }
    await checkAfterKill(url, 600);
  });
});
