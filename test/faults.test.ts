// Faults while writing the workspace: a full disk (simulated with a file-size limit, `ulimit -f`,
// under which a write past the limit fails as on a full disk) and a read-only workspace. Each must
// leave a workspace that opens with every committed article intact, print one clear line, exit 4
// (workspace), and the next run must finish the job. (A SIGKILL mid-commit: src/store/interrupted.test.ts.)
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { openWorkspace } from '../src/store/index.js';
import type { Article } from '../src/types/article.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const example = join(root, 'examples', 'geneva-2022');
const files = readdirSync(example)
  .sort()
  .map((f) => join(example, f));
const work = mkdtempSync(join(tmpdir(), 'newsfuse-faults-'));
chmodSync(work, 0o755);
after(() => rmSync(work, { recursive: true, force: true }));

const quote = (s: string) => `'${s.replaceAll("'", "'\\''")}'`;
const cli = ['node', '--import', quote(import.meta.resolve('tsx')), quote(join(root, 'src/cli/main.ts'))];

/** Runs `newsfuse ARGS` through bash in `cwd`, after `prefix` (ulimit), under `runner` (another user). */
function newsfuse(args: string[], cwd: string, prefix = '', runner = '') {
  const command = `${prefix} exec ${runner} ${[...cli, ...args.map(quote)].join(' ')}`;
  const r = spawnSync('bash', ['-c', command], { cwd, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stderr: r.stderr.trim() };
}

async function articlesIn(db: string): Promise<Article[]> {
  const ws = await openWorkspace(db);
  try {
    return (await ws.getArticles()).sort((a, b) => a.id.localeCompare(b.id));
  } finally {
    await ws.close();
  }
}

/** A workspace holding the first two reports, committed normally. */
async function seeded(name: string): Promise<{ dir: string; db: string; before: Article[] }> {
  const dir = join(work, name);
  spawnSync('mkdir', ['-p', dir]);
  chmodSync(dir, 0o777);
  const first = newsfuse(['ingest', files[0]!, files[1]!, '--db', 'ws.db', '-q'], dir);
  assert.equal(first.code, 0, first.stderr);
  const db = join(dir, 'ws.db');
  const before = await articlesIn(db);
  assert.equal(before.length, 2);
  return { dir, db, before };
}

describe('a full disk while ingesting', () => {
  it('exits 4 with one line, keeps the committed articles, and the next run finishes', async () => {
    const { dir, db, before } = await seeded('full');
    // 100 KB: below the workspace's own size, so the commit's first write past it fails. SIGXFSZ is
    // ignored so the write returns an error (EFBIG) instead of killing the process.
    const full = newsfuse(['ingest', example, '--db', 'ws.db', '-q'], dir, "trap '' XFSZ; ulimit -f 100;");
    assert.equal(full.code, 4, full.stderr);
    assert.equal(full.stderr.split('\n').length, 1, full.stderr);
    assert.match(full.stderr, /^newsfuse: workspace: cannot write ws\.db: .*disk full/);
    assert.doesNotMatch(full.stderr, /\n\s+at /);
    assert.deepEqual(await articlesIn(db), before);
    const again = newsfuse(['ingest', example, '--db', 'ws.db', '-q'], dir);
    assert.equal(again.code, 0, again.stderr);
    const after = await articlesIn(db);
    assert.equal(after.length, files.length);
    for (const a of before)
      assert.deepEqual(
        after.find((b) => b.id === a.id),
        a,
      );
  });
});

describe('a read-only workspace', () => {
  // root writes through file modes, so the run that must be refused is made as an unprivileged user.
  const asRoot = process.getuid?.() === 0;
  const drop = asRoot ? 'setpriv --reuid=65534 --regid=65534 --clear-groups' : '';
  const hasSetpriv = !asRoot || spawnSync('bash', ['-c', 'command -v setpriv']).status === 0;
  // The unprivileged user must be able to read this checkout (a clone in a private temp folder is not).
  const loader = fileURLToPath(import.meta.resolve('tsx'));
  const readable =
    !asRoot || !hasSetpriv || spawnSync('bash', ['-c', `${drop} test -r "${loader}"`]).status === 0;
  const skip = !hasSetpriv
    ? 'running as root without setpriv to drop privileges'
    : !readable
      ? 'the unprivileged user cannot read this checkout'
      : false;

  it('exits 4 with one line, keeps the committed articles, and the next run finishes', { skip }, async () => {
    const { dir, db, before } = await seeded('readonly');
    copyFileSync(db, `${db}.copy`);
    chmodSync(db, 0o444);
    chmodSync(dir, 0o555);
    const refused = newsfuse(['ingest', example, '--db', 'ws.db', '-q'], dir, '', drop);
    chmodSync(dir, 0o777);
    chmodSync(db, 0o666);
    assert.equal(refused.code, 4, refused.stderr);
    assert.equal(refused.stderr.split('\n').length, 1, refused.stderr);
    assert.match(refused.stderr, /^newsfuse: workspace: cannot write ws\.db: it is read-only/);
    assert.deepEqual(await articlesIn(db), before);
    const again = newsfuse(['ingest', example, '--db', 'ws.db', '-q'], dir, '', drop);
    assert.equal(again.code, 0, again.stderr);
    assert.equal((await articlesIn(db)).length, files.length);
  });
});
