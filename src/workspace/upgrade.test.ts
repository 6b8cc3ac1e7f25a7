// A workspace written by the release before the archive rows (schema 1: the clusterer's state as one
// JSON value, no story index) opens, is migrated, and reads and grows like a new one.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { defaultConfig } from '../config/index.js';
import { repoRoot } from '../eval/data.js';
import { openWorkspace, SQLITE_SCHEMA_VERSION } from '../store/index.js';
import type { Context } from '../types/stages.js';
import { addDocuments, upgradeWorkspace } from './index.js';
import { LEGACY_STATE } from './upgrade.js';

const ctx: Context = {
  config: defaultConfig(),
  now: new Date('2026-01-01T00:00:00Z'),
  reporter: { skipped() {}, progress() {}, warn() {} },
};

test('a schema-1 workspace is migrated: state to rows, every story indexed and briefed, then it grows', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsfuse-upgrade-'));
  const path = join(dir, 'old.db');
  writeFileSync(path, gunzipSync(readFileSync(join(repoRoot, 'src/store/fixtures/workspace-v1.db.gz'))));
  const ws = await openWorkspace(path);
  try {
    assert.equal((await ws.stats()).schemaVersion, SQLITE_SCHEMA_VERSION);
    assert.notEqual(await ws.getState(LEGACY_STATE), null, 'the old state is still there before the upgrade');
    assert.deepEqual((await ws.listStories()).items, [], 'and nothing is indexed yet');
    const [story] = await ws.getStories();
    assert.equal(await upgradeWorkspace(ws, ctx), true);
    assert.equal(await ws.getState(LEGACY_STATE), null, 'the one-value state is gone');
    assert.equal(await upgradeWorkspace(ws, ctx), false, 'and a second upgrade has nothing to do');
    const listed = (await ws.listStories()).items;
    assert.deepEqual(
      listed.map((e) => [e.id, e.articles]),
      [[story!.id, 5]],
    );
    const briefing = await ws.getBriefing(story!.id);
    assert.equal(briefing?.stories[0]?.articles.length, 5);
    assert.ok((await ws.getRows('memory', { hot: true })).length === 5, 'remembered articles became rows');
    // It keeps growing from where the old state stopped: a new report of the same talks joins the story.
    const again = readFileSync(join(repoRoot, 'examples/geneva-2022', '000_295f587e640d5f64.txt'), 'utf8');
    const doc = {
      id: 'again',
      input: 'again.txt',
      kind: 'text' as const,
      format: 'text' as const,
      content: `${again}\nUpdated.`,
      meta: {},
    };
    await addDocuments([{ status: 'ok', value: doc }], ws, ctx);
    assert.equal((await ws.storiesOf(['again'])).get('again'), story!.id);
  } finally {
    await ws.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
