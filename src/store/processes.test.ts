// Several processes writing one SQLite workspace at once (two `newsfuse ingest` runs on the same
// file): the schema is created once, writers queue on the lock, and nothing is lost or doubled.

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, it } from 'node:test';
import { SQLITE_SCHEMA_VERSION } from './migrations/sqlite.js';
import { openSqliteWorkspace } from './sqlite.js';

const dir = mkdtempSync(join(tmpdir(), 'newsfuse-procs-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function writer(path: string, from: number, count: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = join(import.meta.dirname, 'fixtures', 'parallel-writer.ts');
    const child = spawn(process.execPath, ['--import', 'tsx', script, path, String(from), String(count)], {
      stdio: ['ignore', 'ignore', 'pipe'],
      timeout: 50_000,
    });
    let errors = '';
    child.stderr.on('data', (d: Buffer) => {
      errors += d.toString();
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`writer ${from} failed: ${errors.slice(-400)}`)),
    );
  });
}

it('three processes create and fill one new workspace at once', { timeout: 60_000 }, async () => {
  const path = join(dir, 'shared.db');
  // Overlapping ranges: 0–199, 100–299, 200–399 → 400 distinct articles.
  await Promise.all([writer(path, 0, 200), writer(path, 100, 200), writer(path, 200, 200)]);
  const ws = openSqliteWorkspace(path);
  const stats = await ws.stats();
  assert.equal(stats.articles, 400);
  assert.equal(stats.schemaVersion, SQLITE_SCHEMA_VERSION);
  const all = await ws.getArticles();
  assert.deepEqual(new Set(all.map((a) => a.id)).size, 400);
  // Every article got its band keys exactly once, whichever process wrote it.
  const hits = await ws.findByBands(['par/0:g0', 'par/0:g39']);
  assert.equal(hits.size, 20);
  await ws.close();
});
