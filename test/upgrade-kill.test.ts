// A workspace of the earlier release (schema 1) killed with SIGKILL while it is being upgraded, in the
// middle of writing its state as rows and its stories' briefings: the schema steps and the state's
// conversion are each one transaction, so it opens with every article intact and the old state
// still there, and the next run upgrades it completely.
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, it } from 'node:test';
import Database from 'better-sqlite3';
import { openWorkspace, SQLITE_SCHEMA_VERSION } from '../src/store/index.js';
import type { Article } from '../src/types/article.js';
import { LEGACY_STATE } from '../src/workspace/upgrade.js';
import { newsfuse } from './interrupt.js';
import { writeV1Workspace } from './v1-workspace.js';

const work = mkdtempSync(join(tmpdir(), 'newsfuse-upgrade-kill-'));
after(() => rmSync(work, { recursive: true, force: true }));

const COPIES = 100;

async function articlesIn(db: string): Promise<Article[]> {
  const ws = await openWorkspace(db);
  try {
    return (await ws.getArticles()).sort((a, b) => a.id.localeCompare(b.id));
  } finally {
    await ws.close();
  }
}

it('an upgrade killed while it writes the converted state leaves the old state, and the next run completes it', {
  timeout: 180_000,
}, async () => {
  const db = join(work, 'old.db');
  const { articles, stories } = writeV1Workspace(db, COPIES);
  // What the articles read as once migrated, from an untouched copy.
  copyFileSync(db, join(work, 'copy.db'));
  const expected = await articlesIn(join(work, 'copy.db'));
  assert.equal(expected.length, articles);

  const probe = new Database(db, { readonly: true });
  const wal = () => (existsSync(`${db}-wal`) ? statSync(`${db}-wal`).size : 0);
  let migrated = -1;
  // 1. The schema steps commit first (user_version); 2. the conversion's pages then spill into the
  // WAL (a small page cache) well before its commit: that is the moment to kill.
  const midConversion = () => {
    if (migrated < 0) {
      if (probe.pragma('user_version', { simple: true }) !== SQLITE_SCHEMA_VERSION) return false;
      migrated = wal();
    }
    return wal() > migrated + 256 * 1024;
  };
  const killed = await newsfuse(['stories', '--db', db, '--workers', '1', '--limit', '1'], {
    cwd: work,
    env: { NEWSFUSE_STORE_CACHEKIB: '256' },
    killWhen: midConversion,
  });
  probe.close();
  assert.ok(killed.killed, `the upgrade was killed mid-way (it ended ${killed.code}: ${killed.stderr})`);

  const raw = new Database(db, { readonly: true });
  assert.equal(raw.pragma('integrity_check', { simple: true }), 'ok');
  const count = (sql: string) => (raw.prepare(sql).get() as { n: number }).n;
  assert.equal(
    count(`SELECT count(*) AS n FROM state WHERE name = '${LEGACY_STATE}'`),
    1,
    'the old state is kept',
  );
  assert.equal(count('SELECT count(*) AS n FROM story_index'), 0, 'no story half-indexed');
  assert.equal(count('SELECT count(*) AS n FROM cluster_rows'), 0, 'no state half-converted');
  raw.close();
  assert.deepEqual(await articlesIn(db), expected);

  const next = await newsfuse(['stories', '--db', db, '--workers', '1', '--limit', '1'], { cwd: work });
  assert.equal(next.code, 0, next.stderr);
  const ws = await openWorkspace(db);
  try {
    assert.equal(await ws.getState(LEGACY_STATE), null, 'the old state is converted');
    const listed = (await ws.listStories({ limit: COPIES + 10 })).items;
    assert.equal(listed.length, stories);
    assert.ok(listed.every((e) => e.articles === 5));
    for (const e of listed.slice(0, 5)) assert.equal((await ws.getBriefing(e.id))?.articles.length, 5);
    assert.deepEqual(
      (await ws.getArticles()).sort((a, b) => a.id.localeCompare(b.id)),
      expected,
    );
  } finally {
    await ws.close();
  }
});
