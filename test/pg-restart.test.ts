// The PostgreSQL server restarted (`pg_ctl restart -m fast`: every session terminated) while
// `newsfuse ingest --db postgres://…` is writing: the ingest rides it out (the batch is placed and
// written again once the server is back) or, if the server stays away, exits 4 with one line. The
// articles committed before are intact, and a second run finishes the job with no duplicates.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { type PgServer, pgUnavailable, startPgServer } from '../src/store/fixtures/pg-server.js';
import { openWorkspace } from '../src/store/index.js';
import { PG_LOCK } from '../src/store/postgres-open.js';
import type { Article } from '../src/types/article.js';
import { newsfuse } from './interrupt.js';

const work = mkdtempSync(join(tmpdir(), 'newsfuse-pg-restart-'));
after(() => rmSync(work, { recursive: true, force: true }));

const TOPICS = ['harbour', 'rail', 'school', 'hospital', 'bridge', 'library'];

/** `n` distinct short reports as text files under `dir`, from `first` on. */
function reports(dir: string, first: number, n: number): void {
  mkdirSync(dir, { recursive: true });
  for (let i = first; i < first + n; i++) {
    const topic = TOPICS[i % TOPICS.length]!;
    const town = `Norbury ${i}`;
    const text = [
      `${town} ${topic} board approves ${(i + 3) * 7} million plan`,
      '',
      `The ${topic} board of ${town} voted on Tuesday to spend ${(i + 3) * 7} million on repairs, its chair said.`,
      '',
      `"We cannot wait another winter," the chair, Maria Ostrova, told reporters after the vote in ${town}.`,
      '',
      `Work on the ${topic} is due to start in ${['March', 'April', 'May'][i % 3]} and last ${(i % 9) + 2} months.`,
      '',
      `Opponents in ${town} said the ${topic} plan had been rushed and asked for a review of its costs.`,
    ].join('\n');
    writeFileSync(join(dir, `report-${String(i).padStart(4, '0')}.txt`), text);
  }
}

async function articlesIn(url: string): Promise<Article[]> {
  const ws = await openWorkspace(url);
  try {
    return (await ws.getArticles()).sort((a, b) => a.id.localeCompare(b.id));
  } finally {
    await ws.close();
  }
}

// The writer holds the commit lock exactly while its transaction is open: the moment to restart.
const COMMIT_LOCK =
  "SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND classid = $1 AND objid = $2 AND granted";

const unavailable = pgUnavailable();
describe('a PostgreSQL restart during an ingest', {
  skip: unavailable ? `skipped: ${unavailable}` : false,
  timeout: 240_000,
}, () => {
  let server: PgServer;
  before(async () => {
    server = await startPgServer();
  });
  after(() => server?.stop());

  it('is ridden out: the batch is written once the server is back, and a second run adds nothing', async () => {
    const url = await server.database('restart');
    reports(join(work, 'first'), 0, 3);
    reports(join(work, 'all'), 0, 120);
    const seeded = await newsfuse(['ingest', join(work, 'first'), '--db', url, '-q'], { cwd: work });
    assert.equal(seeded.code, 0, seeded.stderr);
    const committed = await articlesIn(url);
    assert.equal(committed.length, 3);

    const probe = new pg.Client({ connectionString: url });
    await probe.connect();
    probe.on('error', () => undefined);
    const writing = async () =>
      ((await probe.query(COMMIT_LOCK, [PG_LOCK.namespace, PG_LOCK.commit])).rowCount ?? 0) > 0;
    const run = await newsfuse(['ingest', join(work, 'all'), '--db', url, '--workers', '1'], {
      cwd: work,
      meanwhile: { when: writing, act: () => server.restart() },
    });
    await probe.end().catch(() => undefined);
    assert.ok(run.acted, `the server was restarted mid-ingest (${run.stderr})`);
    assert.equal(run.code, 0, run.stderr);
    assert.doesNotMatch(run.stderr, /\n\s+at /);
    assert.match(run.stderr, /lost its connection to PostgreSQL/);

    const all = await articlesIn(url);
    assert.equal(all.length, 120);
    for (const a of committed)
      assert.deepEqual(
        all.find((b) => b.id === a.id),
        a,
      );
    const again = await newsfuse(['ingest', join(work, 'all'), '--db', url, '-q'], { cwd: work });
    assert.equal(again.code, 0, again.stderr);
    assert.equal((await articlesIn(url)).length, 120, 'no duplicates');
  });

  it('that does not come back in time ends the run with exit 4 and one line; the next run finishes', async () => {
    const url = await server.database('halted');
    reports(join(work, 'first'), 0, 3);
    const seeded = await newsfuse(['ingest', join(work, 'first'), '--db', url, '-q'], { cwd: work });
    assert.equal(seeded.code, 0, seeded.stderr);
    const committed = await articlesIn(url);
    const probe = new pg.Client({ connectionString: url });
    await probe.connect();
    probe.on('error', () => undefined);
    const writing = async () =>
      ((await probe.query(COMMIT_LOCK, [PG_LOCK.namespace, PG_LOCK.commit])).rowCount ?? 0) > 0;
    // Tried again for 1.5 s only, then given up while the server is still down.
    const run = await newsfuse(['ingest', join(work, 'all'), '--db', url, '--workers', '1', '-q'], {
      cwd: work,
      env: { NEWSFUSE_STORE_RECONNECTFORMS: '1500' },
      meanwhile: { when: writing, act: () => server.halt() },
    });
    await probe.end().catch(() => undefined);
    server.resume();
    assert.ok(run.acted, `the server was stopped mid-ingest (${run.stderr})`);
    assert.equal(run.code, 4, run.stderr);
    const errors = run.stderr.split('\n').filter((l) => l && !l.startsWith('newsfuse: warning:'));
    assert.equal(errors.length, 1, run.stderr);
    assert.match(errors[0]!, /^newsfuse: workspace: (lost its connection to|cannot use) PostgreSQL at /);
    assert.doesNotMatch(run.stderr, /\n\s+at /);
    assert.deepEqual(await articlesIn(url), committed);

    const again = await newsfuse(['ingest', join(work, 'all'), '--db', url, '-q'], { cwd: work });
    assert.equal(again.code, 0, again.stderr);
    const all = await articlesIn(url);
    assert.equal(all.length, 120, 'every report once');
    for (const a of committed)
      assert.deepEqual(
        all.find((b) => b.id === a.id),
        a,
      );
  });
});
