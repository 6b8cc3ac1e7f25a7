// An ingest killed in the middle of a commit leaves the workspace as it was before that commit (or,
// at worst, with the whole batch), and the same batch can simply be committed again.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, it } from 'node:test';
import Database from 'better-sqlite3';
import { sampleBatch } from './fixtures/sample.js';
import { openSqliteWorkspace } from './sqlite.js';

const BIG = 2000;
const dir = mkdtempSync(join(tmpdir(), 'newsfuse-crash-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const walSize = (path: string) => (existsSync(`${path}-wal`) ? statSync(`${path}-wal`).size : 0);

/** Starts the writer and SIGKILLs it once its large transaction has spilled pages into the WAL. */
function killMidCommit(path: string): Promise<{ output: string; killedMidway: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(import.meta.dirname, 'fixtures', 'crash-writer.ts'), path, String(BIG)],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    let errors = '';
    let poll: NodeJS.Timeout | undefined;
    const timeout = setTimeout(() => child.kill('SIGKILL'), 50_000);
    child.stderr.on('data', (d: Buffer) => {
      errors += d.toString();
    });
    child.stdout.on('data', (d: Buffer) => {
      output += d.toString();
      if (!output.includes('ready') || poll) return;
      const start = walSize(path);
      poll = setInterval(() => {
        if (walSize(path) > start + 4 * 1024 * 1024) child.kill('SIGKILL');
      }, 2);
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearInterval(poll);
      clearTimeout(timeout);
      if (signal !== 'SIGKILL' && code !== 0)
        reject(new Error(`writer failed (${code}): ${errors.slice(-400)}`));
      else resolve({ output, killedMidway: signal === 'SIGKILL' && !output.includes('done') });
    });
  });
}

it('a commit killed mid-way leaves all of the batch or none, and can be run again', {
  timeout: 60_000,
}, async () => {
  const path = join(dir, 'ws.db');
  const { killedMidway } = await killMidCommit(path);
  assert.ok(killedMidway, 'the writer was killed while its large batch was being written');

  const db = new Database(path, { readonly: true });
  assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
  db.close();

  const ws = openSqliteWorkspace(path);
  const { articles, relations, stories } = await ws.stats();
  // Base batch: 10 articles, no relation, 1 story; the large one adds BIG, BIG/10 - 1 and BIG/10.
  const none = { articles: 10, relations: 0, stories: 1 };
  const all = { articles: 10 + BIG, relations: BIG / 10 - 1, stories: 1 + BIG / 10 };
  const whole = articles === all.articles;
  assert.deepEqual({ articles, relations, stories }, whole ? all : none);
  assert.equal((await ws.findByBands(sampleBatch('big', 1).fingerprints[0]!.bands)).size, whole ? 10 : 0);

  const big = sampleBatch('big', BIG);
  await ws.commit(big);
  assert.deepEqual(await ws.stats(), { ...all, schemaVersion: 1 });
  assert.deepEqual((await ws.getArticles([`big-${BIG - 1}`]))[0], big.articles.at(-1));
  await ws.close();
});
