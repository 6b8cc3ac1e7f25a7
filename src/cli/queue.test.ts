import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDuration } from '../queue/index.js';
import { parseArgs } from './args.js';
import { UsageError } from './errors.js';
import { runCommand } from './run.js';

const io = () => ({
  stdout: { write: () => true, isTTY: false },
  stderr: { write: () => true, isTTY: false },
  env: {},
});

describe('queue commands', () => {
  it('reads worker with concurrency and a job timeout as a duration', () => {
    const r = parseArgs(['worker', '--db', 'postgres://h/db', '--concurrency', '3', '--job-timeout', '2m']);
    assert.ok(r.kind === 'command' && r.command.name === 'worker');
    assert.equal(r.command.concurrency, 3);
    assert.equal(r.command.jobTimeoutSeconds, 120);
  });

  it('defaults a worker to a job timeout of five minutes', () => {
    const r = parseArgs(['worker', '--db', 'postgres://h/db']);
    assert.ok(r.kind === 'command' && r.command.name === 'worker');
    assert.equal(r.command.jobTimeoutSeconds, 300);
  });

  it('refuses a job timeout that is not a duration, in one line', () => {
    const r = parseArgs(['worker', '--db', 'postgres://h/db', '--job-timeout', 'soon']);
    assert.ok(r.kind === 'exit' && r.code === 2);
    assert.match(r.stderr, /--job-timeout needs a duration like 90s, 5m or 1h, found "soon"/);
  });

  it('reads ingest --queue and jobs --json', () => {
    const a = parseArgs(['ingest', 'dir/', '--db', 'postgres://h/db', '--queue']);
    assert.ok(a.kind === 'command' && a.command.name === 'ingest' && a.command.queue);
    const b = parseArgs(['ingest', 'dir/']);
    assert.ok(b.kind === 'command' && b.command.name === 'ingest' && !b.command.queue);
    const c = parseArgs(['jobs', '--db', 'postgres://h/db', '--json']);
    assert.ok(c.kind === 'command' && c.command.name === 'jobs' && c.command.json);
  });

  it('makes --queue, worker and jobs on a SQLite file a usage error', async () => {
    for (const argv of [
      ['ingest', 'dir/', '--db', 'desk.db', '--queue'],
      ['worker', '--db', 'desk.db'],
      ['jobs', '--db', 'desk.db'],
    ]) {
      const r = parseArgs(argv);
      assert.ok(r.kind === 'command');
      await assert.rejects(runCommand(r.command, io() as never), (e: unknown) => {
        return e instanceof UsageError && /needs a PostgreSQL workspace/.test(e.message);
      });
    }
  });

  it('parses durations in seconds, minutes and hours', () => {
    assert.equal(parseDuration('90'), 90);
    assert.equal(parseDuration('30s'), 30);
    assert.equal(parseDuration('5m'), 300);
    assert.equal(parseDuration('1h'), 3600);
    assert.equal(parseDuration('0s'), null);
    assert.equal(parseDuration('5 minutes'), null);
  });
});
