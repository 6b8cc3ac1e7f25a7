import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { runWorkspaceContract } from './contract.js';
import { runFeedStoreContract } from './contract-feeds.js';
import { StoreError } from './errors.js';
import { openWorkspace } from './index.js';
import { SQLITE_SCHEMA_VERSION } from './migrations/sqlite.js';
import { openSqliteWorkspace } from './sqlite.js';
import { NEWSFUSE_APPLICATION_ID } from './sqlite-open.js';

const dir = mkdtempSync(join(tmpdir(), 'newsfuse-sqlite-'));
after(() => rmSync(dir, { recursive: true, force: true }));

runWorkspaceContract('sqlite', async () => openSqliteWorkspace(join(dir, 'contract.db')));
runFeedStoreContract('sqlite', async () => openSqliteWorkspace(join(dir, 'contract.db')));

const fails = (code: string, text: RegExp) => (e: unknown) =>
  e instanceof StoreError && e.code === code && text.test(e.message) && !e.message.includes('\n');

describe('SQLite workspace file', () => {
  it('is opened with WAL, NORMAL sync, foreign keys and a busy timeout, marked as newsfuse', async () => {
    const path = join(dir, 'pragmas.db');
    const ws = await openWorkspace(path);
    assert.equal(ws.kind, 'sqlite');
    await ws.close();
    const db = new Database(path);
    assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
    assert.equal(db.pragma('application_id', { simple: true }), NEWSFUSE_APPLICATION_ID);
    assert.equal(db.pragma('user_version', { simple: true }), SQLITE_SCHEMA_VERSION);
    db.close();
    const raw = openSqliteWorkspace(path, { busyTimeoutMs: 1234 }) as unknown as { db: Database.Database };
    assert.equal(raw.db.pragma('synchronous', { simple: true }), 1);
    assert.equal(raw.db.pragma('foreign_keys', { simple: true }), 1);
    assert.equal(raw.db.pragma('busy_timeout', { simple: true }), 1234);
    raw.db.close();
  });

  it('refuses a file that is not a database, and leaves it untouched', () => {
    const path = join(dir, 'notes.txt');
    const notes = 'These are my notes, not a database. '.repeat(200);
    writeFileSync(path, notes);
    assert.throws(
      () => openSqliteWorkspace(path),
      fails('not-a-workspace', /notes\.txt is not a newsfuse workspace/),
    );
    assert.equal(readFileSync(path, 'utf8'), notes);
    assert.deepEqual(
      readdirSync(dir).filter((f) => f.startsWith('notes.txt-')),
      [],
    );
  });

  it("refuses another program's SQLite database", () => {
    const path = join(dir, 'other.db');
    const db = new Database(path);
    db.exec('CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)');
    db.close();
    assert.throws(
      () => openSqliteWorkspace(path),
      fails('not-a-workspace', /other\.db .*not a newsfuse workspace.*customers/),
    );
  });

  it('refuses a workspace written by a newer schema', () => {
    const path = join(dir, 'newer.db');
    openSqliteWorkspace(path).close();
    const db = new Database(path);
    db.pragma(`user_version = ${SQLITE_SCHEMA_VERSION + 1}`);
    db.close();
    assert.throws(
      () => openSqliteWorkspace(path),
      fails('newer-schema', /newer\.db has workspace schema version \d+, newer/),
    );
  });

  it('names a missing folder instead of failing deep inside SQLite', async () => {
    await assert.rejects(
      openWorkspace(join(dir, 'no', 'such', 'ws.db')),
      fails('unreachable', /does not exist/),
    );
  });
});
